import XCTest
import Model
@testable import Persistence

/// Schema version 2 (issue #9): envelopes name their ledger and year. Version 1 files load
/// forever and are migrated once, after a backup; a misplaced file is reported, never loaded or
/// overwritten.
final class MigrationTests: XCTestCase {
    private var dir: URL!
    private let time = Date(timeIntervalSince1970: 1_796_040_000)

    override func setUpWithError() throws {
        dir = makeTemporaryDirectory()
        try writeVersion1Fixture()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    /// `Fixtures/ledger-v1`: the demo ledger as shipped before issue #9 (every file version 1,
    /// no kind, no year) — what all existing data directories hold. Kept to prove v1 loads forever.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("ledger-v1")

    private func writeVersion1Fixture() throws {
        try FileManager.default.copyItem(at: Self.fixture, to: dir)
    }

    func testVersion1_Loads() throws {
        let store = LedgerStore(directory: dir, readOnly: true)
        let ledger = try store.load()
        XCTAssertEqual(store.issues, [])
        XCTAssertEqual(ledger.profile.name, "省地方税务局法规处党支部")
        XCTAssertEqual(ledger.members.count, 16)
        XCTAssertEqual(ledger.meetings.count, 55)
        XCTAssertEqual(SchemaMigration.outdatedFiles(in: dir), LedgerKind.files(in: dir), "every file is version 1")
    }

    /// The migration is the store's own writing: a workbench open on the ledger must not
    /// announce its files as edited elsewhere (seen in tmux before this test: 已重新读取在别处修改的文件：branch.json).
    func testMigration_IsNotReportedAsAnOutsideEdit() throws {
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        var meeting = try XCTUnwrap(ledger.meetings.first)
        meeting.topic += "（补记）"
        try store.save(meeting, previous: ledger.meetings.first)
        XCTAssertTrue(SchemaMigration.outdatedFiles(in: dir).isEmpty, "migrated")
        XCTAssertEqual(store.outsideChanges(years: Set(ledger.meetings.map(\.date.year))), [])
    }

    func testFirstWriteSession_MigratesEveryFileOnce_AfterABackup() throws {
        let v1 = try Dictionary(uniqueKeysWithValues: LedgerKind.files(in: dir).map { ($0, try Data(contentsOf: dir.appendingPathComponent($0))) })
        let store = LedgerStore(directory: dir, clock: { [time] in time })
        let before = try store.load()
        try store.save(LiaisonTask(title: "报送材料", kind: .report, due: CalendarDate("2026-12-20")!))

        XCTAssertEqual(SchemaMigration.outdatedFiles(in: dir), [], "all shards rewritten, not only the one saved")
        let backups = BackupFolder(directory: dir).list()
        let migration = try XCTUnwrap(backups.first { $0.reason == "migrate-v1-v2" })
        for (file, data) in v1 {
            XCTAssertEqual(try Data(contentsOf: migration.url.appendingPathComponent(file)), data, "the backup holds the version 1 \(file)")
        }
        let meetings = try String(contentsOf: dir.appendingPathComponent("meetings/2026.json"), encoding: .utf8)
        XCTAssertTrue(meetings.contains("\"kind\" : \"meetings\"") && meetings.contains("\"year\" : 2026") && meetings.contains("\"schemaVersion\" : 2"), meetings)
        let branch = try String(contentsOf: dir.appendingPathComponent("branch.json"), encoding: .utf8)
        XCTAssertTrue(branch.contains("\"kind\" : \"branch\""), branch)
        var after = try LedgerStore(directory: dir).load()
        after.tasks.removeAll { $0.title == "报送材料" }
        XCTAssertEqual(after, before, "nothing lost in the rewrite")

        // Another session: nothing left to migrate, no second migration backup.
        try LedgerStore(directory: dir, clock: { [time] in time }).save(LiaisonTask(title: "又一件", kind: .report, due: CalendarDate("2026-12-21")!))
        XCTAssertEqual(BackupFolder(directory: dir).list().filter { $0.reason == "migrate-v1-v2" }.count, 1)
    }

    func testAnUnreadableVersion1File_IsNotMigratedOrOverwritten() throws {
        let bad = dir.appendingPathComponent("meetings/2025.json")
        try Data(#"{"records":[{"date":"2025-13-01"}],"schemaVersion":1}"#.utf8).write(to: bad)
        let store = LedgerStore(directory: dir, clock: { [time] in time })
        _ = try store.load()
        try store.save(LiaisonTask(title: "报送材料", kind: .report, due: CalendarDate("2026-12-20")!))
        XCTAssertEqual(try String(contentsOf: bad, encoding: .utf8), #"{"records":[{"date":"2025-13-01"}],"schemaVersion":1}"#)
        XCTAssertEqual(SchemaMigration.outdatedFiles(in: dir), ["meetings/2025.json"], "everything else was migrated")
    }

    /// Review of #9: branch.json was migrated with a plain JSONDecoder, past the guard the loader
    /// uses, so a version-1 branch.json the loader refused (a field given twice) was rewritten
    /// with one of the two values silently dropped.
    func testARefusedVersion1BranchFile_IsNotMigratedOrOverwritten() throws {
        let branch = dir.appendingPathComponent("branch.json")
        var text = try String(contentsOf: branch, encoding: .utf8)
        text = text.replacingOccurrences(of: #""name" : "省地方税务局法规处党支部","#,
                                         with: #""name" : "省地方税务局法规处党支部", "name" : "另一个名字","#)
        try Data(text.utf8).write(to: branch)
        let store = LedgerStore(directory: dir, clock: { [time] in time })
        _ = try store.load()
        XCTAssertTrue(store.issues.contains { $0.file == "branch.json" }, "the loader refuses it")
        try store.save(LiaisonTask(title: "报送材料", kind: .report, due: CalendarDate("2026-12-20")!))
        XCTAssertEqual(try String(contentsOf: branch, encoding: .utf8), text, "never overwritten")
        XCTAssertEqual(SchemaMigration.outdatedFiles(in: dir), ["branch.json"])
    }

    func testMisplacedFile_IsReportedNotLoaded_AndNeverOverwritten() throws {
        let store = LedgerStore(directory: dir, clock: { [time] in time })
        try store.save(LiaisonTask(title: "报送材料", kind: .report, due: CalendarDate("2026-12-20")!))   // migrates to v2
        // A copy of the 2026 shard renamed to 2025, and a talk shard dropped among the meetings.
        let renamed = dir.appendingPathComponent("meetings/2025.json")
        try FileManager.default.copyItem(at: dir.appendingPathComponent("meetings/2026.json"), to: renamed)
        let stray = dir.appendingPathComponent("meetings/2024.json")
        try Data(#"{"kind":"talks","records":[],"schemaVersion":2,"year":2024}"#.utf8).write(to: stray)
        let renamedBytes = try Data(contentsOf: renamed)

        let reader = LedgerStore(directory: dir)
        let ledger = try reader.load()
        XCTAssertEqual(ledger.meetings.count, 55, "the 2026 meetings once, not twice")
        let issue = try XCTUnwrap(reader.issues.first { $0.file == "meetings/2025.json" })
        XCTAssertTrue(issue.reason.contains("三会一课 2026 年") && issue.reason.contains("三会一课 2025 年") && issue.reason.contains("不符"), issue.reason)
        XCTAssertTrue(reader.issues.contains { $0.file == "meetings/2024.json" && $0.reason.contains("提醒谈话") }, "\(reader.issues)")

        var moved = ledger.meetings[0]
        moved.date = CalendarDate("2025-03-05")!
        XCTAssertThrowsError(try reader.save(moved, previous: ledger.meetings[0]))
        XCTAssertEqual(try Data(contentsOf: renamed), renamedBytes, "never overwritten")
        XCTAssertThrowsError(try LedgerStore(directory: dir).save(moved), "a fresh store that did not load first also refuses")
        XCTAssertEqual(try Data(contentsOf: renamed), renamedBytes)
    }

    func testNewerVersion_IsStillRefused() throws {
        try Data(#"{"kind":"members","records":[],"schemaVersion":3}"#.utf8).write(to: dir.appendingPathComponent("members.json"))
        let store = LedgerStore(directory: dir)
        _ = try store.load()
        XCTAssertTrue(store.issues.contains { $0.file == "members.json" && $0.reason.contains("schemaVersion 3") }, "\(store.issues)")
        XCTAssertEqual(SchemaMigration.outdatedFiles(in: dir).contains("members.json"), false)
    }
}
