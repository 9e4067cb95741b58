import XCTest
import Model
import Persistence
@testable import TUI

/// The member's own view on a copy of the demo: only their record, whatever keys they try,
/// and their progress entries and self-assessment saved for the secretary to see.
final class MemberRoleScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-me-\(UUID().uuidString.prefix(8))")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try ShippedData(root: root.appendingPathComponent("data")).copyDemo(to: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ keys: [Key], as name: String = "欧阳修") throws -> (InMemoryTerminal, AppState, Ledger) {
        let store = LedgerStore(directory: directory)
        let ledger = try store.load()
        let me = try XCTUnwrap(ledger.members.first { $0.name == name })
        let terminal = InMemoryTerminal(width: 100, height: 34)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: ledger, today: today, width: 100, height: 34, sourceLabel: "测试", role: .member(me.id))
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true), ledger)
    }

    func testEveryKeyStaysOnTheMembersOwnRecord_NoOtherNameEverShown() throws {
        let letters: [Character] = ["1", "2", "3", "4", "5", "6", "7", "/", "?", "n", "e", "d", "r", "v", "t", "a"]
        let moves: [Key] = [.tab, .backTab, .enter, .escape, .down, .down, .pageDown, .pageDown, .pageDown, .up]
        let probes: [Key] = letters.map { Key.char($0) } + moves
        let (terminal, state, ledger) = try run(probes)
        XCTAssertEqual(state.overlay, nil)
        let everything = terminal.frames.map { $0.lines().joined(separator: "\n") }.joined(separator: "\n")
        XCTAssertTrue(everything.contains("我的党员档案 欧阳修"))
        XCTAssertTrue(everything.contains("3210**********"), "own ID number masked")
        for other in ledger.members where other.name != "欧阳修" {
            XCTAssertFalse(everything.contains(other.name), "\(other.name) must not appear in 欧阳修's view")
        }
        XCTAssertFalse(everything.contains("提醒谈话"))
    }

    func testMemberAddsProgressAndSelfAssessment_SavedForTheSecretary() throws {
        let progress: [Key] = "为社区居民讲解个税汇算".map { Key.char($0) }
        let assessment: [Key] = "全年践诺情况良好。".map { Key.char($0) }
        var keys: [Key] = [.char("p")]
        keys += progress
        keys += [.enter, .char("s")]
        keys += assessment
        keys += [.enter]
        let (terminal, _, _) = try run(keys)
        XCTAssertTrue(terminal.screenLines.contains { $0.contains("2026-12-04  为社区居民讲解个税汇算") }, terminal.screenLines.joined(separator: "\n"))
        let saved = try LedgerStore(directory: directory).load()
        let me = try XCTUnwrap(saved.members.first { $0.name == "欧阳修" })
        let commitment = try XCTUnwrap(saved.commitments.first { $0.memberId == me.id && $0.year == 2026 })
        XCTAssertEqual(commitment.progress.last?.text, "为社区居民讲解个税汇算")
        XCTAssertEqual(commitment.review?.selfAssessment, "全年践诺情况良好。")
    }
}

/// The secretary sets a member's PIN inside the workbench: typed twice, shown as ●, stored hashed.
final class PinFormScreenTests: XCTestCase {
    func testSecretarySetsAMembersPIN_MaskedAndHashed() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-pin-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try ShippedData(root: root.appendingPathComponent("data")).copyDemo(to: dir)
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        let me = try XCTUnwrap(ledger.members.first { $0.name == "欧阳修" })
        let terminal = InMemoryTerminal(width: 100, height: 30)
        var keys: [Key] = [.char("P")]
        keys += "2468".map { Key.char($0) }
        keys += [.tab]
        keys += "2469".map { Key.char($0) }
        keys += [.ctrl("s")]
        terminal.enqueue(keys: keys)
        var state = AppState(ledger: ledger, today: CalendarDate("2026-12-04")!, width: 100, height: 30, sourceLabel: "测试")
        state.overlay = .memberPage(MemberPage(member: me, ledger: ledger, today: CalendarDate("2026-12-04")!))
        let mismatch = AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("●●●●"), screen)
        XCTAssertFalse(screen.contains("2468"), "never drawn in clear")
        XCTAssertTrue(screen.contains("两次输入的 PIN 不一致"), screen)
        XCTAssertTrue(screen.contains("‹ 欧阳修 ›"), "the member whose page was open is preselected")

        var fix: [Key] = Array(repeating: Key.backspace, count: 4)
        fix += "2468".map { Key.char($0) }
        fix += [.ctrl("s")]
        terminal.enqueue(keys: fix)
        let done = AppRuntime.run(mismatch, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true)
        XCTAssertEqual(done.notice, "已为党员 欧阳修设置 PIN（只保存加盐散列）。")
        XCTAssertTrue(PinStore(directory: dir).verify(role: .member(me.id), pin: "2468"))
        let file = try String(contentsOf: dir.appendingPathComponent("pins.json"), encoding: .utf8)
        XCTAssertFalse(file.contains("2468"))
    }
}
