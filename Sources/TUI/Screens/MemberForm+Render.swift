import Foundation
import Model

extension MemberForm {
    /// Sizes the form for the area it is drawn in (on open and on resize), so moving up and
    /// down by wrapped rows matches what is drawn.
    mutating func fit(_ rect: Rect) { panel.fit(rect) }

    /// Draws the form with its problem line, and the discard question on top.
    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        panel.render(title: title, into: &buffer, rect: rect)
    }
}
