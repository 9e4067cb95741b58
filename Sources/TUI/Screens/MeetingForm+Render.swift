import Foundation
import Model

extension MeetingForm {
    /// Sizes the widgets for the area the form is drawn in (called on open and on resize),
    /// so that moving up and down by wrapped rows matches what is drawn.
    mutating func fit(_ rect: Rect) {
        panel.fit(rect)
        picker?.viewHeight = max(1, Frame.interior(of: rect).height - 2)
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
            // The panel draws the discard question itself, on top of the form.
            cursor = panel.render(title: title, into: &buffer, rect: rect)
        }
        if let reasonPrompt {
            cursor = reasonPrompt.render(into: &buffer, rect: rect)
        }
        return cursor
    }
}
