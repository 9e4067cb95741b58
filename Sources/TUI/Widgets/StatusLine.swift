import Model
/// A one-row bar: a message on the left, key hints on the right, in reverse video.
///
/// The left text wins when both do not fit: it carries messages such as "已保存" or an error,
/// which matter more than the hints. Hints are then shortened, or dropped when fewer than
/// four cells remain.
public struct StatusLine: Hashable, Sendable {
    public var left: String
    public var right: String
    public var style: Style

    public init(left: String = "", right: String = "", style: Style = .reverse) {
        self.left = left
        self.right = right
        self.style = style
    }

    /// Formats key hints the house way: `hints([("q", "退出"), ("?", "帮助")])` is
    /// `"q 退出  ? 帮助"`.
    public static func hints(_ pairs: [(key: String, action: String)]) -> String {
        pairs.map { "\($0.key) \($0.action)" }.joined(separator: "  ")
    }

    /// Draws the bar in the first row of `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        let bar = rect.row(0)
        guard !bar.isEmpty else { return }
        buffer.fill(bar, style: style)
        // One space of margin each side, as in most terminal status bars.
        let inner = bar.inset(dx: 1, dy: 0)
        let leftText = DisplayWidth.truncate(left, toWidth: inner.width)
        let used = DisplayWidth.of(leftText)
        buffer.put(leftText, x: inner.x, y: inner.y, maxWidth: inner.width, style: style)

        let room = inner.width - used - (used > 0 ? 2 : 0)
        guard room >= 4 || DisplayWidth.of(right) <= room, room > 0, !right.isEmpty else { return }
        let rightText = DisplayWidth.truncate(right, toWidth: room)
        let x = inner.maxX - DisplayWidth.of(rightText)
        buffer.put(rightText, x: x, y: inner.y, maxWidth: inner.maxX - x, style: style)
    }
}
