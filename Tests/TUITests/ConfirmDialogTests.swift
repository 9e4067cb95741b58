import XCTest
@testable import TUI
import Model

/// The confirm dialog and the box it is drawn in.
final class ConfirmDialogTests: XCTestCase {
    func testRender_CentresATitledBoxWithMessageAndHint() {
        let dialog = ConfirmDialog(title: "删除记录", message: ["确定删除这条记录吗？"])
        var buf = ScreenBuffer(width: 30, height: 9)
        let box = dialog.render(into: &buf, rect: buf.area)
        XCTAssertEqual(box, Rect(x: 3, y: 2, width: 24, height: 5))
        XCTAssertEqual(buf.lines(), [
            "",
            "",
            "   ┌─ 删除记录 ───────────┐",
            "   │ 确定删除这条记录吗？ │",
            "   │                      │",
            "   │ y 确定 / n 取消      │",
            "   └──────────────────────┘",
            "",
            "",
        ])
        XCTAssertTrue(buf[6, 2].style.bold, "the title is bold")
    }

    func testRender_WrapsTheMessageByCellsInANarrowArea() {
        let dialog = ConfirmDialog(title: "删除", message: ["确定删除这条记录吗？"])
        var buf = ScreenBuffer(width: 16, height: 8)
        let box = dialog.render(into: &buf, rect: buf.area)
        XCTAssertEqual(box.width, 16)
        XCTAssertEqual(box.height, 6)
        XCTAssertEqual(buf.lines()[box.y + 1], "│ 确定删除这条 │")
        XCTAssertEqual(buf.lines()[box.y + 2], "│ 记录吗？     │")
        for line in buf.lines() {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 16)
        }
    }

    func testRender_CoversWhateverWasBehindIt() {
        var buf = ScreenBuffer(width: 24, height: 5)
        buf.fill(buf.area, with: "x")
        ConfirmDialog(title: "退出", message: ["保存吗？"]).render(into: &buf, rect: buf.area)
        // The hint (15 cells) sets the width: a 19-cell box centred in 24 starts at column 2.
        XCTAssertEqual(buf.lines()[2], "xx│" + String(repeating: " ", count: 17) + "│xxx")
    }

    func testDecision_OnlyYConfirms() {
        XCTAssertEqual(ConfirmDialog.decision(for: .char("y")), true)
        XCTAssertEqual(ConfirmDialog.decision(for: .char("Y")), true)
        XCTAssertEqual(ConfirmDialog.decision(for: .char("n")), false)
        XCTAssertEqual(ConfirmDialog.decision(for: .escape), false)
        XCTAssertNil(ConfirmDialog.decision(for: .enter))
        XCTAssertNil(ConfirmDialog.decision(for: .char("是")))
    }

    func testFrame_TruncatesALongTitle() {
        var buf = ScreenBuffer(width: 12, height: 3)
        let inner = Frame(title: "支部委员会会议记录").render(into: &buf, rect: buf.area)
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 10, height: 1))
        XCTAssertEqual(buf.lines(), ["┌─ 支部… ──┐", "│          │", "└──────────┘"])
    }
}
