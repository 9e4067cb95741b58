import Foundation
import XCTest

/// Issue #10 from the keyboard: `e` in 三会一课 exports the year's ledger through the real
/// binary in tmux, and the file holds what the records say.
final class LedgerExportEndToEndTests: XCTestCase {
    func testPressEInMeetings_ChooseMarkdown_TypeAPath_WritesTheLedger() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bd-e2e-export-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("三会一课-2026.md").path

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04",
                                      environment: ["HOME": folder.path])
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("2")
        try session.waitFor("三会一课 ·")
        try session.send("e")
        let dialog = try session.waitFor("导出台账：三会一课")
        XCTAssertTrue(dialog.contains("~/三会一课台账-2026.html"), dialog)
        try session.send("Right")
        try session.waitFor("~/三会一课台账-2026.md")
        try session.send("Tab", "C-u")
        try session.type(target)
        try session.send("Enter")
        let done = try session.waitFor("已导出到 ")
        XCTAssertTrue(done.contains("已导出到 \(folder.path)"), done)

        let text = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# 省地方税务局法规处党支部　三会一课台账（2026年）\n\n生成日期：2026-12-04\n"), String(text.prefix(200)))
        XCTAssertTrue(text.contains("## 2026年1月8日　支部委员会会议\n\n- 会议类别：支部委员会会议\n- 时间：2026年1月8日（星期四） 08:30–09:40"), String(text.prefix(600)))
        XCTAssertTrue(text.contains("- 请假：2 人：吴志强（出差（赴苏州参加全省税收法制工作会议））、黄海涛（在宿迁市泗洪县挂职）"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        try session.send("q")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 0]"), after)
    }
}
