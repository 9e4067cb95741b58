import XCTest
@testable import TUI
import Model

/// The form: labels aligned by cells, typed fields, focus order, inline errors, scrolling.
final class FormTests: XCTestCase {
    /// The meeting form in miniature: 会议类别, 日期, 主持人, 会议记录, a computed count and
    /// two actions.
    private func meetingForm(width: Int = 40, height: Int = 20) -> Form {
        Form(fields: [
            FormField(id: "kind", label: "会议类别",
                      kind: .choice(options: ["支部党员大会", "支委会", "党小组会", "党课"], selected: 3)),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: "2024-03-15"))),
            FormField(id: "host", label: "主持人", kind: .text(LineEditor(text: "张三"))),
            FormField(id: "minutes", label: "会议记录",
                      kind: .multiline(TextEditor(text: "学习党章", viewHeight: 2))),
            FormField(id: "expected", label: "应到", kind: .readOnly("12 人")),
            FormField(id: "attendance", label: "", kind: .action("编辑出席情况…")),
            FormField(id: "save", label: "", kind: .action("保存")),
        ], viewWidth: width, viewHeight: height)
    }

    private func render(_ form: Form, width: Int = 40, height: Int = 10) -> ScreenBuffer {
        var buf = ScreenBuffer(width: width, height: height)
        form.render(into: &buf, rect: buf.area)
        return buf
    }

    // MARK: - Layout

    func testRender_AlignsLabelsOfDifferentLengthsByCells() {
        let buf = render(meetingForm(), height: 9)
        XCTAssertEqual(buf.lines(), [
            "会议类别  ‹ 党课 ›",
            "日期      2024-03-15",
            "主持人    张三",
            "会议记录  学习党章",
            "",
            "应到      12 人",
            "          [ 编辑出席情况… ]",
            "          [ 保存 ]",
            "",
        ])
    }

    func testRender_FocusedLabelIsBoldAndReversed() {
        var form = meetingForm()
        var buf = render(form)
        XCTAssertTrue(buf[0, 0].style.reverse)
        XCTAssertTrue(buf[0, 0].style.bold)
        XCTAssertFalse(buf[0, 1].style.reverse)

        XCTAssertEqual(form.handle(.tab), .handled)
        buf = render(form)
        XCTAssertFalse(buf[0, 0].style.reverse)
        XCTAssertTrue(buf[0, 1].style.reverse)
    }

    func testRender_ReturnsTheCursorOfTheFocusedTextField() {
        var form = meetingForm()
        var buf = ScreenBuffer(width: 40, height: 10)
        XCTAssertNil(form.render(into: &buf, rect: buf.area), "a choice shows no cursor")
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        let cursor = form.render(into: &buf, rect: Rect(x: 2, y: 1, width: 38, height: 9))
        XCTAssertEqual(cursor?.x, 2 + 10 + 4, "after 张三, in the value column")
        XCTAssertEqual(cursor?.y, 1 + 2)
    }

    func testRender_HintAfterAShortValueOrBelowATextField() {
        let form = Form(fields: [
            FormField(id: "kind", label: "类别", kind: .choice(options: ["党员大会"], selected: 0),
                      hint: "表决须过半数"),
            FormField(id: "votes", label: "赞成票", kind: .text(LineEditor(text: "7")),
                      hint: "至少 7 票"),
        ])
        let buf = render(form, width: 36, height: 4)
        XCTAssertEqual(buf.lines(), [
            "类别    ‹ 党员大会 ›  表决须过半数",
            "赞成票  7",
            "        至少 7 票",
            "",
        ])
        XCTAssertTrue(buf[22, 0].style.dim)
        XCTAssertTrue(buf[8, 2].style.dim)
    }

    func testRender_ErrorShowsInRedOnTheLineUnderItsField() {
        var form = meetingForm()
        form.setErrors(["date": "日期格式应为 2024-03-15", "unknown": "ignored"])
        XCTAssertTrue(form.hasErrors)
        let buf = render(form, height: 5)
        XCTAssertEqual(buf.lines(), [
            "会议类别  ‹ 党课 ›",
            "日期      2024-03-15",
            "          ！日期格式应为 2024-03-15",
            "主持人    张三",
            "会议记录  学习党章",
        ])
        XCTAssertEqual(buf[10, 2].style.color, .red)
        XCTAssertTrue(buf[10, 2].style.bold)

        XCTAssertTrue(form.focusFirstError())
        XCTAssertEqual(form.focusedField?.id, "date")
        form.setErrors([:])
        XCTAssertFalse(form.hasErrors)
        XCTAssertEqual(render(form, height: 3).lines()[2], "主持人    张三")
    }

    // MARK: - Keys

    func testTabOrder_SkipsReadOnlyFieldsAndWrapsAround() {
        var form = meetingForm()
        var order = [form.focusedField?.id]
        for _ in 0..<6 {
            XCTAssertEqual(form.handle(.tab), .handled)
            order.append(form.focusedField?.id)
        }
        XCTAssertEqual(order, ["kind", "date", "host", "minutes", "attendance", "save", "kind"])
        XCTAssertEqual(form.handle(.backTab), .handled)
        XCTAssertEqual(form.focusedField?.id, "save")
        XCTAssertEqual(form.handle(.backTab), .handled)
        XCTAssertEqual(form.focusedField?.id, "attendance")
    }

    func testArrowsAndEnter_MoveBetweenFieldsAndThroughAMultilineField() {
        var form = meetingForm()
        XCTAssertEqual(form.handle(.up), .ignored, "↑ on the first field goes nowhere")
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.focusedField?.id, "date")
        XCTAssertEqual(form.handle(.enter), .handled, "Enter moves on from a one-line field")
        XCTAssertEqual(form.focusedField?.id, "host")
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.focusedField?.id, "minutes")

        XCTAssertEqual(form.handle(.enter), .handled, "Enter breaks the line in 会议记录")
        XCTAssertEqual(form.focusedField?.id, "minutes")
        XCTAssertEqual(form.value(of: "minutes"), "\n学习党章")
        XCTAssertEqual(form.handle(.up), .handled, "↑ from the second row stays inside")
        XCTAssertEqual(form.focusedField?.id, "minutes")
        XCTAssertEqual(form.handle(.up), .handled, "↑ from the first row leaves")
        XCTAssertEqual(form.focusedField?.id, "host")
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.focusedField?.id, "minutes")
        XCTAssertEqual(form.handle(.down), .handled, "↓ from the last row leaves")
        XCTAssertEqual(form.focusedField?.id, "attendance", "the read-only 应到 is skipped")
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.handle(.down), .ignored, "↓ on the last field goes nowhere")
    }

    func testMultilineField_MovesByTheRowsItIsWrappedToInTheForm() {
        // 16 cells across, label column 4 + 2: the minutes wrap at 10 cells.
        var form = Form(fields: [
            FormField(id: "minutes", label: "记录",
                      kind: .multiline(TextEditor(text: "一二三四五六七八", viewHeight: 2))),
            FormField(id: "save", label: "", kind: .action("保存")),
        ], viewWidth: 16, viewHeight: 4)
        var buf = ScreenBuffer(width: 16, height: 4)
        form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["记录  一二三四五", "      六七八", "      [ 保存 ]", ""])
        XCTAssertEqual(form.handle(.right), .handled)
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.focusedField?.id, "minutes", "the second visual row is inside")
        let cursor = form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(cursor?.x, 8)
        XCTAssertEqual(cursor?.y, 1)
        XCTAssertEqual(form.handle(.down), .handled)
        XCTAssertEqual(form.focusedField?.id, "save")
    }

    func testCtrlSSubmitsAndEscCancelsFromAnyField() {
        var form = meetingForm()
        XCTAssertEqual(form.handle(.ctrl("s")), .submit)
        XCTAssertEqual(form.handle(.escape), .cancel)
        _ = form.focus(on: "minutes")
        XCTAssertEqual(form.handle(.ctrl("s")), .submit)
        XCTAssertEqual(form.handle(.escape), .cancel)
        XCTAssertEqual(form.value(of: "minutes"), "学习党章")
    }

    func testEnterOnAnActionActivatesIt() {
        var form = meetingForm()
        XCTAssertTrue(form.focus(on: "attendance"))
        XCTAssertEqual(form.handle(.enter), .activated(fieldId: "attendance"))
        XCTAssertEqual(form.handle(.tab), .handled)
        XCTAssertEqual(form.handle(.char(" ")), .activated(fieldId: "save"))
        XCTAssertEqual(form.handle(.char("x")), .ignored)
        XCTAssertFalse(form.focus(on: "expected"), "read-only fields take no focus")
    }

    func testChoice_ArrowsAndSpaceCycleThroughTheOptions() {
        var form = meetingForm()
        XCTAssertEqual(form.value(of: "kind"), "党课")
        XCTAssertEqual(form.handle(.right), .handled)
        XCTAssertEqual(form.value(of: "kind"), "支部党员大会", "→ after the last wraps to the first")
        XCTAssertEqual(form.handle(.char(" ")), .handled)
        XCTAssertEqual(form.value(of: "kind"), "支委会")
        XCTAssertEqual(form.handle(.left), .handled)
        XCTAssertEqual(form.handle(.left), .handled)
        XCTAssertEqual(form.value(of: "kind"), "党课")
        XCTAssertEqual(form.handle(.left), .handled)
        XCTAssertEqual(render(form, height: 1).lines(), ["会议类别  ‹ 党小组会 ›"])
        XCTAssertEqual(form.handle(.char("x")), .ignored)
    }

    func testToggle_SpaceFlipsIt() {
        var form = Form(fields: [FormField(id: "online", label: "线上", kind: .toggle(false))])
        XCTAssertEqual(render(form, height: 1).lines(), ["线上  [ ]"])
        XCTAssertEqual(form.handle(.char(" ")), .handled)
        XCTAssertEqual(form.value(of: "online"), "true")
        XCTAssertEqual(render(form, height: 1).lines(), ["线上  [x]"])
        XCTAssertTrue(form.isDirty)
    }

    // MARK: - Values

    func testIsDirty_OnlyAfterAnEditByKey() {
        var form = meetingForm()
        XCTAssertFalse(form.isDirty)
        _ = form.handle(.tab)
        _ = form.handle(.left)
        _ = form.handle(.home)
        XCTAssertFalse(form.isDirty, "moving the cursor is not an edit")
        form.setValue("2024-04-01", of: "date")
        XCTAssertEqual(form.value(of: "date"), "2024-04-01")
        XCTAssertFalse(form.isDirty, "the owner filling in values is not an edit")

        XCTAssertEqual(form.handle(.char("x")), .handled)
        XCTAssertTrue(form.isDirty)
        XCTAssertEqual(form.handle(.backspace), .handled)
        XCTAssertTrue(form.isDirty, "stays dirty after undoing by hand")
        form.markClean()
        XCTAssertFalse(form.isDirty)
        _ = form.focus(on: "minutes")
        _ = form.handle(.char("。"))
        XCTAssertTrue(form.isDirty)
        XCTAssertEqual(form.value(of: "minutes"), "。学习党章")
    }

    func testSetValue_SelectsAChoiceByItsText() {
        var form = meetingForm()
        form.setValue("支委会", of: "kind")
        XCTAssertEqual(form.value(of: "kind"), "支委会")
        form.setValue("不存在", of: "kind")
        XCTAssertEqual(form.value(of: "kind"), "支委会", "an unknown option changes nothing")
        form.setValue("11 人", of: "expected")
        XCTAssertEqual(form.value(of: "expected"), "11 人")
        XCTAssertEqual(form.value(of: "nope"), "")
    }

    // MARK: - Scrolling

    func testScrolling_KeepsTheFocusedFieldVisibleInASmallRect() {
        var form = meetingForm(width: 30, height: 3)
        var buf = ScreenBuffer(width: 30, height: 3)
        form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["会议类别  ‹ 党课 ›", "日期      2024-03-15", "主持人    张三"])

        XCTAssertTrue(form.focus(on: "save"))
        form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["应到      12 人", "          [ 编辑出席情况… ]",
                                     "          [ 保存 ]"])
        XCTAssertTrue(buf[10, 2].style.reverse, "the focused action is reversed")

        XCTAssertEqual(form.handle(.up), .handled)
        XCTAssertEqual(form.handle(.up), .handled)
        XCTAssertEqual(form.focusedField?.id, "minutes")
        let cursor = form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["会议记录  学习党章", "", "应到      12 人"])
        XCTAssertEqual(cursor?.y, 0)
        XCTAssertEqual(cursor?.x, 10)
    }

    func testScrolling_FollowsTheCursorInsideATallMultilineField() {
        let minutes = (1...8).map { "第\($0)项" }.joined(separator: "\n")
        var form = Form(fields: [
            FormField(id: "title", label: "标题", kind: .text(LineEditor(text: "支部党员大会"))),
            FormField(id: "minutes", label: "记录", kind: .multiline(TextEditor(text: minutes))),
        ], viewWidth: 20, viewHeight: 3)
        XCTAssertEqual(form.handle(.tab), .handled)
        for _ in 0..<4 { XCTAssertEqual(form.handle(.down), .handled) }
        var buf = ScreenBuffer(width: 20, height: 3)
        let cursor = form.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["      第3项", "      第4项", "      第5项"])
        XCTAssertEqual(cursor?.y, 2)
    }
}
