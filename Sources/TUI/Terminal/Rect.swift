/// A rectangle of cells: where a widget may draw.
///
/// Coordinates are cells from the top-left of the screen; `x`/`y` are columns/rows. Helpers
/// never produce negative sizes, so layout code can subtract freely on a tiny terminal.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a `width` × `height` screen.
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// The row numbers the rectangle covers, top to bottom.
    public var rows: Range<Int> { y..<maxY }
    /// The column numbers the rectangle covers, left to right.
    public var columns: Range<Int> { x..<maxX }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle shrunk by `n` cells on every side (a box's interior is `inset(by: 1)`).
    public func inset(by n: Int) -> Rect {
        inset(dx: n, dy: n)
    }

    /// The rectangle shrunk by `dx` columns left and right and `dy` rows top and bottom.
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The single row `i` rows below the top (clipped to the rectangle).
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y + i, width: width, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }

    /// The top `n` rows.
    public func top(_ n: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(max(0, n), height))
    }

    /// The bottom `n` rows.
    public func bottom(_ n: Int) -> Rect {
        let h = min(max(0, n), height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }

    /// Everything below the top `n` rows.
    public func droppingTop(_ n: Int) -> Rect {
        let k = min(max(0, n), height)
        return Rect(x: x, y: y + k, width: width, height: height - k)
    }

    /// Everything above the bottom `n` rows.
    public func droppingBottom(_ n: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(max(0, n), height))
    }

    /// The overlap of two rectangles (empty, at `self`'s origin, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A `width` × `height` rectangle centred in this one, clipped to it (for dialogs).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width), ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}
