import XCTest
@testable import TUI
import Model

/// The smaller widgets: status line and text view.
final class WidgetTests: XCTestCase {
    func testStatusLine_PutsMessageLeftAndHintsRightInReverse() {
        let hints = StatusLine.hints([("q", "退出"), ("?", "帮助")])
        XCTAssertEqual(hints, "q 退出  ? 帮助")
        var buf = ScreenBuffer(width: 30, height: 2)
        StatusLine(left: "共 12 名党员", right: hints).render(into: &buf, rect: buf.area.bottom(1))
        XCTAssertEqual(buf.lines(), ["", " 共 12 名党员  q 退出  ? 帮助"])
        XCTAssertTrue(buf[0, 1].style.reverse)
        XCTAssertTrue(buf[29, 1].style.reverse)
        XCTAssertFalse(buf[0, 0].style.reverse)
    }

    func testStatusLine_MessageWinsWhenSpaceIsShort() {
        var buf = ScreenBuffer(width: 20, height: 1)
        StatusLine(left: "保存失败：磁盘已满", right: "q 退出  ? 帮助").render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), [" 保存失败：磁盘已满"])
    }

    func testTextView_WrapsAndScrollsWithinTheText() {
        var view = TextView(text: (1...10).map { "第\($0)行" }.joined(separator: "\n"))
        let viewport = Rect(width: 10, height: 3)
        var buf = ScreenBuffer(width: 10, height: 3)
        view.render(into: &buf, rect: viewport)
        XCTAssertEqual(buf.lines(), ["第1行", "第2行", "第3行"])

        view.scroll(by: 100, viewport: viewport)
        XCTAssertEqual(view.offset, 7)
        view.render(into: &buf, rect: viewport)
        XCTAssertEqual(buf.lines(), ["第8行", "第9行", "第10行"])

        XCTAssertTrue(view.handle(.up, viewport: viewport))
        XCTAssertEqual(view.offset, 6)
        XCTAssertTrue(view.handle(.home, viewport: viewport))
        XCTAssertEqual(view.offset, 0)
        view.scroll(by: -5)
        XCTAssertEqual(view.offset, 0)
    }

    func testTextView_WrapsLongLinesByCells() {
        let view = TextView(text: "会议议题：学习党章，讨论发展对象。")
        var buf = ScreenBuffer(width: 12, height: 3)
        view.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["会议议题：学", "习党章，讨论", "发展对象。"])
    }
}
