import Model
/// A box drawn with ─│┌┐└┘ and a title set into the top border: `┌─ 标题 ───┐`.
///
/// The box characters are East Asian "ambiguous" width; they take one cell here and in
/// terminals with default settings. A terminal set to draw ambiguous characters wide will
/// misalign every box, which is a terminal setting to fix, not something to code around.
public struct Frame: Hashable, Sendable {
    public var title: String
    public var style: Style
    public var titleStyle: Style

    public init(title: String = "", style: Style = .plain, titleStyle: Style = .bold) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
    }

    /// The area inside the border of a box drawn in `rect`.
    public static func interior(of rect: Rect) -> Rect {
        rect.inset(by: 1)
    }

    /// Clears `rect`, draws the box around it and returns the interior.
    ///
    /// The title is truncated to fit between the corners; a box under 2×2 cells draws nothing.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Self.interior(of: rect) }
        buffer.fill(rect)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: style)
            buffer.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        buffer.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)

        // "─ 标题 ": a rule cell and a space either side keep the title off the corner.
        let room = rect.width - 4
        if !title.isEmpty, room >= 3 {
            let shown = DisplayWidth.truncate(title, toWidth: room - 2)
            buffer.put(" " + shown + " ", x: rect.x + 2, y: rect.y, maxWidth: room,
                       style: titleStyle)
        }
        return Self.interior(of: rect)
    }
}
