import Foundation
import XCTest

/// Issue #8 in a real terminal: `--as member 欧阳修` with a PIN — a wrong PIN is refused, the
/// right one shows only 欧阳修's own record; a progress entry added there is seen by the secretary.
final class MemberViewEndToEndTests: XCTestCase {
    func testMemberWithPIN_OwnRecordOnly_ProgressReachesTheSecretary() throws {
        let dir = BinaryUnderTest.temporaryDirectory("memberview")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let set = try BinaryUnderTest.run(["pin", "set", "member", "欧阳修", "--data-dir", dir.path], stdin: "2468\n2468\n")
        XCTAssertEqual(set.status, 0, set.stdout + set.stderr)
        let pins = try String(contentsOf: dir.appendingPathComponent("pins.json"), encoding: .utf8)
        XCTAssertFalse(pins.contains("2468"), "never stored in clear")

        let command = "\(TmuxSession.quote(BinaryUnderTest.path)) --as member 欧阳修 --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04"
        let wrong = try TmuxSession(command: command)
        try wrong.waitFor("PIN")
        try wrong.type("1111")
        try wrong.send("Enter")
        let refused = try wrong.waitFor("[exit 1]")
        XCTAssertFalse(refused.contains("1111"), "the PIN is not echoed: \(refused)")
        XCTAssertFalse(refused.contains("我的党员档案"), refused)

        let right = try TmuxSession(command: command)
        try right.waitFor("PIN")
        try right.type("2468")
        try right.send("Enter")
        let page = try right.waitFor("我的党员档案 欧阳修")
        XCTAssertTrue(page.contains("【2026 年承诺】"), page)
        for other in ["王建国", "孙浩", "赵雨桐", "司马文博", "陈静"] {
            XCTAssertFalse(page.contains(other), "\(other) appears in 欧阳修's view: \(page)")
        }
        try right.send("p")
        try right.type("为社区居民讲解个税汇算")
        try right.send("Enter")
        try right.waitFor("为社区居民讲解个税汇算")
        try right.send("q")
        try right.waitFor("[exit 0]")

        let shown = try BinaryUnderTest.run(["commitment", "show", "欧阳修", "--data-dir", dir.path, "--today", "2026-12-04"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("为社区居民讲解个税汇算"), shown.stdout)
    }
}
