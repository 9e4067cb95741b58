import Foundation
import XCTest

/// Issue #7 in a real terminal: the liaison opens the task list, records a reminder, quits,
/// and finds it in the task's reminder log the next time.
final class LiaisonEndToEndTests: XCTestCase {
    func testLiaisonRecordsAReminder_ItIsLoggedAfterRestart() throws {
        let dir = BinaryUnderTest.temporaryDirectory("liaison")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let command = "\(TmuxSession.quote(BinaryUnderTest.path)) --as liaison --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04"

        let session = try TmuxSession(command: command)
        let dashboard = try session.waitFor("工作台 · 联络员")
        XCTAssertFalse(dashboard.contains("提醒谈话"), "no talk case on the liaison's screen: \(dashboard)")
        try session.send("6")
        try session.waitFor("报送2027年度发展党员计划")
        try session.send("/")
        try session.type("发展党员计划")
        try session.send("Enter", "r")
        try session.waitFor("记录提醒：报送2027年度发展党员计划")
        // Focus starts on 方式; Tab past 日期 and 记录 wraps round to 提醒对象.
        try session.send("Tab", "Tab", "Tab")
        try session.send("C-u")
        try session.type("组织委员陈静")
        try session.send("C-s")
        let saved = try session.waitFor("已记录：2026-12-04 电话提醒组织委员陈静")
        XCTAssertTrue(saved.contains("已提醒"), saved)
        try session.send("q")
        try session.waitFor("[exit 0]")

        let again = try TmuxSession(command: command)
        try again.waitFor("工作台 · 联络员")
        try again.send("6", "/")
        try again.type("发展党员计划")
        try again.send("Enter", "Enter")
        let page = try again.waitFor("提醒记录")
        XCTAssertTrue(page.contains("2026-12-04  电话提醒组织委员陈静"), page)
        try again.send("Escape", "q")
        try again.waitFor("[exit 0]")
    }
}
