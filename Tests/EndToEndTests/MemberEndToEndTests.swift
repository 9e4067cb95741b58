import Foundation
import XCTest

/// Issue #4 in a real terminal: find 欧阳修 by pinyin initials, add a member through the form.
final class MemberEndToEndTests: XCTestCase {
    func testDemo_SearchOyxFindsOuyangXiu_AddMemberThroughTheForm() throws {
        let demo = BinaryUnderTest.repositoryRoot.appendingPathComponent("data/demo")
        let before = try BinaryUnderTest.snapshot(demo)

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --demo --today 2026-12-04")
        try session.waitFor("省地方税务局法规处党支部")
        try session.send("3")
        try session.waitFor("党员　共")
        try session.send("/")
        try session.type("oyx")
        let found = try session.waitFor("筛选“oyx”")
        XCTAssertTrue(found.contains("欧阳修"), found)
        try session.send("Escape")
        try session.waitFor("党员　共")

        try session.send("n")
        try session.waitFor("新建党员档案")
        try session.type("司马光")
        try session.waitFor("司马光")
        try session.send("C-s")
        let saved = try session.waitFor("已保存新党员档案：司马光")
        XCTAssertTrue(saved.contains("党员档案 司马光"), "the saved file opens: \(saved)")

        try session.send("Escape", "/")
        try session.type("smg")
        let listed = try session.waitFor("筛选“smg”")
        XCTAssertTrue(listed.contains("司马光"), "the new member is in the list and found by pinyin: \(listed)")
        try session.send("Enter")

        try session.send("q")
        let after = try session.waitFor("[done]")
        XCTAssertTrue(after.contains("[exit 0]"), after)
        XCTAssertEqual(try BinaryUnderTest.snapshot(demo), before, "the demo is a temporary copy: shipped files unchanged")
    }
}
