import XCTest
@testable import TUI
import Model

/// The multi-line editor: grapheme cursor, wrapping by cells, visual-row movement, pastes.
final class TextEditorTests: XCTestCase {
    private typealias Position = TextEditor.Position

    // MARK: - Wrapping

    func testWrap_WideCharacterThatWouldStraddleTheEdgeMovesDownWhole() {
        let editor = TextEditor(text: "中文，标点。👍好")
        XCTAssertEqual(editor.visualRows(width: 5), ["中文", "，标", "点。", "👍好"])
        XCTAssertEqual(TextEditor(text: "ab中文").visualRows(width: 5), ["ab中", "文"])

        var buf = ScreenBuffer(width: 7, height: 4)
        let cursor = editor.render(into: &buf, rect: Rect(x: 1, y: 0, width: 5, height: 4))
        XCTAssertEqual(buf.lines(), [" 中文", " ，标", " 点。", " 👍好"])
        XCTAssertEqual(buf[5, 0], Cell.blank, "cell 5 stays empty, not half of ，")
        XCTAssertEqual(cursor?.x, 1)
        XCTAssertEqual(cursor?.y, 0)
    }

    func testWrap_LineThatFillsItsRowExactlyLeavesARowForTheCursor() {
        var editor = TextEditor(text: "中文\n好")
        XCTAssertEqual(editor.visualRows(width: 4), ["中文", "", "好"])
        editor.moveToLineEnd()
        var buf = ScreenBuffer(width: 4, height: 3)
        let cursor = editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(cursor?.x, 0)
        XCTAssertEqual(cursor?.y, 1)
        XCTAssertEqual(buf.lines(), ["中文", "", "好"])
    }

    func testWrap_MixedLatinAndCombiningMarksCountCellsNotCharacters() {
        let editor = TextEditor(text: "cafe\u{301} 会议 ok")   // café: 4 cells, 5 scalars
        XCTAssertEqual(editor.lines[0].count, 10)
        XCTAssertEqual(editor.visualRows(width: 7), ["cafe\u{301} 会", "议 ok"])
    }

    // MARK: - Left and right

