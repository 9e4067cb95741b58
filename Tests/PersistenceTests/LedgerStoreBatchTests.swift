import XCTest
import Model
@testable import Persistence

/// `saveAll`: many records, one write per shard, nothing on disk lost.
final class LedgerStoreBatchTests: XCTestCase {
    func testSaveAll_InsertsAndReplaces_KeepingRecordsItWasNotGiven() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = sampleLedger()
        try LedgerStore.create(ledger, at: dir)
        let store = LedgerStore(directory: dir)
        var ouyang = ledger.members.first { $0.name == "欧阳修" }!
        ouyang.phone = "13800000000"
        let newcomers = (1...300).map { Member(name: "党员\($0)", status: .full) }
        try store.saveAll([ouyang] + newcomers)

        let loaded = try LedgerStore(directory: dir).load()
        XCTAssertEqual(loaded.members.count, 2 + 300)
        XCTAssertEqual(loaded.members.first { $0.id == ouyang.id }?.phone, "13800000000")
        XCTAssertNotNil(loaded.members.first { $0.name == "李清照" }, "a record not in the batch is kept")
        XCTAssertEqual(loaded.members.map(\.sortKey), loaded.members.map(\.sortKey).sorted(), "written in order")
    }

    func testSaveAll_DatedRecords_GoToTheirYearsShards() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        let store = LedgerStore(directory: dir)
        let member = UUID()
        let payments = [YearMonth(year: 2025, month: 12)!, YearMonth(year: 2026, month: 1)!].map {
            DuesPayment(memberId: member, month: $0, amountFen: 10350)
        }
        try store.saveAll(payments)
        XCTAssertEqual(store.years(of: .dues), [2025, 2026])
        XCTAssertEqual(store.records(DuesPayment.self, year: 2026).count, 1)
    }

    func testSaveAll_RefusesAnUnreadableFile_AndReadOnlyStores() throws {
        let dir = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LedgerStore.create(sampleLedger(), at: dir)
        XCTAssertThrowsError(try LedgerStore(directory: dir, readOnly: true).saveAll([Member(name: "甲")])) {
            XCTAssertEqual($0 as? StoreError, .readOnly)
        }
        let file = dir.appendingPathComponent("members.json")
        try Data("{ broken".utf8).write(to: file)
        XCTAssertThrowsError(try LedgerStore(directory: dir).saveAll([Member(name: "甲")]))
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "{ broken", "never written over")
    }
}
