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

    /// Issue #3: log a 党课 through the real form, quit, start again and find it; the JSON on
    /// disk holds exactly what was typed.
    func testLogALectureThroughTheForm_SurvivesRestart() throws {
        let dir = BinaryUnderTest.temporaryDirectory("lecture")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let command = "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04"

        let session = try TmuxSession(command: command)
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("2")
        try session.waitFor("三会一课　2026 年")
        try session.send("n")
        try session.waitFor("新建会议记录")
        try session.send("Right", "Right")
        try session.waitFor("‹ 党课 ›")
        try session.send("Tab", "Tab", "Tab", "Tab", "Tab")
        try session.type("机关三楼党员活动室")
        try session.send("Tab"); try session.type("王建国")
        try session.send("Tab"); try session.type("陈静")
        try session.send("Tab"); try session.type("欧阳修")
        try session.send("Tab", "Tab"); try session.type("学习《党章》，谈体会、找差距。")
        try session.send("Tab", "Tab", "Tab")
        try session.type("欧阳修同志讲授党课，题为“守初心”。")
        try session.send("Enter")
        try session.type("与会党员逐一发言，结合岗位谈体会。")
        try session.waitFor("结合岗位谈体会")
        try session.send("C-s")
        let saved = try session.waitFor("已保存新党课记录")
        XCTAssertTrue(saved.contains("授 课 人：欧阳修"), saved)
        try session.send("Escape", "q")
        try session.waitFor("[exit 0]")

        let again = try TmuxSession(command: command)
        try again.waitFor("省地方税务局法规处党支部")
        try again.send("2", "/")
        try again.type("找差距")
        let found = try again.waitFor("学习《党章》，谈体会、找差距。")
        XCTAssertTrue(found.contains("党课"), found)
        try again.send("Enter", "Enter")
        try again.waitFor("与会党员逐一发言")
        try again.send("q")
        try again.waitFor("[exit 0]")

        let json = try String(contentsOf: dir.appendingPathComponent("meetings/2026.json"), encoding: .utf8)
        XCTAssertTrue(json.contains("\"topic\" : \"学习《党章》，谈体会、找差距。\""), "topic stored as typed")
        XCTAssertTrue(json.contains("\"minutes\" : \"欧阳修同志讲授党课，题为“守初心”。\\n与会党员逐一发言，结合岗位谈体会。\""),
                      "minutes stored as typed, with the line break")
        XCTAssertTrue(json.contains("\"lecturer\" : \"欧阳修\""))
    }

    func testSIGTERM_RestoresTheTerminal() throws {
        let dir = BinaryUnderTest.temporaryDirectory("sigterm")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path))")
        try session.waitFor("省地方税务局法规处党支部")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-TERM", "-f", "branchdesk --data-dir \(dir.path)"]
        try kill.run()
        kill.waitUntilExit()
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 143]"), after)
        XCTAssertTrue(after.contains("icanon") && !after.contains("-icanon"), "cooked mode is back: \(after)")
        XCTAssertTrue(after.contains("echo ") && !after.contains("-echo "), "echo is back: \(after)")
    }
}

/// Issue #10: 年度自评 in the real binary.
final class AssessmentEndToEndTests: XCTestCase {
    func testDemo_A_ShowsTheRubric_EnterShowsEvidence_Quit() throws {
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("A")
        let items = try session.waitFor("一、领导责任与支委会建设")
        XCTAssertTrue(items.contains("得分 52.5 / 100"), items)
        XCTAssertTrue(items.contains("1.1   支委会每月召开"), items)
        try session.send("Enter")
        let evidence = try session.waitFor("日期        台账      记录")
        XCTAssertTrue(evidence.contains("三会一课  支委会“"), evidence)
        try session.send("Enter")
        try session.waitFor("会议类别：支部委员会会议")
        try session.send("q")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 0]"), after)
    }
}
