import Model
/// Read-only text that wraps by cells and scrolls by lines: record details, help pages.
///
/// `render` does not mutate: it clamps `offset` so the last page is never scrolled past.
/// `scroll(by:)` alone only stops at the top; pass the viewport to
/// `scroll(by:viewport:)` (as `handle` does) to stop at the bottom too.
public struct TextView: Hashable, Sendable {
    public var text: String
    /// Index of the first wrapped line shown.
    public var offset: Int
    public var style: Style

    public init(text: String, style: Style = .plain) {
        self.text = text
        self.offset = 0
        self.style = style
    }

    /// The wrapped lines for a view `width` cells wide.
    public func lines(width: Int) -> [String] {
        DisplayWidth.wrap(text, width: width)
    }

    /// Scrolls by `delta` lines (negative: up), not above the first line.
    public mutating func scroll(by delta: Int) {
        offset = max(0, offset + delta)
    }

    /// Scrolls by `delta` lines within the limits of `viewport`.
    public mutating func scroll(by delta: Int, viewport: Rect) {
        offset = min(max(0, offset + delta), maxOffset(viewport: viewport))
    }

    /// The largest useful `offset`: the one showing the last line at the bottom.
    public func maxOffset(viewport: Rect) -> Int {
        max(0, lines(width: viewport.width).count - viewport.height)
    }

    /// Applies a scrolling key (↑ ↓ PgUp PgDn Space Home End); true if the key was used.
    public mutating func handle(_ key: Key, viewport: Rect) -> Bool {
        let page = max(1, viewport.height - 1)   // keep one line of context across pages
        switch key {
        case .up: scroll(by: -1, viewport: viewport)
        case .down: scroll(by: 1, viewport: viewport)
        case .pageUp: scroll(by: -page, viewport: viewport)
        case .pageDown, .char(" "): scroll(by: page, viewport: viewport)
        case .home: offset = 0
        case .end: offset = maxOffset(viewport: viewport)
        default: return false
        }
        return true
    }

    /// Draws the visible lines into `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: style)
        let all = lines(width: rect.width)
        let first = min(offset, max(0, all.count - rect.height))
        for (i, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + i, maxWidth: rect.width, style: style)
        }
    }
}
