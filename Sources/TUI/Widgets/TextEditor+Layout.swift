import Model
// MARK: - Wrapping, scrolling and drawing

extension TextEditor {
    /// One visual row on screen: graphemes `start..<end` of line `line`.
    struct VisualRow: Hashable {
        var line: Int
        var start: Int
        var end: Int
        /// Only on the last row of its line may the cursor stand at `end`; on the others that
        /// place is the start of the next row.
        var isLast: Bool
    }

    /// Where each visual row of `line` starts, for rows `width` cells wide.
    ///
    /// Wrapping is by character, not by word (unlike `DisplayWidth.wrap`): a row ends where the
    /// next grapheme would not fit, and nothing is dropped or carried at a break, so every
    /// grapheme has exactly one place on screen and the cursor one cell. A line that fills its
    /// last row exactly gets an empty row after it, where the cursor at its end stands. A row
    /// always takes at least one grapheme, so 中 in a one-cell view still gets a row.
    static func rowStarts(_ line: [Character], width: Int) -> [Int] {
        guard width > 0 else { return [0] }
        var starts = [0]
        var used = 0
        for (i, c) in line.enumerated() {
            let w = DisplayWidth.of(c)
            if used + w > width, i > starts[starts.count - 1] {
                starts.append(i)
                used = 0
            }
            used += w
        }
        if used >= width, !line.isEmpty { starts.append(line.count) }
        return starts
    }

    /// Every visual row of the text, top to bottom, for a view `width` cells wide.
    func rows(width: Int) -> [VisualRow] {
        var rows: [VisualRow] = []
        rows.reserveCapacity(lines.count)
        for (l, line) in lines.enumerated() {
            let starts = Self.rowStarts(line, width: width)
            for (k, start) in starts.enumerated() {
                let isLast = k == starts.count - 1
                rows.append(VisualRow(line: l, start: start,
                                      end: isLast ? line.count : starts[k + 1], isLast: isLast))
            }
        }
        return rows
    }

    /// The wrapped rows as text, for a view `width` cells wide (what `render` shows, unclipped).
    public func visualRows(width: Int) -> [String] {
        rows(width: width).map { String(lines[$0.line][$0.start..<$0.end]) }
    }

    /// Index in `rows` of the row showing `p`: the last row starting at or before it.
    func rowIndex(of p: Position, in rows: [VisualRow]) -> Int {
        var low = 0, high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let row = rows[mid]
            if row.line < p.line || (row.line == p.line && row.start <= p.column) {
                low = mid
            } else {
                high = mid - 1
            }
        }
        return low
    }

    /// Cells from the start of `row` to `p`, which must be in it.
    func cell(of p: Position, in row: VisualRow) -> Int {
        var cells = 0
        for c in lines[row.line][row.start..<max(row.start, p.column)] {
            cells += DisplayWidth.of(c)
        }
        return cells
    }

    /// The place in `row` nearest to cell column `target`.
    ///
    /// A cell inside a grapheme gives that grapheme's start, so aiming at the right half of 中
    /// lands before 中. Past the end of the row, the cursor stops at the row's end, or on its
    /// last grapheme when the row wraps (its end is the next row's start).
    func position(atCell target: Int, in row: VisualRow) -> Position {
        let line = lines[row.line]
        var cells = 0
        for i in row.start..<row.end {
            let w = DisplayWidth.of(line[i])
            if target < cells + w { return Position(line: row.line, column: i) }
            cells += w
        }
        let end = row.isLast ? row.end : max(row.start, row.end - 1)
        return Position(line: row.line, column: end)
    }

    // MARK: Scrolling

    /// The first visual row `render` shows in a `width` × `height` view: `offset`, moved just
    /// enough to show the cursor, and never past the point where the last row is at the bottom.
    public func visibleOffset(width: Int, height: Int) -> Int {
        let rows = self.rows(width: width)
        return visibleOffset(rowCount: rows.count, cursorRow: rowIndex(of: cursor, in: rows),
                             height: height)
    }

    func visibleOffset(rowCount: Int, cursorRow: Int, height: Int) -> Int {
        let page = max(1, height)
        var first = min(offset, max(0, rowCount - page))
        if cursorRow < first { first = cursorRow }
        if cursorRow >= first + page { first = cursorRow - page + 1 }
        return max(0, first)
    }

    /// Stores in `offset` the smallest scroll of the `viewWidth` × `viewHeight` view that
    /// shows the cursor. `handle` calls it; call it after moving the cursor by other means.
    public mutating func scrollToCursor() {
        offset = visibleOffset(width: viewWidth, height: viewHeight)
    }

    /// The cursor's place in a `width` × `height` view scrolled as `render` would, from the
    /// view's top-left corner.
    public func cursorPosition(width: Int, height: Int) -> (x: Int, y: Int) {
        let rows = self.rows(width: width)
        let index = rowIndex(of: cursor, in: rows)
        let first = visibleOffset(rowCount: rows.count, cursorRow: index, height: height)
        let x = cell(of: cursor, in: rows[index])
        return (width > 0 ? min(x, width - 1) : x, index - first)
    }

    // MARK: Rendering

    /// Draws the visible rows into `rect` and returns the cursor's screen position (for
    /// `Terminal.draw(_:cursor:)`), or nil when `rect` is empty.
    @discardableResult
    public func render(
        into buffer: inout ScreenBuffer, rect: Rect, style: Style = .plain
    ) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect, style: style)
        let rows = self.rows(width: rect.width)
        let cursorRow = rowIndex(of: cursor, in: rows)
        let first = visibleOffset(rowCount: rows.count, cursorRow: cursorRow, height: rect.height)
        for (i, row) in rows[first..<min(rows.count, first + rect.height)].enumerated() {
            buffer.put(String(lines[row.line][row.start..<row.end]), x: rect.x, y: rect.y + i,
                       maxWidth: rect.width, style: style)
        }
        let x = cell(of: cursor, in: rows[cursorRow])
        return (rect.x + min(x, rect.width - 1), rect.y + cursorRow - first)
    }
}
