import XCTest
@testable import TUI
import Model

/// The one-line editor: grapheme cursor, cell-based scrolling, paste cleaning.
final class LineEditorTests: XCTestCase {
    func testEditing_ChineseTextMovesByCharacters() {
        var editor = LineEditor()
        editor.insert("党员")
        XCTAssertEqual(editor.cursor, 2)
        XCTAssertEqual(editor.cursorCell, 4)
        XCTAssertTrue(editor.handle(.char("大")))
        XCTAssertEqual(editor.text, "党员大")

        XCTAssertTrue(editor.handle(.left))
        XCTAssertTrue(editor.handle(.left))
        editor.insert("支部")
        XCTAssertEqual(editor.text, "党支部员大")
        XCTAssertEqual(editor.cursor, 3)
        XCTAssertEqual(editor.cursorCell, 6)

        XCTAssertTrue(editor.handle(.backspace))
        XCTAssertEqual(editor.text, "党支员大")
        XCTAssertEqual(editor.cursor, 2)
        XCTAssertTrue(editor.handle(.delete))
        XCTAssertEqual(editor.text, "党支大")
        XCTAssertEqual(editor.cursor, 2)

        XCTAssertTrue(editor.handle(.home))
        XCTAssertEqual(editor.cursor, 0)
        XCTAssertTrue(editor.handle(.backspace), "backspace at the start is consumed, does nothing")
        XCTAssertEqual(editor.text, "党支大")
        XCTAssertTrue(editor.handle(.end))
        XCTAssertEqual(editor.cursor, 3)
        XCTAssertTrue(editor.handle(.right))
        XCTAssertEqual(editor.cursor, 3)
        XCTAssertFalse(editor.handle(.enter))
        XCTAssertFalse(editor.handle(.escape))
    }

    func testInsert_PasteDropsLineBreaksAndControlCharacters() {
        var editor = LineEditor(text: "名单：")
        editor.insert("张三\n李四\t王五\u{7}")
        XCTAssertEqual(editor.text, "名单：张三李四王五")
        XCTAssertEqual(editor.cursor, 9)
        editor.text = "a\r\nb"
        XCTAssertEqual(editor.text, "ab")
        XCTAssertEqual(editor.cursor, 2)
    }

    func testInsert_CombiningMarkJoinsThePreviousCharacter() {
        var editor = LineEditor()
        editor.insert("e")
        editor.insert("\u{301}")
        XCTAssertEqual(editor.text, "e\u{301}")
        XCTAssertEqual(editor.cursor, 1)
        XCTAssertEqual(editor.cursorCell, 1)
    }

    func testKillChords_ClearBeforeAndAfterTheCursor() {
        var editor = LineEditor(text: "支部党员大会")
        editor.moveLeft()
        editor.moveLeft()
        XCTAssertTrue(editor.handle(.ctrl("k")))
        XCTAssertEqual(editor.text, "支部党员")
        editor.moveLeft()
        XCTAssertTrue(editor.handle(.ctrl("u")))
        XCTAssertEqual(editor.text, "员")
        XCTAssertEqual(editor.cursor, 0)
    }

    func testRender_ShortTextReturnsCursorColumn() {
        let editor = LineEditor(text: "党员大会")
        var buf = ScreenBuffer(width: 14, height: 1)
        let x = editor.render(into: &buf, rect: Rect(x: 2, y: 0, width: 10, height: 1))
        XCTAssertEqual(buf.lines(), ["  党员大会"])
        XCTAssertEqual(x, 10)
        XCTAssertEqual(editor.cursorPosition(in: Rect(x: 2, y: 0, width: 10, height: 1)).x, 10)
    }

    func testRender_LongTextScrollsToKeepTheCursorVisible() {
        let editor = LineEditor(text: "中华人民共和国万岁")   // 18 cells
        var buf = ScreenBuffer(width: 10, height: 1)
        let x = editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["和国万岁"])
        XCTAssertEqual(x, 8)
    }

    func testRender_ScrollingNeverStartsInsideAWideCharacter() {
        var editor = LineEditor(text: "a中华人民共和国万岁")   // 共 spans cells 9–10
        var buf = ScreenBuffer(width: 10, height: 1)
        XCTAssertEqual(editor.scrollOffset(width: 10), 11)
        XCTAssertEqual(editor.render(into: &buf, rect: buf.area), 8)
        XCTAssertEqual(buf.lines(), ["和国万岁"])

        editor.moveHome()
        XCTAssertEqual(editor.render(into: &buf, rect: buf.area), 0)
        XCTAssertEqual(buf.lines(), ["a中华人民"], "共 would straddle the edge and is left out")
    }

    func testRender_ScrollsInHalfFieldSteps() {
        var editor = LineEditor(text: "abcdefghijklmno")   // 15 cells, field 10
        XCTAssertEqual(editor.scrollOffset(width: 10), 10, "cursor after the text needs cell 15")
        editor.moveLeft()
        XCTAssertEqual(editor.scrollOffset(width: 10), 5)
        for _ in 0..<4 { editor.moveLeft() }
        XCTAssertEqual(editor.cursor, 10)
        XCTAssertEqual(editor.scrollOffset(width: 10), 5, "no scrolling within the window")
        editor.moveLeft()
        XCTAssertEqual(editor.scrollOffset(width: 10), 0)
    }
}

final class LineEditorBackspaceAtEndTests: XCTestCase {
    func testBackspaceAtEnd_RemovesLastCharacterAndKeepsCursorAtEnd() {
        var editor = LineEditor(text: "")
        editor.insert("出差")
        editor.backspace()
        editor.insert("国")
        XCTAssertEqual(editor.text, "出国")
        XCTAssertEqual(editor.cursor, 2)
    }
}
