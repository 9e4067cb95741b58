import Model
/// An in-memory grid of cells that widgets draw into and terminals flush.
///
/// Writing is by cells, never by `String.count`: a wide character takes its cell and a hidden
/// continuation cell, is never split at a clip edge (a space stands in for it), and writing
/// over either half of an existing wide character blanks the other half so no orphan half is
/// left on screen (ratatui `buffer.rs` follows the same rules). Tests read a buffer back with
/// `lines()`.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A buffer of blank cells; negative sizes are treated as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside buffer")
        return cells[y * width + x]
    }

    // MARK: - Writing

    /// Writes `text` at (`x`, `y`) grapheme by grapheme, left to right.
    ///
    /// Output stops at `x + maxWidth` (when given) and at the buffer edge. A wide character
    /// that would straddle that limit is replaced by one space. Control characters and
    /// stand-alone zero-width characters are skipped. Returns the number of cells written.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        var limit = width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        var col = x
        for c in text {
            guard col < limit else { break }
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if col + w > limit {
                if col >= 0 { place(.space(style), x: col, y: y) }
                col += 1
                break
            }
            if col >= 0 {
                place(Cell(text: String(c), width: w, style: style), x: col, y: y)
            } else if col + w > 0 {
                place(.space(style), x: 0, y: y)   // right half of a wide char cut by the left edge
            }
            col += w
        }
        return max(0, col - max(x, 0))
    }

    /// Fills the part of `rect` inside the buffer with `character` in `style`.
    ///
    /// A wide fill character is laid in pairs; an odd cell left at the right is a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let w = DisplayWidth.of(character)
        let fillCharacter: Character = w == 0 ? " " : character
        let run = String(repeating: String(fillCharacter), count: r.width / max(w, 1) + 1)
        for y in r.rows {
            put(run, x: r.x, y: y, maxWidth: r.width, style: style)
        }
    }

    /// Sets the style of every cell in `rect`, keeping the text.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(area)
        for y in r.rows {
            for x in r.columns { cells[y * width + x].style = style }
        }
    }

    /// Places one cell, first blanking any wide character it would cut in half.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        detach(x: x, y: y)
        if cell.width == 2 { detach(x: x + 1, y: y) }
        cells[y * width + x] = cell
        if cell.width == 2 { cells[y * width + x + 1] = .continuation(cell.style) }
    }

    /// If (`x`, `y`) is half of a wide character, blanks the other half.
    private mutating func detach(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = .space(cells[i - 1].style)
        } else if cells[i].width == 2, x + 1 < width {
            cells[i + 1] = .space(cells[i + 1].style)
        }
    }

    // MARK: - Reading

    /// The text of row `y`: continuation cells skipped, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row as text, top to bottom; what a screen test asserts.
    public func lines() -> [String] {
        (0..<height).map(line)
    }

    /// The cells of row `y`, for terminals that flush the buffer.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }
}
