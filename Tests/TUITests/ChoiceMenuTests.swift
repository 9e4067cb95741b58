import XCTest
@testable import TUI

/// The small one-of-several menu used for pipeline moves.
final class ChoiceMenuTests: XCTestCase {
    private func menu() -> ChoiceMenu {
        ChoiceMenu(title: "身份变更", options: ["列为发展对象", "去世", "离开党组织"])
    }

    func testArrowsMoveAndWrap_EnterChooses() {
        var m = menu()
        XCTAssertEqual(m.handle(.up), .handled)
        XCTAssertEqual(m.selected, 2, "↑ from the first wraps to the last")
        XCTAssertEqual(m.handle(.down), .handled)
        XCTAssertEqual(m.handle(.char("j")), .handled)
        XCTAssertEqual(m.handle(.enter), .chosen(1))
    }

    func testNumberChoosesAtOnce_EscCancels_OtherKeysIgnored() {
        var m = menu()
        XCTAssertEqual(m.handle(.char("3")), .chosen(2))
        XCTAssertEqual(m.handle(.char("4")), .ignored, "no fourth option")
        XCTAssertEqual(m.handle(.char("x")), .ignored)
        XCTAssertEqual(m.handle(.escape), .cancelled)
    }

    func testRender_CentresNumberedOptionsAndMarksTheSelection() {
        var buffer = ScreenBuffer(width: 50, height: 9)
        menu().render(into: &buffer, rect: Rect(x: 0, y: 0, width: 50, height: 9))
        let lines = buffer.lines()
        XCTAssertTrue(lines[1].contains("┌─ 身份变更 "), lines[1])
        XCTAssertTrue(lines[2].contains("│ › 1 列为发展对象"), lines[2])
        XCTAssertTrue(lines[3].contains("│   2 去世"), lines[3])
        XCTAssertTrue(lines[6].contains("↑↓ 选择  Enter 确定  Esc 取消"), lines[6])
    }
}
