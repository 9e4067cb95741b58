import XCTest
@testable import TUI
import Model

/// Writing into the cell grid: clipping by cells, wide characters never split.
final class ScreenBufferTests: XCTestCase {
    func testPut_ClipsAtRightEdgeWithoutSplittingAWideCharacter() {
        var buf = ScreenBuffer(width: 5, height: 1)
        let written = buf.put("中文字", x: 0, y: 0)
        XCTAssertEqual(written, 5)
        XCTAssertEqual(buf.lines(), ["中文"])
        XCTAssertEqual(buf[4, 0].text, " ", "字 would straddle the edge, a space stands in")
        XCTAssertTrue(buf[1, 0].isContinuation)
    }

    func testPut_ClipsAtMaxWidth() {
        var buf = ScreenBuffer(width: 10, height: 1)
        XCTAssertEqual(buf.put("ab中", x: 2, y: 0, maxWidth: 3), 3)
        buf.put("|", x: 5, y: 0)
        XCTAssertEqual(buf.lines(), ["  ab |"])
    }

    func testPut_OverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buf = ScreenBuffer(width: 6, height: 1)
        buf.put("中文", x: 0, y: 0)
        XCTAssertEqual(buf.line(0), "中文")

        buf.put("x", x: 1, y: 0)          // right half of 中
        XCTAssertEqual(buf.line(0), " x文")
        buf.put("y", x: 2, y: 0)          // left half of 文
        XCTAssertEqual(buf.line(0), " xy")
        XCTAssertEqual(buf[3, 0], Cell.blank)
    }

    func testPut_WideOverWideAtAnOffsetLeavesNoOrphans() {
        var buf = ScreenBuffer(width: 6, height: 1)
        buf.put("中文", x: 0, y: 0)
        buf.put("国", x: 1, y: 0)
        XCTAssertEqual(buf.line(0), " 国")
        XCTAssertEqual(buf[0, 0].text, " ")
        XCTAssertEqual(buf[1, 0].text, "国")
        XCTAssertTrue(buf[2, 0].isContinuation)
        XCTAssertEqual(buf[3, 0].text, " ")
    }

    func testPut_SkipsControlCharactersAndKeepsCombiningMarks() {
        var buf = ScreenBuffer(width: 8, height: 1)
        XCTAssertEqual(buf.put("a\tb\u{7}c", x: 0, y: 0), 3)
        XCTAssertEqual(buf.line(0), "abc")
        buf.put("e\u{301}x", x: 0, y: 0)
        XCTAssertEqual(buf[0, 0].text, "e\u{301}")
        XCTAssertEqual(buf.line(0), "e\u{301}xc")
    }

    func testPut_ClipsAtLeftEdgeAndOutsideRows() {
        var buf = ScreenBuffer(width: 4, height: 1)
        buf.put("中a", x: -1, y: 0)
        XCTAssertEqual(buf.line(0), " a")
        XCTAssertEqual(buf.put("b", x: 0, y: 1), 0)
        XCTAssertEqual(buf.put("b", x: 0, y: -1), 0)
    }

    func testFillAndSetStyle_StayInsideTheRect() {
        var buf = ScreenBuffer(width: 6, height: 3)
        buf.fill(Rect(x: 1, y: 1, width: 4, height: 1), with: "-")
        buf.fill(Rect(x: 0, y: 2, width: 5, height: 1), with: "中")
        XCTAssertEqual(buf.lines(), ["", " ----", "中中"])
        buf.setStyle(Rect(x: 1, y: 1, width: 2, height: 1), .reverse)
        XCTAssertTrue(buf[1, 1].style.reverse)
        XCTAssertTrue(buf[2, 1].style.reverse)
        XCTAssertFalse(buf[3, 1].style.reverse)
        XCTAssertFalse(buf[0, 1].style.reverse)
    }

    func testPut_AppliesStyleToBothHalvesOfAWideCharacter() {
        var buf = ScreenBuffer(width: 4, height: 1)
        buf.put("党", x: 0, y: 0, style: .bold)
        XCTAssertEqual(buf[0, 0].style, .bold)
        XCTAssertEqual(buf[1, 0].style, .bold)
        XCTAssertEqual(buf[2, 0].style, .plain)
    }

    func testRect_Helpers() {
        let r = Rect(x: 2, y: 1, width: 10, height: 5)
        XCTAssertEqual(r.inset(by: 1), Rect(x: 3, y: 2, width: 8, height: 3))
        XCTAssertEqual(r.centered(width: 4, height: 1), Rect(x: 5, y: 3, width: 4, height: 1))
        XCTAssertEqual(r.droppingTop(1).rows, 2..<6)
        XCTAssertEqual(r.bottom(1), Rect(x: 2, y: 5, width: 10, height: 1))
        XCTAssertEqual(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).width, 0)
        XCTAssertTrue(r.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
    }
}
