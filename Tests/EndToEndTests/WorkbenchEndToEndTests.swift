import Foundation
import XCTest

/// The built binary in tmux, driven by keys like a person would.
final class WorkbenchEndToEndTests: XCTestCase {
    func testDemo_OpenSwitchToMembersHelpQuit_RestoresTerminalAndLeavesDemoFilesAlone() throws {
        let demo = BinaryUnderTest.repositoryRoot.appendingPathComponent("data/demo")
        let before = try BinaryUnderTest.snapshot(demo)
        XCTAssertFalse(before.isEmpty, "the demo ledger is shipped")

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04")
        let dashboard = try session.waitFor("省地方税务局法规处党支部")
        XCTAssertTrue(dashboard.contains("1 工作台"), dashboard)

        try session.send("3")
        let members = try session.waitFor("欧阳修")
        XCTAssertTrue(members.contains("姓名"), members)
        XCTAssertTrue(members.contains("党员 · 书记"), "status line names the section: \(members)")

        try session.send("/")
        try session.type("欧阳")
        let filtered = try session.waitFor("筛选“欧阳”")
        XCTAssertTrue(filtered.contains("欧阳修"))
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor("党员档案 欧阳修")
        try session.send("Escape")

        try session.send("?")
        let help = try session.waitFor("按键")
        XCTAssertTrue(help.contains("筛选当前列表"), help)
        try session.send("Escape")

        try session.send("q")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 0]"), after)
        XCTAssertTrue(after.contains("icanon") && !after.contains("-icanon"), "cooked mode is back: \(after)")
        XCTAssertTrue(after.contains("echo ") && !after.contains("-echo "), "echo is back: \(after)")
        XCTAssertFalse(after.contains("1 工作台"), "the workbench screen is gone: \(after)")
        XCTAssertEqual(try BinaryUnderTest.snapshot(demo), before, "the shipped demo files are unchanged")
    }

    func testSmallTerminal_ShowsAMessageInsteadOfGarbage() throws {
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo", width: 60, height: 20)
        let screen = try session.waitFor("终端窗口太小")
        XCTAssertTrue(screen.contains("当前 60×20"), screen)
        try session.send("q")
        try session.waitFor("[exit 0]")
    }
}
