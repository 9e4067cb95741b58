import Foundation
import Model

extension MemberPage {
    /// Draws the page in a frame, and the move's menu, prompt or refusal on top; returns the
    /// cursor while a prompt is open.
    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        text.render(into: &buffer, rect: Frame(title: title).render(into: &buffer, rect: rect))
        return move?.render(into: &buffer, rect: rect)
    }

    /// Key hints for the status line.
    var hints: String {
        switch move?.step {
        case .choosing?: return StatusLine.hints([("↑↓", "选择"), ("Enter", "确定"), ("Esc", "取消")])
        case .date?, .months?: return StatusLine.hints([("Enter", "确定"), ("Esc", "取消")])
        case .refused?: return StatusLine.hints([("Enter", "返回修改"), ("Esc", "取消")])
        case nil:
            return StatusLine.hints([("e", "编辑"), ("p", "身份变更"), ("r", revealed ? "隐藏证件号" : "显示证件号"), ("Esc", "返回")])
        }
    }
}
