import Model
/// A yes/no question in a titled box, centred over whatever is behind it.
///
/// ```
/// ┌─ 删除记录 ─────────────┐
/// │ 确定删除 2024-03 的    │
/// │ 支部党员大会记录吗？   │
/// │                        │
/// │ y 确定 / n 取消        │
/// └────────────────────────┘
/// ```
/// Only `y` confirms. Enter does not, because this guards deletions and an Enter typed a
/// moment too late must not answer it.
public struct ConfirmDialog: Hashable, Sendable {
    /// The widest the message area grows before wrapping, in cells, for readability.
    public static let maxTextWidth = 56

    public var title: String
    /// Message paragraphs; each is wrapped by cells to the dialog width.
    public var message: [String]
    public var hint: String

    public init(title: String, message: [String], hint: String = "y 确定 / n 取消") {
        self.title = title
        self.message = message
        self.hint = hint
    }

    /// The answer a key gives: true for y/Y, false for n/N/Esc, nil for any other key.
    public static func decision(for key: Key) -> Bool? {
        switch key {
        case .char("y"), .char("Y"): return true
        case .char("n"), .char("N"), .escape: return false
        default: return nil
        }
    }

    /// The box the dialog occupies when centred in `rect`.
    public func frame(in rect: Rect) -> Rect {
        let textWidth = self.textWidth(in: rect)
        let height = wrappedLines(width: textWidth).count + 4   // borders, blank line, hint
        return rect.centered(width: textWidth + 4, height: height)
    }

    /// Draws the dialog centred in `rect` and returns the box it used.
    ///
    /// When `rect` is too short, message lines are cut from the bottom; the hint always shows.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> Rect {
        let box = frame(in: rect)
        guard box.width >= 4, box.height >= 3 else { return box }
        let inner = Frame(title: title).render(into: &buffer, rect: box).inset(dx: 1, dy: 0)
        let lines = wrappedLines(width: inner.width)
        let messageRows = max(0, inner.height - 2)
        for (i, line) in lines.prefix(messageRows).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: .bold)
        return box
    }

    /// Cells available for text: the widest line or hint, capped by `maxTextWidth` and `rect`.
    private func textWidth(in rect: Rect) -> Int {
        let natural = (message.flatMap { $0.split(whereSeparator: \.isNewline) }.map {
            DisplayWidth.of(String($0))
        } + [DisplayWidth.of(hint), DisplayWidth.of(title) + 4]).max() ?? 0
        return max(1, min(natural, Self.maxTextWidth, rect.width - 4))
    }

    private func wrappedLines(width: Int) -> [String] {
        message.flatMap { DisplayWidth.wrap($0, width: width) }
    }
}
