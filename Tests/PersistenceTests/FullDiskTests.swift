import XCTest
import TestSupport
import Model
@testable import Persistence

/// Issue #9, full disk: a save into a full file system fails with a message saying what to do;
/// the file it would have replaced is intact byte for byte; no temp file is left.
final class FullDiskTests: XCTestCase {
    func testSaveOnAFullDisk_FailsClearlyAndLeavesThePreviousFileAsItWas() throws {
        let mount = try ScratchMount(sizeKilobytes: 256)
        let dir = mount.url.appendingPathComponent("ledger")
        try LedgerStore.create(sampleLedger(), at: dir)
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        let shard = dir.appendingPathComponent("meetings/2026.json")
        let before = try Data(contentsOf: shard)

        try mount.fill()
        var meeting = ledger.meetings.first { $0.date.year == 2026 }!
        meeting.minutes = String(repeating: "会议记录很长。", count: 500)
        XCTAssertThrowsError(try store.save(meeting)) { error in
            XCTAssertEqual((error as? StoreError).map { if case .diskFull = $0 { return true } else { return false } }, true, "\(error)")
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("磁盘已满"), text)
            XCTAssertTrue(text.contains("meetings/2026.json"), text)
            XCTAssertTrue(text.contains("原有数据未受影响"), text)
            XCTAssertTrue(text.contains("清理"), "says what to do: \(text)")
        }
        XCTAssertEqual(try Data(contentsOf: shard), before, "previous file intact byte for byte")
        XCTAssertEqual(tempFiles(under: dir), [], "no temp file left")

        // Space freed: the same save goes through.
        mount.unfill()
        XCTAssertNoThrow(try store.save(meeting))
        XCTAssertEqual(try LedgerStore(directory: dir).load().meetings.first { $0.id == meeting.id }?.minutes, meeting.minutes)
    }

    func testNewShardOnAFullDisk_FailsWithTheSameMessage() throws {
        let mount = try ScratchMount(sizeKilobytes: 128)
        let dir = mount.url.appendingPathComponent("ledger")
        try LedgerStore.create(sampleLedger(), at: dir)
        let store = LedgerStore(directory: dir)
        _ = try store.load()
        try mount.fill()
        let meeting = Meeting(kind: .themeDay, date: CalendarDate("2030-01-05")!, topic: "新的一年")
        XCTAssertThrowsError(try store.save(meeting)) { error in
            XCTAssertTrue("\(error)".hasPrefix("磁盘已满"), "\(error)")
        }
        XCTAssertEqual(tempFiles(under: dir), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("meetings/2030.json").path))
    }

    /// Review of #9: a restore that runs out of space part way through said "原有数据未受影响"
    /// although some files were already replaced. It now says the ledger is mixed and how to go
    /// back (the backup taken just before) or forward (run the restore again).
    func testRestoreRunningOutOfSpacePartWay_SaysTheLedgerIsMixedAndHowBack() throws {
        let mount = try ScratchMount(sizeKilobytes: 256)
        let dir = mount.url.appendingPathComponent("ledger")
        try LedgerStore.create(sampleLedger(), at: dir)
        let source = makeTemporaryDirectory("bigbackup")
        defer { try? FileManager.default.removeItem(at: source) }
        var big = sampleLedger()
        big.profile.name = "另一个支部"
        big.members += (1...2000).map { Member(name: "党员\($0)", phone: "1390000\(1000 + $0)", status: .full) }
        try LedgerStore.create(big, at: source)

        let store = LedgerStore(directory: dir)
        let plan = store.restorePlan(from: source)
        XCTAssertEqual(plan.replace.first, "branch.json", "replaced before the large members.json")
        XCTAssertThrowsError(try store.restore(plan)) { error in
            guard case .restoreIncomplete(let done, _, _, let before, _)? = error as? StoreError else {
                return XCTFail("\(error)")
            }
            XCTAssertGreaterThan(done, 0)
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("恢复没有完成"), text)
            XCTAssertFalse(text.contains("原有数据未受影响"), text)
            XCTAssertTrue(text.contains("branchdesk restore \(before)"), text)
            XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("backups/\(before)/members.json").path))
        }
    }

    private func tempFiles(under dir: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir.path)
        var found: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.contains(AtomicFile.tempMarker) { found.append(name) }
        }
        return found
    }
}
