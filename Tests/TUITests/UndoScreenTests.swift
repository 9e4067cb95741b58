import XCTest
import Model
import Persistence
@testable import TUI

/// `u` in the workbench (issue #9): a dialog naming what will be reverted, then the revert
/// through ChangeWriter and the ledger in memory re-read.
final class UndoScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-undo-\(UUID().uuidString.prefix(8))")
        try LedgerStore.create(MeetingFormScreenTests.ledger(), at: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ keys: [Key], role: Role = .secretary, readOnly: Bool = false) throws -> (InMemoryTerminal, AppState) {
        let store = LedgerStore(directory: directory, readOnly: readOnly, actor: JournalActor(role))
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(), today: today, width: 100, height: 30, sourceLabel: "测试", role: role)
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    func testU_AsksNamingTheChange_ThenYRevertsTheDelete() throws {
        // Delete the planned 主题党日 through the list (d, y), then undo it.
        let (deleted, afterDelete) = try run([.char("2"), .char("d"), .char("y")])
        XCTAssertTrue(afterDelete.ledger.meetings.isEmpty, deleted.screenLines.joined(separator: "\n"))

        let (terminal, asked) = try run([.char("2"), .char("u")])
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("撤销最近一次修改？"), screen)
        XCTAssertTrue(screen.contains("三会一课 2026-12-01 主题党日“学习宪法” 删除"), screen)
        XCTAssertTrue(screen.contains("撤销将恢复这条记录。"), screen)
        XCTAssertTrue(screen.contains("y 撤销 / n 取消"), screen)
        XCTAssertNotNil(asked.undoConfirm)
        XCTAssertTrue(try LedgerStore(directory: directory).load().meetings.isEmpty, "nothing reverted before y")

        let (done, state) = try run([.char("2"), .char("u"), .char("y")])
        XCTAssertEqual(state.ledger.meetings.map(\.topic), ["学习宪法"], "the ledger in memory has it back")
        XCTAssertEqual(try LedgerStore(directory: directory).load().meetings.map(\.topic), ["学习宪法"])
        let lines = done.screenLines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("已撤销：三会一课 2026-12-01 主题党日“学习宪法” 的删除"), lines)
        XCTAssertTrue(lines.contains("学习宪法"), "the list shows it again")
    }

    /// README: `u` works "on a list or a record page"; a member's 档案 page is one.
    func testU_OnAMembersPage_AsksToo() throws {
        _ = try run([.char("2"), .char("d"), .char("y")])
        let (terminal, state) = try run([.char("3"), .enter, .char("u")])
        guard case .memberPage? = state.overlay else { return XCTFail("Enter opens the member's page") }
        XCTAssertNotNil(state.undoConfirm, terminal.screenLines.joined(separator: "\n"))
        XCTAssertTrue(terminal.screenLines.joined().contains("撤销最近一次修改？"))
    }

    func testU_NCancels_AndNothingToUndoIsSaid() throws {
        let (empty, _) = try run([.char("u")])
        XCTAssertTrue(empty.screenLines.joined().contains("操作日志中没有可以撤销的修改。"))
        _ = try run([.char("2"), .char("d"), .char("y")])
        let (_, state) = try run([.char("2"), .char("u"), .char("n")])
        XCTAssertNil(state.undoConfirm)
        XCTAssertEqual(state.notice, "已取消撤销。")
        XCTAssertTrue(try LedgerStore(directory: directory).load().meetings.isEmpty)
    }

    func testU_ReadOnlyRefuses() throws {
        _ = try run([.char("2"), .char("d"), .char("y")])
        let (terminal, state) = try run([.char("u")], readOnly: true)
        XCTAssertNil(state.undoConfirm)
        XCTAssertTrue(terminal.screenLines.joined().contains("不能撤销"), terminal.screenLines.joined(separator: "\n"))
    }

    func testLiaison_UndoesOnlyTaskChanges_AndNeverSeesATalkCase() throws {
        let task = LiaisonTask(title: "报送学习情况", kind: .report, due: CalendarDate("2026-12-20")!)
        try LedgerStore(directory: directory, actor: .liaison).save(task)
        let secretary = LedgerStore(directory: directory)
        let member = try XCTUnwrap(secretary.load().members.first)
        try secretary.save(TalkCase(memberId: member.id, openedOn: CalendarDate("2026-12-01")!, origin: .complaint, reason: "迟到"))
        let (terminal, state) = try run([.char("u")], role: .liaison)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("联络任务 “报送学习情况”（2026-12-20 到期） 新建"), screen)
        XCTAssertFalse(screen.contains("提醒谈话") || screen.contains("迟到"), screen)
        XCTAssertEqual(state.undoConfirm?.kind, "tasks")
    }

    func testHelp_ListsU() {
        XCTAssertTrue(HelpPage.text().contains("撤销最近一次修改"))
        XCTAssertEqual(KeyMap.action(for: .char("u")), .undo)
    }
}
