import Foundation
import Model

extension MemberForm {
    /// Sizes the form for the area it is drawn in (on open and on resize), so moving up and
    /// down by wrapped rows matches what is drawn.
    mutating func fit(_ rect: Rect) {
        let inner = Frame.interior(of: rect)
        form.viewWidth = inner.width
        form.viewHeight = max(1, inner.height - 1)
        form.scrollToFocus()
    }

    /// Draws the form with its problem line, and the discard question on top.
    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let inner = Frame(title: title).render(into: &buffer, rect: rect)
        var cursor = form.render(into: &buffer, rect: inner.droppingBottom(1))
        let line = problem ?? "Tab/↓ 下一项  ←→ 切换选项  Ctrl-S 保存  Esc 返回"
        buffer.put(line, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                   style: problem == nil ? .dim : Style(bold: true, color: .red))
        if confirmingDiscard {
            ConfirmDialog(title: "放弃修改？", message: ["这份党员档案有未保存的修改。", "放弃后将不会保存。"],
                          hint: "y 放弃修改 / n 继续编辑").render(into: &buffer, rect: rect)
            cursor = nil
        }
        return cursor
    }
}
