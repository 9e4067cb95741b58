import Foundation
import XCTest

/// Issue #5 in a real terminal: adopt the quarterly 五个一工程, link an existing 党课 to item 1,
/// log item 4, and watch the matrix change.
final class FiveOnesEndToEndTests: XCTestCase {
    func testAdoptLinkAndLog_TheMatrixChanges() throws {
        let dir = BinaryUnderTest.temporaryDirectory("fiveones")
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["BRANCHDESK_TODAY": "2026-12-04"]
        XCTAssertEqual(try BinaryUnderTest.run(["init", "--name", "测试党支部", "--data-dir", dir.path], environment: env).status, 0)
        let lecture = try BinaryUnderTest.run(["meeting", "add", "--kind", "党课", "--date", "2026-11-12", "--topic", "弘扬雨花英烈精神",
                                              "--lecturer", "欧阳修", "--data-dir", dir.path], environment: env)
        XCTAssertEqual(lecture.status, 0, lecture.stderr)

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04")
        try session.waitFor("测试党支部")
        try session.send("4")
        try session.waitFor("还没有开展“五个一”")
        // a: 五个一工程 is the second shipped template; period 2026Q4.
        try session.send("a")
        try session.waitFor("开展“五个一”")
        try session.send("Right", "Tab", "C-u")
        try session.type("2026Q4")
        try session.send("C-s")
        let adopted = try session.waitFor("第四季度")
        XCTAssertTrue(adopted.contains("1 上好一堂党课"), adopted)
        XCTAssertTrue(adopted.contains("待开展"), adopted)

        // n: item 1, linked to the 党课 (the only held meeting).
        try session.send("n")
        try session.waitFor("记录“五个一”活动")
        try session.send("Tab", "Tab", "Right", "C-s")
        let linked = try session.waitFor("✓11-12⇄")
        XCTAssertTrue(linked.contains("关联会议记录"), linked)

        // n: item 4, a standalone deed today.
        try session.send("n")
        try session.waitFor("记录“五个一”活动")
        try session.send("Tab", "Right", "Right", "Right", "Tab", "Tab", "Tab", "Tab")
        try session.type("与青年党员谈心交流")
        try session.send("C-s")
        let logged = try session.waitFor("✓12-4")
        let item4 = logged.split(separator: "\n").first { $0.contains("4 开展一次谈心交流") } ?? ""
        XCTAssertTrue(item4.contains("✓12-4"), logged)
        try session.send("q")
        try session.waitFor("[exit 0]")
    }
}
