import Foundation
import XCTest

/// Issue #9, terminal faults, in a real terminal: a stop signal with a form open keeps the
/// draft for the next start, Ctrl-C asks, a storm of resizes and a 40×10 window are survived,
/// and a terminal that cannot draw is refused with a message.
final class TerminalFaultEndToEndTests: XCTestCase {
    private func ledgerCopy(_ tag: String) throws -> URL {
        let dir = BinaryUnderTest.temporaryDirectory(tag)
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        return dir
    }

    private func command(_ dir: URL) -> String {
        "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04"
    }

    private func signal(_ name: String, _ dir: URL) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-\(name)", "-f", "branchdesk --data-dir \(dir.path)"]
        try kill.run()
        kill.waitUntilExit()
    }

    /// Types a topic into a new 三会一课 record and leaves the form open.
    private func openFormWithTopic(_ session: TmuxSession, _ topic: String) throws {
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("2")
        try session.waitFor("三会一课　2026 年")
        try session.send("n")
        try session.waitFor("新建会议记录")
        for _ in 0..<10 { try session.send("Tab") }
        try session.type(topic)
        try session.waitFor(topic)
    }

    func testSIGTERMWithAFormOpen_KeepsTheDraft_AndTheNextStartOffersIt() throws {
        let dir = try ledgerCopy("draft-term")
        defer { try? FileManager.default.removeItem(at: dir) }
        let topic = "学习《条例》，欧阳修领学。"
        let first = try TmuxSession(command: command(dir))
        try openFormWithTopic(first, topic)
        try signal("TERM", dir)
        let after = try first.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 143]"), after)
        XCTAssertTrue(after.contains("icanon") && !after.contains("-icanon"), "cooked mode is back: \(after)")
        XCTAssertTrue(after.contains("echo ") && !after.contains("-echo "), "echo is back: \(after)")
        let draft = try String(contentsOf: dir.appendingPathComponent("drafts/secretary.json"), encoding: .utf8)
        XCTAssertTrue(draft.contains(topic), draft)

        let second = try TmuxSession(command: command(dir))
        let offer = try second.waitFor("恢复未保存的草稿？")
        XCTAssertTrue(offer.contains("y 恢复 / n 放弃"), offer)
        try second.send("y")
        let restored = try second.waitFor("已恢复草稿")
        XCTAssertTrue(restored.contains("新建会议记录") && restored.contains(topic), restored)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("drafts/secretary.json").path),
                       "an answered draft is removed")
        try second.send("C-c")
        try second.waitFor("表单中尚未保存的内容会留作草稿")
        try second.send("y")
        XCTAssertTrue(try second.waitFor("[done]").contains("[exit 0]"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("drafts/secretary.json").path),
                      "quitting with Ctrl-C keeps the form again")
    }

    func testSIGHUP_KeepsTheDraftAndRestoresTheTerminal() throws {
        let dir = try ledgerCopy("draft-hup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try TmuxSession(command: command(dir))
        try openFormWithTopic(session, "窗口被关闭")
        try signal("HUP", dir)
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 129]"), after)
        XCTAssertTrue(after.contains("echo ") && !after.contains("-echo "), "echo is back: \(after)")
        let draft = try String(contentsOf: dir.appendingPathComponent("drafts/secretary.json"), encoding: .utf8)
        XCTAssertTrue(draft.contains("窗口被关闭"), draft)
    }

    func testCtrlC_AsksBeforeQuitting() throws {
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("C-c")
        try session.waitFor("退出工作台？")
        try session.send("n")
        try session.send("3")
        try session.waitFor("欧阳修")
        try session.send("C-c")
        try session.waitFor("退出工作台？")
        try session.send("C-c")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 0]"), after)
    }

    func testResizeStorm_And40x10_ThenBackToAFullScreen() throws {
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("2")
        try session.send("n")
        try session.waitFor("新建会议记录")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            try session.resize(width: Int.random(in: 20...200, using: &generator), height: Int.random(in: 5...60, using: &generator))
        }
        try session.resize(width: 40, height: 10)
        let small = try session.waitFor("当前 40×10")
        XCTAssertTrue(small.contains("终端窗口太小"), small)
        try session.resize(width: 100, height: 30)
        let back = try session.waitFor("新建会议记录")
        XCTAssertTrue(back.contains("会议类别"), "the open form survived: \(back)")
        try session.send("Escape")
        try session.send("q")
        XCTAssertTrue(try session.waitFor("[done]").contains("[exit 0]"))
    }

    func testTERMDumb_IsRefusedWithAMessage() throws {
        let session = try TmuxSession(command: "TERM=dumb \(TmuxSession.quote(BinaryUnderTest.path)) --demo")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("不支持全屏界面"), after)
        XCTAssertTrue(after.contains("[exit 2]"), after)
    }
}
