import Foundation
import Model

extension MeetingForm {
    /// Sizes the widgets for the area the form is drawn in (called on open and on resize),
    /// so that moving up and down by wrapped rows matches what is drawn.
    mutating func fit(_ rect: Rect) {
        let inner = Frame.interior(of: rect)
        form.viewWidth = inner.width
        form.viewHeight = max(1, inner.height - 1)
        form.scrollToFocus()
        picker?.viewHeight = max(1, inner.height - 2)
    }

    /// Draws the form, or the picker over it, and any prompt or question on top.
    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        var cursor: (x: Int, y: Int)?
        if let picker {
            let counts = picker.counts
            let title = "出席情况　出席 \(counts[0]) · 请假 \(counts[1]) · 缺席 \(counts[2])"
            let inner = Frame(title: title).render(into: &buffer, rect: rect)
            let hint = "空格 切换  1 出席 2 请假 3 缺席  r 请假事由  a 全部出席  / 查找  Enter 确定  Esc 取消"
            buffer.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: .dim)
            cursor = picker.render(into: &buffer, rect: inner.droppingBottom(1))
        } else {
            let inner = Frame(title: title).render(into: &buffer, rect: rect)
            cursor = form.render(into: &buffer, rect: inner.droppingBottom(1))
            let line = problem ?? "Tab/↓ 下一项  ←→ 切换选项  Ctrl-S 保存  Esc 返回"
            buffer.put(line, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                       style: problem == nil ? .dim : Style(bold: true, color: .red))
        }
        if let reasonPrompt {
            cursor = reasonPrompt.render(into: &buffer, rect: rect)
        }
        if confirmingDiscard {
            ConfirmDialog(title: "放弃修改？", message: ["这条会议记录有未保存的修改。", "放弃后将不会保存。"],
                          hint: "y 放弃修改 / n 继续编辑").render(into: &buffer, rect: rect)
            cursor = nil
        }
        return cursor
    }
}
