import XCTest
import Model
@testable import Persistence

/// Issue #9, two writers: two stores on one directory stand for the workbench and a CLI (or two
/// CLIs). Different records: both changes survive. The same record: the later save refuses once,
/// re-reads, and a second deliberate save goes through — never a loop, never a silent overwrite.
final class TwoWritersTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = makeTemporaryDirectory()
        try LedgerStore.create(sampleLedger(), at: dir)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func testDifferentRecordsOfOneShard_BothChangesSurvive() throws {
        let workbench = LedgerStore(directory: dir), cli = LedgerStore(directory: dir)
        let a = try workbench.load(), b = try cli.load()
        var first = a.members[0]
        first.post = "处长"
        var second = b.members[1]
        second.post = "科员"
        try cli.save(second)
        try workbench.save(first)
        let members = try LedgerStore(directory: dir).load().members
        XCTAssertEqual(Set(members.map(\.post)), ["处长", "科员"])
        XCTAssertEqual(workbench.outsideChanges(years: nil), ["members.json"], "the workbench is told to reload what it re-applied on")
        XCTAssertEqual(workbench.outsideChanges(years: nil), [], "once")
    }

    func testWorkbenchEditsWhileACliAddsInterleaved_NoLostUpdateNoFalseConflict() throws {
        // Two stores on two threads (flock is per open file, so they exclude each other as two
        // processes would): the workbench edits one member 60 times, the CLI adds 60 members.
        let rounds = 60
        let workbench = Writer(LedgerStore(directory: dir)), cli = Writer(LedgerStore(directory: dir))
        var member = try workbench.store.load().members[0]
        _ = try cli.store.load()
        let failures = FailureLog()
        let edited = member
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            var member = edited
            for round in 0..<rounds {
                do {
                    if side == 0 {
                        member.notes = "第\(round)次修改"
                        try workbench.store.save(member)
                    } else {
                        try cli.store.save(Member(name: "新党员\(round)"))
                    }
                } catch {
                    failures.append("\(side == 0 ? "workbench" : "cli") round \(round): \(error)")
                }
            }
        }
        member = edited
        XCTAssertEqual(failures.all, [], "no refusal, no conflict")
        let members = try LedgerStore(directory: dir).load().members
        XCTAssertEqual(members.first { $0.id == member.id }?.notes, "第\(rounds - 1)次修改")
        XCTAssertEqual(members.filter { $0.name.hasPrefix("新党员") }.count, rounds, "no lost update")
    }

    func testSameRecordChangedElsewhere_IsRefusedOnceThenSavedDeliberately() throws {
        let workbench = LedgerStore(directory: dir), cli = LedgerStore(directory: dir)
        let a = try workbench.load(), b = try cli.load()
        var theirs = b.meetings.first { $0.date.year == 2026 }!
        theirs.place = "五楼会议室"
        try cli.save(theirs)

        var mine = a.meetings.first { $0.id == theirs.id }!
        mine.topic = "我的主题"
        XCTAssertThrowsError(try workbench.save(mine)) { error in
            guard case .conflict(let file, _, _, let deleted)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "meetings/2026.json")
            XCTAssertFalse(deleted)
            XCTAssertTrue("\(error)".hasPrefix("这条记录已被另一处修改"), "\(error)")
            XCTAssertTrue("\(error)".contains("已重新读取"), "\(error)")
        }
        XCTAssertEqual(try LedgerStore(directory: dir).load().meetings.first { $0.id == theirs.id }?.place, "五楼会议室",
                       "their work was not overwritten")
        XCTAssertEqual(workbench.outsideChanges(years: nil), ["meetings/2026.json"], "the workbench reloads that record")
        // Saving again after seeing it is a deliberate choice: it goes through, no loop.
        XCTAssertNoThrow(try workbench.save(mine))
        XCTAssertEqual(try LedgerStore(directory: dir).load().meetings.first { $0.id == theirs.id }?.topic, "我的主题")
    }

    /// Review of #9: an edit that moved a record to another year removed it from the old shard
    /// without the same-record rule, so a change the CLI had made there meanwhile was silently lost.
    func testSameRecordChangedElsewhere_WhileAnEditMovesItToAnotherYear_IsRefusedBeforeAnythingIsWritten() throws {
        let workbench = LedgerStore(directory: dir), cli = LedgerStore(directory: dir)
        let a = try workbench.load(), b = try cli.load()
        var theirs = b.meetings.first { $0.date.year == 2026 }!
        theirs.minutes = "对方补写的会议记录"
        try cli.save(theirs)

        let original = a.meetings.first { $0.id == theirs.id }!
        var mine = original
        mine.date = CalendarDate("2027-01-10")!
        XCTAssertThrowsError(try workbench.save(mine, previous: original)) { error in
            guard case .conflict(let file, _, _, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "meetings/2026.json")
        }
        let meetings = try LedgerStore(directory: dir).load().meetings.filter { $0.id == theirs.id }
        XCTAssertEqual(meetings.map(\.minutes), ["对方补写的会议记录"], "their change kept, no copy in 2027")
        // Saving again after seeing it is deliberate: the move goes through, once.
        XCTAssertNoThrow(try workbench.save(mine, previous: original))
        XCTAssertEqual(try LedgerStore(directory: dir).load().meetings.filter { $0.id == theirs.id }.map(\.date), [mine.date])
    }

    /// Review of #9: `saveProfile` wrote the caller's whole profile without looking at the disk, so
    /// of two `member import`s adding groups at once, the second dropped the first's new groups
    /// (and its imported members pointed at a group that no longer existed).
    func testProfileChangedElsewhere_IsRefusedOnceThenSavedDeliberately() throws {
        let first = LedgerStore(directory: dir), second = LedgerStore(directory: dir)
        let a = try first.load(), b = try second.load()
        var theirs = a.profile
        theirs.groups.append(PartyGroup(name: "第二党小组"))
        try first.saveProfile(theirs)

        var mine = b.profile
        mine.groups.append(PartyGroup(name: "第三党小组"))
        XCTAssertThrowsError(try second.saveProfile(mine)) { error in
            guard case .conflict(let file, _, _, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "branch.json")
        }
        XCTAssertEqual(try LedgerStore(directory: dir).load().profile.groups.map(\.name), ["第一党小组", "第二党小组"])
        XCTAssertNoThrow(try second.saveProfile(mine), "saving again after seeing it is deliberate")
    }

    func testRecordDeletedElsewhere_EditIsRefusedNotResurrectedSilently() throws {
        let workbench = LedgerStore(directory: dir), cli = LedgerStore(directory: dir)
        let a = try workbench.load(), b = try cli.load()
        let gone = b.meetings.first { $0.date.year == 2026 }!
        try cli.delete(gone)
        var mine = a.meetings.first { $0.id == gone.id }!
        mine.topic = "改一改"
        XCTAssertThrowsError(try workbench.save(mine)) { error in
            XCTAssertTrue("\(error)".hasPrefix("这条记录已被另一处删除"), "\(error)")
        }
    }

    func testOwnSuccessiveSaves_NeverConflict() throws {
        let store = LedgerStore(directory: dir)
        var ledger = try store.load()
        for round in 0..<3 {
            ledger.members[0].post = "第\(round)次"
            XCTAssertNoThrow(try store.save(ledger.members[0]), "own successive saves never conflict")
        }
        XCTAssertEqual(store.outsideChanges(years: nil), [])
    }

    func testOutsideEdit_NoticedByContentNotByTouch() throws {
        let store = LedgerStore(directory: dir)
        _ = try store.load()
        XCTAssertEqual(store.outsideChanges(years: nil), [])
        let shard = dir.appendingPathComponent("meetings/2026.json")
        let bytes = try Data(contentsOf: shard)
        // A sync tool rewriting the same bytes: stat changes, content does not.
        try bytes.write(to: shard)
        XCTAssertEqual(store.outsideChanges(years: nil), [])
        // A hand edit.
        try String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "三楼会议室", with: "四楼会议室")
            .write(to: shard, atomically: false, encoding: .utf8)
        XCTAssertEqual(store.outsideChanges(years: nil), ["meetings/2026.json"])
        let reloaded = try store.load()
        XCTAssertTrue(reloaded.meetings.contains { $0.place == "四楼会议室" })
        XCTAssertEqual(store.outsideChanges(years: nil), [])
    }

    func testNewShardWrittenElsewhere_IsNoticedForLoadedYearsOnly() throws {
        let store = LedgerStore(directory: dir)
        _ = try store.load(years: [2026])
        let cli = LedgerStore(directory: dir)
        _ = try cli.load()
        try cli.save(Meeting(kind: .themeDay, date: CalendarDate("2024-06-01")!, topic: "旧年补录"))
        XCTAssertEqual(store.outsideChanges(years: [2026]), [], "a year the workbench does not show")
        try cli.save(LiaisonTask(title: "明年的任务", kind: .report, due: CalendarDate("2027-01-10")!))
        XCTAssertEqual(store.outsideChanges(years: [2026]), ["tasks/2027.json"], "tasks are always read whole")
    }

    func testEditedFileNowUnreadable_IsReportedAndNeverOverwritten() throws {
        let store = LedgerStore(directory: dir)
        var ledger = try store.load()
        let shard = dir.appendingPathComponent("members.json")
        let broken = Data("{\"schemaVersion\": 1, \"records\": [".utf8)
        try broken.write(to: shard)
        XCTAssertEqual(store.outsideChanges(years: nil), ["members.json"])
        ledger = try store.load()
        XCTAssertEqual(store.issues.map(\.file), ["members.json"])
        XCTAssertThrowsError(try store.save(Member(name: "新人")))
        XCTAssertEqual(try Data(contentsOf: shard), broken)
        _ = ledger
    }
}

/// One store used by one thread only.
private final class Writer: @unchecked Sendable {
    let store: LedgerStore
    init(_ store: LedgerStore) { self.store = store }
}

/// Collects messages from several threads.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