    func testLeftRight_StepOverWideCharactersAndAcrossLineBreaks() {
        var editor = TextEditor(text: "a中\n党b")
        let rect = Rect(width: 10, height: 2)
        var buf = ScreenBuffer(width: 10, height: 2)
        func cursorOnScreen() -> [Int] {
            guard let c = editor.render(into: &buf, rect: rect) else { return [] }
            return [c.x, c.y]
        }
        XCTAssertEqual(cursorOnScreen(), [0, 0])
        XCTAssertTrue(editor.handle(.right))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 1))
        XCTAssertEqual(cursorOnScreen(), [1, 0])
        XCTAssertTrue(editor.handle(.right))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 2))
        XCTAssertEqual(cursorOnScreen(), [3, 0], "one press steps over both cells of 中")
        XCTAssertTrue(editor.handle(.right))
        XCTAssertEqual(editor.cursor, Position(line: 1, column: 0), "→ at a line end goes down")
        XCTAssertEqual(cursorOnScreen(), [0, 1])
        XCTAssertTrue(editor.handle(.right))
        XCTAssertEqual(cursorOnScreen(), [2, 1])
        XCTAssertTrue(editor.handle(.right))
        XCTAssertTrue(editor.handle(.right), "→ at the very end is used but does nothing")
        XCTAssertEqual(editor.cursor, Position(line: 1, column: 2))

        XCTAssertTrue(editor.handle(.left))
        XCTAssertTrue(editor.handle(.left))
        XCTAssertTrue(editor.handle(.left))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 2), "← at a line start goes up")
        XCTAssertTrue(editor.handle(.left))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 1))
        XCTAssertEqual(cursorOnScreen(), [1, 0])
    }

    // MARK: - Up and down

    func testUpDown_MoveByWrappedRowAndKeepTheCellColumn() {
        // Width 6: "abcde" | "中文字" | "x" — 中 does not fit after e.
        var editor = TextEditor(text: "abcde中文字x", viewWidth: 6, viewHeight: 3)
        XCTAssertEqual(editor.visualRows(width: 6), ["abcde", "中文字", "x"])
        for _ in 0..<3 { editor.moveRight() }
        XCTAssertEqual(editor.cursor.column, 3)   // on d, cell 3

        XCTAssertTrue(editor.handle(.down))
        XCTAssertEqual(editor.cursor.column, 6, "cell 3 is the right half of 文: land on 文")
        XCTAssertTrue(editor.handle(.down))
        XCTAssertEqual(editor.cursor.column, 9, "the short last row: cursor stops at its end")
        XCTAssertFalse(editor.handle(.down), "↓ on the last row is left to the caller")
        XCTAssertEqual(editor.cursor.column, 9)

        XCTAssertTrue(editor.handle(.up))
        XCTAssertEqual(editor.cursor.column, 6)
        XCTAssertTrue(editor.handle(.up))
        XCTAssertEqual(editor.cursor.column, 3, "back to cell 3, not the cell of the short row")
        XCTAssertEqual(editor.preferredCell, 3)
        XCTAssertFalse(editor.handle(.up), "↑ on the first row is left to the caller")

        XCTAssertTrue(editor.handle(.left))
        XCTAssertNil(editor.preferredCell, "any other key forgets the column")
    }

    func testUpDown_AcrossShortLinesReturnToTheColumn() {
        var editor = TextEditor(text: "支部委员会会议\n短\n组织生活会议", viewWidth: 40)
        for _ in 0..<5 { editor.moveRight() }   // before 会议, cell 10
        editor.moveDown()
        XCTAssertEqual(editor.cursor, Position(line: 1, column: 1))
        editor.moveDown()
        XCTAssertEqual(editor.cursor, Position(line: 2, column: 5))
    }

    func testUpDown_WrappedRowEndStopsOnTheLastCharacterOfTheRow() {
        // "abcdef" wraps as "abcd" | "ef"; the place after d is the start of the next row.
        var editor = TextEditor(text: "abcdef\nxyz", viewWidth: 4)
        editor.moveToEnd()
        XCTAssertTrue(editor.handle(.up))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 6))
        XCTAssertTrue(editor.handle(.up))
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 3), "cell 3 of abcd is d")
        XCTAssertTrue(editor.handle(.end))
        XCTAssertEqual(editor.cursor.column, 3)
        XCTAssertTrue(editor.handle(.home))
        XCTAssertEqual(editor.cursor.column, 0)
        XCTAssertTrue(editor.handle(.down))
        XCTAssertTrue(editor.handle(.end))
        XCTAssertEqual(editor.cursor.column, 6, "End on a line's last row goes past its end")
        XCTAssertTrue(editor.handle(.home))
        XCTAssertEqual(editor.cursor.column, 4)
        XCTAssertTrue(editor.handle(.ctrl("a")))
        XCTAssertEqual(editor.cursor.column, 0)
        XCTAssertTrue(editor.handle(.ctrl("e")))
        XCTAssertEqual(editor.cursor.column, 6)
    }

    // MARK: - Paste

    func testInsert_PasteNormalisesEveryKindOfLineBreak() {
        var editor = TextEditor()
        editor.insert("第一行\r\n第二行\r第三行")
        XCTAssertEqual(editor.lines.count, 3)
        XCTAssertEqual(editor.text, "第一行\n第二行\n第三行")
        XCTAssertEqual(editor.cursor, Position(line: 2, column: 3))
    }

    func testInsert_PasteInTheMiddleSplitsTheLineAroundIt() {
        var editor = TextEditor(text: "会议开始。会议结束。")
        for _ in 0..<5 { editor.moveRight() }
        editor.insert("甲发言\n乙发言\n")
        XCTAssertEqual(editor.text, "会议开始。甲发言\n乙发言\n会议结束。")
        XCTAssertEqual(editor.cursor, Position(line: 2, column: 0))
    }

    func testInsert_TabsBecomeSpacesToTheNextStopAndControlsAreDropped() {
        var editor = TextEditor()
        editor.insert("姓名\t党小组\n王五\t第一\u{7}\u{1B}组\u{85}x")
        XCTAssertEqual(editor.text, "姓名    党小组\n王五    第一组\nx")
        editor.text = "a\tb"
        XCTAssertEqual(editor.text, "a   b")
        XCTAssertFalse(editor.handle(.tab), "Tab is the form's key, not a character")
    }

    func testInsert_CombiningMarkJoinsThePreviousCharacter() {
        var editor = TextEditor()
        XCTAssertTrue(editor.handle(.char("e")))
        XCTAssertTrue(editor.handle(.char("\u{301}")))
        XCTAssertEqual(editor.lines, [["e\u{301}"]])
        XCTAssertEqual(editor.cursor.column, 1)
    }

    func testInsert_HundredKilobytePasteIsOnePass() {
        let paragraph = String(repeating: "支部党员大会审议发展对象，全体党员举手表决。", count: 4)   // 88 characters
        let paste = Array(repeating: paragraph, count: 400).joined(separator: "\r\n")
        XCTAssertGreaterThan(paste.utf8.count, 100_000)

        var editor = TextEditor(text: "前言\n结语", viewWidth: 60, viewHeight: 10)
        editor.moveToLineEnd()
        XCTAssertTrue(editor.handle(.enter))
        editor.insert(paste)
        XCTAssertEqual(editor.lines.count, 402)
        XCTAssertEqual(editor.text.count, 2 + 1 + 400 * 88 + 399 + 1 + 2)
        XCTAssertEqual(editor.cursor, Position(line: 400, column: 88))
        XCTAssertEqual(editor.lines[400], Array(paragraph))
        XCTAssertEqual(editor.lines[401], Array("结语"))

        // Moving and drawing afterwards still works on the long text.
        XCTAssertTrue(editor.handle(.pageUp))
        var buf = ScreenBuffer(width: 60, height: 10)
        let cursor = editor.render(into: &buf, rect: buf.area)
        XCTAssertNotNil(cursor)
    }

    // MARK: - Deleting

    func testBackspace_AtALineStartJoinsItToTheLineAbove() {
        var editor = TextEditor(text: "第一行\n第二行")
        editor.moveDown()
        editor.moveToLineStart()
        XCTAssertEqual(editor.cursor, Position(line: 1, column: 0))
        XCTAssertTrue(editor.handle(.backspace))
        XCTAssertEqual(editor.lines.count, 1)
        XCTAssertEqual(editor.text, "第一行第二行")
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 3))
        XCTAssertTrue(editor.handle(.backspace))
        XCTAssertEqual(editor.text, "第一第二行")
        editor.moveToStart()
        XCTAssertTrue(editor.handle(.backspace), "backspace at the start is used, does nothing")
        XCTAssertEqual(editor.text, "第一第二行")
    }

    func testDeleteAndCtrlK_AtALineEndJoinTheNextLine() {
        var editor = TextEditor(text: "甲乙\n丙丁\n戊")
        editor.moveRight()
        XCTAssertTrue(editor.handle(.ctrl("k")))
        XCTAssertEqual(editor.text, "甲\n丙丁\n戊")
        XCTAssertTrue(editor.handle(.ctrl("k")))
        XCTAssertEqual(editor.text, "甲丙丁\n戊")
        XCTAssertTrue(editor.handle(.ctrl("e")))
        XCTAssertTrue(editor.handle(.delete))
        XCTAssertEqual(editor.text, "甲丙丁戊")
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 3))
        XCTAssertTrue(editor.handle(.ctrl("e")))
        XCTAssertTrue(editor.handle(.delete), "delete at the very end is used, does nothing")
        XCTAssertEqual(editor.text, "甲丙丁戊")
    }

    // MARK: - Keys and scrolling

    func testHandle_LeavesFormKeysToTheCaller() {
        var editor = TextEditor(text: "记录")
        XCTAssertFalse(editor.handle(.escape))
        XCTAssertFalse(editor.handle(.tab))
        XCTAssertFalse(editor.handle(.backTab))
        XCTAssertFalse(editor.handle(.ctrl("s")))
        XCTAssertTrue(editor.handle(.enter))
        XCTAssertEqual(editor.text, "\n记录")
    }

    func testScrolling_KeepsTheCursorRowVisibleAndStaysPutInsideTheWindow() {
        var editor = TextEditor(text: (1...10).map { "第\($0)项" }.joined(separator: "\n"),
                                viewWidth: 10, viewHeight: 3)
        var buf = ScreenBuffer(width: 10, height: 3)
        editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["第1项", "第2项", "第3项"])

        for _ in 0..<4 { XCTAssertTrue(editor.handle(.down)) }
        let cursor = editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["第3项", "第4项", "第5项"])
        XCTAssertEqual(cursor?.y, 2)

        XCTAssertTrue(editor.handle(.up))
        editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["第3项", "第4项", "第5项"], "no scrolling within the window")

        XCTAssertTrue(editor.handle(.pageDown))
        XCTAssertEqual(editor.cursor.line, 5)
        editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["第5项", "第6项", "第7项"])

        editor.text = "短"
        XCTAssertEqual(editor.cursor, Position(line: 0, column: 0), "cursor clamped into the text")
        editor.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["短", "", ""])
    }
}
