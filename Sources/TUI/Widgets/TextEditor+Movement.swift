import Model
// MARK: - Cursor movement

extension TextEditor {
    /// One grapheme left, onto the end of the line above from the start of a line.
    public mutating func moveLeft() {
        preferredCell = nil
        if cursor.column > 0 {
            cursor.column -= 1
        } else if cursor.line > 0 {
            cursor = Position(line: cursor.line - 1, column: lines[cursor.line - 1].count)
        }
    }

    /// One grapheme right, onto the start of the next line from the end of a line.
    public mutating func moveRight() {
        preferredCell = nil
        if cursor.column < lines[cursor.line].count {
            cursor.column += 1
        } else if cursor.line < lines.count - 1 {
            cursor = Position(line: cursor.line + 1, column: 0)
        }
    }

    /// One visual row up, keeping the cell column; false (and no move) on the first row.
    @discardableResult
    public mutating func moveUp() -> Bool { moveByRows(-1) }

    /// One visual row down, keeping the cell column; false (and no move) on the last row.
    @discardableResult
    public mutating func moveDown() -> Bool { moveByRows(1) }

    /// Up one page of `viewHeight - 1` rows (one row of context stays), scrolling with it.
    public mutating func pageUp() {
        let page = max(1, viewHeight - 1)
        offset = max(0, visibleOffset(width: viewWidth, height: viewHeight) - page)
        moveByRows(-page)
    }

    /// Down one page of `viewHeight - 1` rows (one row of context stays), scrolling with it.
    public mutating func pageDown() {
        let page = max(1, viewHeight - 1)
        offset = visibleOffset(width: viewWidth, height: viewHeight) + page
        moveByRows(page)
    }

    /// To the start of the visual row.
    public mutating func moveToRowStart() {
        preferredCell = nil
        let rows = self.rows(width: viewWidth)
        cursor.column = rows[rowIndex(of: cursor, in: rows)].start
    }

    /// To the end of the visual row: onto its last grapheme when the row wraps, since the
    /// place after it is the start of the next row.
    public mutating func moveToRowEnd() {
        preferredCell = nil
        let rows = self.rows(width: viewWidth)
        let row = rows[rowIndex(of: cursor, in: rows)]
        cursor.column = row.isLast ? row.end : max(row.start, row.end - 1)
    }

    /// To the start of the line (Ctrl-A).
    public mutating func moveToLineStart() {
        preferredCell = nil
        cursor.column = 0
    }

    /// To the end of the line (Ctrl-E).
    public mutating func moveToLineEnd() {
        preferredCell = nil
        cursor.column = lines[cursor.line].count
    }

    /// To the very start of the text.
    public mutating func moveToStart() {
        preferredCell = nil
        cursor = Position(line: 0, column: 0)
    }

    /// To the very end of the text, for appending to existing minutes.
    public mutating func moveToEnd() {
        preferredCell = nil
        cursor = Position(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// Moves `delta` visual rows (clamped to the text) towards `preferredCell`, remembering
    /// it; false when already on the first or last row.
    @discardableResult
    mutating func moveByRows(_ delta: Int) -> Bool {
        let rows = self.rows(width: viewWidth)
        let here = rowIndex(of: cursor, in: rows)
        let target = min(max(0, here + delta), rows.count - 1)
        guard target != here else { return false }
        let cell = preferredCell ?? self.cell(of: cursor, in: rows[here])
        cursor = position(atCell: cell, in: rows[target])
        preferredCell = cell
        return true
    }
}
