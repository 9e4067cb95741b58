import Foundation
import XCTest
import Model
@testable import Persistence

/// `PinStore`: crypt(3) hashes only, right and wrong PINs, the growing wait that survives a
/// restart, and the file's mode (issue #8).
final class PinStoreTests: XCTestCase {
    private var directory: URL!
    /// The test's clock: starts at a fixed instant, moved by hand.
    private var clock = Date(timeIntervalSince1970: 1_780_000_000)
    private let member = Role.member(UUID(uuidString: "07662695-0000-4000-8000-00020000000D")!)

    override func setUpWithError() throws {
        directory = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func store() -> PinStore {
        PinStore(directory: directory, now: { [unowned self] in self.clock })
    }

    private func fileText() throws -> String {
        try String(contentsOf: directory.appendingPathComponent("pins.json"), encoding: .utf8)
    }

    func testSet_StoresACryptHashWithYescryptOrSha512Prefix_NeverTheClearPin() throws {
        try store().set(role: .secretary, pin: "204851")
        try store().set(role: member, pin: "Ouyang-1007")
        let text = try fileText()
        XCTAssertFalse(text.contains("204851"), text)
        XCTAssertFalse(text.contains("Ouyang-1007"), text)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual(object?["schemaVersion"] as? Int, 1)
        let pins = object?["pins"] as? [String: [String: Any]] ?? [:]
        XCTAssertEqual(Set(pins.keys), ["secretary", "member:07662695-0000-4000-8000-00020000000D"])
        for (_, entry) in pins {
            let hash = entry["hash"] as? String ?? ""
            XCTAssertTrue(hash.hasPrefix("$y$") || hash.hasPrefix("$6$"), hash)
        }
    }

    func testSet_SamePinTwice_DifferentSalts() throws {
        try store().set(role: .secretary, pin: "204851")
        let first = try fileText()
        try store().set(role: .liaison, pin: "204851")
        let pins = try JSONDecoder().decode(PinFile.self, from: Data(fileText().utf8)).pins
        XCTAssertNotEqual(pins["secretary"]?.hash, pins["liaison"]?.hash)
        XCTAssertFalse(first.isEmpty)
    }

    func testFile_Is0600() throws {
        try store().set(role: .liaison, pin: "1234")
        XCTAssertEqual(posixMode(directory.appendingPathComponent("pins.json")), 0o600)
        _ = store().attempt(role: .liaison, pin: "9999")
        XCTAssertEqual(posixMode(directory.appendingPathComponent("pins.json")), 0o600)
    }

    func testVerify_RightAndWrong() throws {
        try store().set(role: member, pin: "1007")
        XCTAssertTrue(store().verify(role: member, pin: "1007"))
        XCTAssertFalse(store().verify(role: member, pin: "1008"))
        XCTAssertFalse(store().verify(role: member, pin: "1007 "))
        XCTAssertFalse(store().verify(role: .liaison, pin: "1007"), "no PIN set for the liaison")
        XCTAssertEqual(store().attempt(role: .liaison, pin: "1007"), .noPin)
        XCTAssertTrue(try store().hasPin(role: member))
        XCTAssertFalse(try store().hasPin(role: .secretary))
    }

    func testSet_RefusesPinsOutsideTheRule_WithChineseMessage() throws {
        for bad in ["123", "12 34", "欧阳修1007", String(repeating: "1", count: 33)] {
            XCTAssertThrowsError(try store().set(role: .secretary, pin: bad)) { error in
                XCTAssertTrue("\(error)".contains("PIN 须为 4 到 32 位"), "\(error)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("pins.json").path))
    }

    func testWrongPins_DelayGrowsAndPersistsAcrossInstances() throws {
        try store().set(role: .secretary, pin: "204851")
        XCTAssertEqual(store().attempt(role: .secretary, pin: "1"), .wrong(failures: 1, waitSeconds: 0))
        XCTAssertEqual(store().attempt(role: .secretary, pin: "2"), .wrong(failures: 2, waitSeconds: 0))
        XCTAssertEqual(store().attempt(role: .secretary, pin: "3"), .wrong(failures: 3, waitSeconds: 1))
        // A fresh store (a restarted program) still makes the next try wait, even the right PIN.
        XCTAssertEqual(try store().waitSeconds(role: .secretary), 1)
        XCTAssertEqual(store().attempt(role: .secretary, pin: "204851"), .mustWait(seconds: 1))
        clock += 1
        XCTAssertEqual(store().attempt(role: .secretary, pin: "4"), .wrong(failures: 4, waitSeconds: 2))
        clock += 1
        XCTAssertEqual(store().attempt(role: .secretary, pin: "204851"), .mustWait(seconds: 1))
        clock += 1
        XCTAssertEqual(store().attempt(role: .secretary, pin: "5"), .wrong(failures: 5, waitSeconds: 4))
        XCTAssertEqual(try store().statuses().first?.failures, 5)
        // The right PIN after the wait clears the count.
        clock += 4
        XCTAssertEqual(store().attempt(role: .secretary, pin: "204851"), .accepted)
        XCTAssertEqual(try store().waitSeconds(role: .secretary), 0)
        XCTAssertEqual(store().attempt(role: .secretary, pin: "x"), .wrong(failures: 1, waitSeconds: 0))
    }

    func testDelay_DoublesFromTheThirdFailure_CappedAtAMinute() {
        XCTAssertEqual((0...12).map { PinRule.delaySeconds(afterFailures: $0) }, [0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
        XCTAssertEqual(PinRule.delaySeconds(afterFailures: 1000), 60)
    }

    func testFailures_AreCountedPerRole() throws {
        try store().set(role: .secretary, pin: "204851")
        try store().set(role: .liaison, pin: "5555")
        for _ in 0..<3 { _ = store().attempt(role: .liaison, pin: "0000") }
        XCTAssertEqual(try store().waitSeconds(role: .liaison), 1)
        XCTAssertEqual(store().attempt(role: .secretary, pin: "204851"), .accepted)
    }

    func testSetAgain_ClearsFailures_RemoveDeletes() throws {
        try store().set(role: .liaison, pin: "5555")
        for _ in 0..<4 { _ = store().attempt(role: .liaison, pin: "0000") }
        try store().set(role: .liaison, pin: "6666")
        XCTAssertEqual(store().attempt(role: .liaison, pin: "6666"), .accepted)
        XCTAssertTrue(try store().remove(role: .liaison))
        XCTAssertFalse(try store().remove(role: .liaison))
        XCTAssertFalse(try store().hasPin(role: .liaison))
    }

    func testStatuses_ListRolesInOrder_WithoutHashes() throws {
        try store().set(role: member, pin: "1007")
        try store().set(role: .secretary, pin: "204851")
        let statuses = try store().statuses()
        XCTAssertEqual(statuses.map(\.role), [.secretary, member])
        XCTAssertFalse("\(statuses)".contains("$y$") || "\(statuses)".contains("$6$"))
    }

    func testUnreadableFile_FailsClosed_AndIsNotOverwritten() throws {
        let url = directory.appendingPathComponent("pins.json")
        try Data("{\"schemaVersion\":1,\"pins\":".utf8).write(to: url)
        XCTAssertThrowsError(try store().hasPin(role: .secretary))
        guard case .unavailable = store().attempt(role: .secretary, pin: "1234") else { return XCTFail("must refuse") }
        guard case .unavailable = PinGate.check(role: .secretary, store: store(), readPin: { "1234" }) else { return XCTFail("must refuse") }
        XCTAssertThrowsError(try store().set(role: .secretary, pin: "1234"))
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "{\"schemaVersion\":1,\"pins\":")
    }

    func testGate_AsksOnlyWhenAPinIsSetAndNotInsideAWait() throws {
        var asked = 0
        let read: () -> String? = { asked += 1; return "204851" }
        XCTAssertEqual(PinGate.check(role: .secretary, store: store(), readPin: read), .noPin)
        XCTAssertEqual(asked, 0)
        try store().set(role: .secretary, pin: "204851")
        XCTAssertEqual(PinGate.check(role: .secretary, store: store(), readPin: read), .accepted)
        XCTAssertEqual(asked, 1)
        XCTAssertEqual(PinGate.check(role: .secretary, store: store(), readPin: { nil }), .cancelled)
        for _ in 0..<3 { _ = store().attempt(role: .secretary, pin: "0") }
        XCTAssertEqual(PinGate.check(role: .secretary, store: store(), readPin: read), .mustWait(seconds: 1))
        XCTAssertEqual(asked, 1)
        XCTAssertTrue(PinOutcome.mustWait(seconds: 1).message.contains("1 秒后再试"))
    }

    func testConstantTimeEqual() {
        XCTAssertTrue(PinHasher.constantTimeEqual(Array("$y$abc".utf8), Array("$y$abc".utf8)))
        XCTAssertFalse(PinHasher.constantTimeEqual(Array("$y$abc".utf8), Array("$y$abd".utf8)))
        XCTAssertFalse(PinHasher.constantTimeEqual(Array("$y$ab".utf8), Array("$y$abc".utf8)))
    }
}
