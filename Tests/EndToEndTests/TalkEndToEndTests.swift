import Foundation
import XCTest

/// Issue #6 in a real terminal: a case opened from the half-yearly analysis, a branch talk
/// recorded through the form with the four-point checklist and a deadline, and the deadline
/// appearing on 工作台 as it approaches (`--today`).
final class TalkEndToEndTests: XCTestCase {
    func testAnalysisCase_BranchTalkWithDeadline_ShowsOnDashboardNearTheDeadline() throws {
        let dir = BinaryUnderTest.temporaryDirectory("talk")
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["BRANCHDESK_TODAY": "2026-12-04"]
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let analysis = try BinaryUnderTest.run(["talk", "analysis", "--date", "2026-12-01", "--reviewed", "欧阳修,周敏",
                                               "--flag", "欧阳修:工作作风漂浮，群众有反映", "--by", "王建国", "--open-cases",
                                               "--data-dir", dir.path], environment: env)
        XCTAssertEqual(analysis.status, 0, analysis.stdout + analysis.stderr)

        let command = "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path))"
        let session = try TmuxSession(command: command + " --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("5", "/")
        try session.type("欧阳修")
        try session.send("Enter", "Enter")
        try session.waitFor("提醒谈话 欧阳修")
        try session.send("s")
        try session.waitFor("记录谈话")
        // 阶段: proposed 思想工作 → 党小组批评帮助 → 党支部提醒谈话.
        try session.send("Right", "Right", "Tab", "Tab")
        try session.type("王建国")
        try session.send("Tab", "Space", "Tab", "Space", "Tab", "Space", "Tab", "Space", "Tab")
        try session.type("表示接受批评，愿意改正")
        try session.send("Tab", "Tab")
        try session.type("2027-03-31")
        try session.send("Tab")
        try session.type("2026-12-20")
        try session.send("Tab", "Tab", "Tab", "Tab")
        try session.type("问题较重，支部研究决定直接提醒谈话")
        try session.send("C-s")
        let saved = try session.waitFor("已记录：2026-12-04 党支部提醒谈话")
        XCTAssertTrue(saved.contains("提出警告并限期改正"), saved)
        try session.send("q")
        try session.waitFor("[exit 0]")

        let later = try TmuxSession(command: command + " --today 2027-03-20")
        try later.waitFor("以下为逾期及未来 30 天内到期的事项")
        try later.send("/")
        try later.type("欧阳修")
        let dashboard = try later.waitFor("欧阳修限期改正到期")
        XCTAssertTrue(dashboard.contains("2027-03-31"), dashboard)
        try later.send("Enter", "q")
        try later.waitFor("[exit 0]")

        // Nobody but the secretary sees it: the liaison's dashboard on the same day does not.
        let liaison = try TmuxSession(command: command + " --today 2027-03-20 --as liaison")
        let screen = try liaison.waitFor("工作台 · 联络员")
        XCTAssertFalse(screen.contains("欧阳修限期改正"), screen)
        try liaison.send("q")
        try liaison.waitFor("[exit 0]")
    }
}
