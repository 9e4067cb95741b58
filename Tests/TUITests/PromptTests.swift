import XCTest
@testable import TUI
import Model

/// The one-line modal prompt.
final class PromptTests: XCTestCase {
    func testTypingThenEnterSubmitsTheText() {
        var prompt = Prompt(title: "请假事由")
        XCTAssertEqual(prompt.handle(.char("出")), .handled)
        XCTAssertEqual(prompt.handle(.char("差")), .handled)
        XCTAssertEqual(prompt.handle(.left), .handled)
        XCTAssertEqual(prompt.handle(.char("国")), .handled)
        XCTAssertEqual(prompt.text, "出国差")
        XCTAssertEqual(prompt.handle(.delete), .handled)
        XCTAssertEqual(prompt.handle(.tab), .ignored)
        XCTAssertEqual(prompt.handle(.enter), .submitted("出国"), "the text as typed, untrimmed")
    }

    func testEscCancels() {
        var prompt = Prompt(title: "请假事由", text: "病假")
        XCTAssertEqual(prompt.handle(.escape), .cancelled)
    }

    func testRender_DrawsATitledBoxCentredWithTheCursorAfterTheText() {
        let prompt = Prompt(title: "欧阳修 请假事由", text: "出差")
        var buf = ScreenBuffer(width: 30, height: 6)
        let cursor = prompt.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), [
            "",
            "┌─ 欧阳修 请假事由 ──────────┐",
            "│ 出差                       │",
            "│ Enter 确定  Esc 取消       │",
            "└────────────────────────────┘",
            "",
        ])
        XCTAssertEqual(cursor?.x, 6)
        XCTAssertEqual(cursor?.y, 2)
        XCTAssertTrue(buf[10, 2].style.underline, "the input row is underlined")
    }
}
