import Foundation
import XCTest

/// Issue #9 through the real binary in tmux: delete a meeting, press u, confirm, it is back.
final class UndoEndToEndTests: XCTestCase {
    func testDeleteThenU_ConfirmBringsTheMeetingBack() throws {
        let dir = BinaryUnderTest.temporaryDirectory("undo")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let before = try Data(contentsOf: dir.appendingPathComponent("meetings/2026.json"))
        let count = { () throws -> Int in
            let listed = try BinaryUnderTest.run(["meeting", "list", "--year", "2026", "--format", "json", "--data-dir", dir.path, "--today", "2026-12-04"])
            return (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any])?.count ?? -1
        }
        let original = try count()

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("2")
        try session.waitFor("三会一课　2026 年")
        try session.send("d")
        try session.waitFor("删除这条会议记录？")
        try session.send("y")
        try session.waitFor("已删除")
        XCTAssertEqual(try count(), original - 1)

        try session.send("u")
        let asked = try session.waitFor("撤销最近一次修改？")
        XCTAssertTrue(asked.contains("删除") && asked.contains("撤销将恢复这条记录"), asked)
        try session.send("y")
        try session.waitFor("已撤销")
        try session.send("q")
        try session.waitFor("[exit 0]")

        XCTAssertEqual(try count(), original, "the meeting is back")
        let restored = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("meetings/2026.json"))) as? [String: Any]
        let old = try JSONSerialization.jsonObject(with: before) as? [String: Any]
        XCTAssertEqual((restored?["records"] as? NSArray), (old?["records"] as? NSArray), "exactly the records there were")
        let journal = try String(contentsOf: dir.appendingPathComponent("journal/2026.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 2, "the delete and its undo")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("backups").path), "the day's backup was taken first")
    }
}
