import Model
/// A one-line question in a titled box, centred over whatever is behind it: 请假事由, a new
/// name, a filter.
///
/// ```
/// ┌─ 欧阳修 请假事由 ──────────────────┐
/// │ 出差                               │
/// │ Enter 确定  Esc 取消               │
/// └────────────────────────────────────┘
/// ```
/// The input row is underlined so its extent shows without colour. Enter submits the text as
/// typed (trimming, and deciding whether empty is acceptable, are the owner's); Esc cancels.
public struct Prompt: Hashable, Sendable {
    /// What a key did, for the owner.
    public enum Event: Hashable, Sendable {
        case handled
        case ignored
        /// Enter, with the text.
        case submitted(String)
        /// Esc.
        case cancelled
    }

    /// The widest the box grows, in cells, before the editor scrolls instead.
    public static let preferredWidth = 50

    public var title: String
    public var editor: LineEditor
    public var hint: String

    /// A prompt holding `text` with the cursor at its end.
    public init(title: String, text: String = "", hint: String = "Enter 确定  Esc 取消") {
        self.title = title
        self.editor = LineEditor(text: text)
        self.hint = hint
    }

    /// The text typed so far.
    public var text: String { editor.text }

    /// Applies a key: editing keys go to the editor, Enter submits, Esc cancels.
    public mutating func handle(_ key: Key) -> Event {
        switch key {
        case .enter: return .submitted(editor.text)
        case .escape: return .cancelled
        default: return editor.handle(key) ? .handled : .ignored
        }
    }

    /// The box the prompt occupies when centred in `rect`: wide enough for the title and the
    /// hint, at least `preferredWidth` when `rect` allows, four rows tall.
    public func frame(in rect: Rect) -> Rect {
        let natural = max(Self.preferredWidth, DisplayWidth.of(title) + 8,
                          DisplayWidth.of(hint) + 4)
        return rect.centered(width: natural, height: 4)
    }

    /// Draws the prompt centred in `rect` and returns the cursor's screen position, or nil
    /// when `rect` is too small for the box.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let box = frame(in: rect)
        guard box.width >= 4, box.height >= 4 else { return nil }
        let inner = Frame(title: title).render(into: &buffer, rect: box).inset(dx: 1, dy: 0)
        let x = editor.render(into: &buffer, rect: inner.row(0), style: .underline)
        buffer.put(hint, x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: .dim)
        return (x, inner.y)
    }
}
