import XCTest
import Model
@testable import Persistence

final class LedgerStoreTests: XCTestCase {
    func testCreateThenLoad_RoundTripsEveryShard() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = sampleLedger()
        try LedgerStore.create(ledger, at: dir)
        let loaded = try LedgerStore(directory: dir).load()
        XCTAssertEqual(loaded.profile, ledger.profile)
        XCTAssertEqual(Set(loaded.members), Set(ledger.members))
        XCTAssertEqual(Set(loaded.meetings), Set(ledger.meetings))
        XCTAssertEqual(loaded.tasks, ledger.tasks)
        XCTAssertEqual(loaded.cadenceRules, ledger.cadenceRules)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("meetings/2026.json").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("meetings/2025.json").path))
    }

    func testFilesArePrivateAndReadable() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        XCTAssertEqual(posixMode(dir), 0o700)
        XCTAssertEqual(posixMode(dir.appendingPathComponent("meetings")), 0o700)
        XCTAssertEqual(posixMode(dir.appendingPathComponent("members.json")), 0o600)
        XCTAssertEqual(posixMode(dir.appendingPathComponent("meetings/2026.json")), 0o600)
        let text = try String(contentsOf: dir.appendingPathComponent("meetings/2026.json"), encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 2"), text)
        XCTAssertTrue(text.contains("\"kind\" : \"meetings\""), text)
        XCTAssertTrue(text.contains("学习《条例》，谈体会。😀"), "Chinese is written as UTF-8, not \\u escapes")
        XCTAssertTrue(text.contains("\"date\" : \"2026-03-05\""))
    }

    func testCreate_RefusesWhereALedgerExists() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        XCTAssertThrowsError(try LedgerStore.create(sampleLedger(), at: dir)) { error in
            XCTAssertEqual(error as? StoreError, .alreadyExists(directory: dir.path))
        }
    }

    func testSaveRewritesOnlyItsShard() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = sampleLedger()
        try LedgerStore.create(ledger, at: dir)
        let old = dir.appendingPathComponent("meetings/2025.json")
        let before = try Data(contentsOf: old)
        let oldInode = try FileManager.default.attributesOfItem(atPath: old.path)[.systemFileNumber] as? NSNumber

        let store = LedgerStore(directory: dir)
        var meeting = ledger.meetings[0]
        meeting.topic = "修改后的议题：欧阳修讲党课"
        try store.save(meeting)

        XCTAssertEqual(try Data(contentsOf: old), before)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: old.path)[.systemFileNumber] as? NSNumber, oldInode,
                       "the 2025 shard was not rewritten")
        let loaded = try store.load()
        XCTAssertEqual(loaded.meetings.first { $0.id == meeting.id }?.topic, "修改后的议题：欧阳修讲党课")
        XCTAssertEqual(loaded.meetings.count, 2)
    }

    func testSave_MovesARecordWhoseYearChanged() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = sampleLedger()
        try LedgerStore.create(ledger, at: dir)
        let store = LedgerStore(directory: dir)
        let previous = ledger.meetings[1]
        var moved = previous
        moved.date = CalendarDate("2026-01-10")!
        try store.save(moved, previous: previous)
        XCTAssertEqual(store.records(Meeting.self, year: 2025).count, 0)
        XCTAssertEqual(store.records(Meeting.self, year: 2026).map(\.id).filter { $0 == moved.id }.count, 1)
    }

    func testSaveFromTwoStores_KeepsBothChanges() throws {
        // The TUI holds one store while a CLI call uses another: each save re-reads the shard.
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let a = LedgerStore(directory: dir), b = LedgerStore(directory: dir)
        _ = try a.load(); _ = try b.load()
        try a.save(Meeting(kind: .themeDay, date: CalendarDate("2026-05-20")!, topic: "主题党日：学习"))
        try b.save(Meeting(kind: .groupMeeting, date: CalendarDate("2026-05-21")!, topic: "小组会：交流"))
        XCTAssertEqual(try LedgerStore(directory: dir).load().meetings.count, 4)
    }

    func testDelete() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = sampleLedger()
        try LedgerStore.create(ledger, at: dir)
        let store = LedgerStore(directory: dir)
        try store.delete(ledger.meetings[0])
        XCTAssertEqual(try store.load().meetings.map(\.id), [ledger.meetings[1].id])
        XCTAssertThrowsError(try store.delete(ledger.meetings[0]))
    }

    func testUnreadableFile_IsReportedWithPositionAndNeverOverwritten() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let file = dir.appendingPathComponent("meetings/2026.json")
        let broken = Data("{\n  \"schemaVersion\" : 1,\n  \"records\" : [\n    { oops }\n  ]\n}\n".utf8)
        try broken.write(to: file)

        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(ledger.members.count, 2, "the other ledgers still load")
        XCTAssertEqual(ledger.meetings.count, 1, "2025 still loads")
        let issue = try XCTUnwrap(store.issues.first)
        XCTAssertEqual(issue.file, "meetings/2026.json")
        XCTAssertEqual(issue.line, 4)
        XCTAssertNotNil(issue.column)
        XCTAssertTrue(issue.reason.contains("JSON"), issue.reason)

        XCTAssertThrowsError(try store.save(Meeting(kind: .themeDay, date: CalendarDate("2026-06-01")!, topic: "新会议"))) { error in
            guard case .unreadableFile(let name, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "meetings/2026.json")
        }
        XCTAssertEqual(try Data(contentsOf: file), broken, "the unreadable file is untouched")
    }

    func testTruncatedTypeErrorAndNewerSchema_AreExplained() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let meetings = dir.appendingPathComponent("meetings/2026.json")
        let full = try Data(contentsOf: meetings)
        try full.prefix(full.count / 2).write(to: meetings)
        try Data("{\"schemaVersion\": 1, \"records\": [{\"id\": 5}]}".utf8).write(to: dir.appendingPathComponent("members.json"))
        try Data("{\"schemaVersion\": 9, \"records\": []}".utf8).write(to: dir.appendingPathComponent("tasks/2026.json"))

        let store = LedgerStore(directory: dir)
        _ = try store.load()
        let byFile = Dictionary(store.issues.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(byFile["meetings/2026.json"]?.reason.contains("截断") ?? false, "\(store.issues)")
        XCTAssertEqual(byFile["members.json"]?.path, "records[0].id")
        XCTAssertTrue(byFile["tasks/2026.json"]?.reason.contains("schemaVersion 9") ?? false)
    }

    func testInvalidUTF8_PointsAtTheLine() throws {
        var data = Data("{\n\"schemaVersion\": 1,\n\"records\": [\"".utf8)
        data.append(0xFF)
        data.append(contentsOf: Array("\"]}".utf8))
        let issue = JSONErrorLocator.issue(file: "x.json", data: data, error: DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "")))
        XCTAssertEqual(issue.line, 3)
        XCTAssertTrue(issue.reason.contains("UTF-8"))
    }

    func testYearsListsOnlyShardFiles() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        try Data().write(to: dir.appendingPathComponent("meetings/notes.txt"))
        XCTAssertEqual(LedgerStore(directory: dir).years(of: .meetings), [2025, 2026])
    }

    func testLoadOnlyTheYearsAsked() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let ledger = try LedgerStore(directory: dir).load(years: [2026])
        XCTAssertEqual(ledger.meetings.map(\.date.year), [2026])
    }

    func testMissingLedger_SaysHowToCreateOne() {
        let dir = makeTemporaryDirectory()
        XCTAssertThrowsError(try LedgerStore(directory: dir).load()) { error in
            XCTAssertTrue("\(error)".contains("branchdesk init"), "\(error)")
        }
    }

    func testReadOnlyStore_RefusesToWrite() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let store = LedgerStore(directory: dir, readOnly: true)
        XCTAssertThrowsError(try store.save(Meeting(kind: .themeDay, date: CalendarDate("2026-06-01")!, topic: "x"))) {
            XCTAssertEqual($0 as? StoreError, .readOnly)
        }
    }
}
