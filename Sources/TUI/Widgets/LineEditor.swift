import Model
/// The state of a one-line text field: text, a cursor between graphemes, editing keys.
///
/// The cursor counts graphemes (so one press of ← steps over 中 or é) and the view scrolls by
/// cells. `render` does not mutate: it scrolls in half-field jumps chosen from the cursor
/// alone, like readline's horizontal-scroll mode, so the text does not slide on every key.
public struct LineEditor: Hashable, Sendable {
    /// The text being edited; assigning it drops control characters and keeps the cursor
    /// inside.
    public var text: String {
        didSet {
            if text.contains(where: Self.isControl) { text = Self.clean(text) }
            cursor = min(cursor, text.count)
        }
    }
    /// Cursor position as a grapheme index, 0...text.count.
    public private(set) var cursor: Int

    /// An editor holding `text` with the cursor at its end.
    public init(text: String = "") {
        self.text = Self.clean(text)
        self.cursor = self.text.count
    }

    // MARK: - Editing

    /// Inserts `s` at the cursor (a typed character or a whole paste). Line breaks and other
    /// control characters are dropped: a single-line field cannot hold them.
    public mutating func insert(_ s: String) {
        let clean = Self.clean(s)
        guard !clean.isEmpty else { return }
        let split = index(cursor)
        let head = text[..<split] + clean
        // Count after joining: a pasted combining accent merges with the grapheme before it.
        let newCursor = head.count
        text = String(head) + text[split...]
        cursor = newCursor
    }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        // Move first: text's didSet clamps the cursor, so moving after would step twice at the end.
        cursor -= 1
        text.remove(at: index(cursor))
    }

    /// Deletes the grapheme under the cursor.
    public mutating func delete() {
        guard cursor < text.count else { return }
        text.remove(at: index(cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Deletes everything before the cursor (Ctrl-U, as in shells).
    public mutating func deleteToStart() {
        text.removeSubrange(..<index(cursor))
        cursor = 0
    }

    /// Deletes everything from the cursor on (Ctrl-K).
    public mutating func deleteToEnd() {
        text.removeSubrange(index(cursor)...)
    }

    /// Applies an editing key; true if the key was used.
    ///
    /// Handles characters, ← → Home End Backspace Delete and the shell chords Ctrl-A, Ctrl-E,
    /// Ctrl-U, Ctrl-K. Enter, Esc, Tab and other chords are left to the caller.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .backspace: backspace()
        case .delete: delete()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    private func index(_ graphemeOffset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: graphemeOffset)
    }

    private static func clean(_ s: String) -> String {
        String(s.filter { !isControl($0) })
    }

    private static func isControl(_ c: Character) -> Bool {
        c.isNewline || c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    // MARK: - Rendering

    /// The first cell of the text shown in a field `width` cells wide.
    ///
    /// Zero while the text and the cursor fit; otherwise advances in steps of half the field
    /// until the cursor's cell is inside, then onto a character boundary.
    public func scrollOffset(width: Int) -> Int {
        guard width > 1 else { return cursorCell }
        let cursorCell = self.cursorCell
        let step = max(1, width / 2)
        var start = 0
        while cursorCell - start >= width { start += step }
        // Never start in the middle of a wide character.
        var cell = 0
        for c in text {
            if cell >= start { break }
            cell += DisplayWidth.of(c)
        }
        return min(cell, cursorCell)
    }

    /// Cells from the start of the text to the cursor.
    public var cursorCell: Int {
        DisplayWidth.of(String(text[..<index(cursor)]))
    }

    /// Draws the visible part of the text in the first row of `rect` and returns the cursor's
    /// screen column (for `Terminal.draw(_:cursor:)`).
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect, style: Style = .plain) -> Int {
        let field = rect.row(0)
        guard !field.isEmpty else { return rect.x }
        buffer.fill(field, style: style)
        let start = scrollOffset(width: field.width)
        var visible = ""
        var cell = 0
        for c in text {
            if cell >= start { visible.append(c) }
            cell += DisplayWidth.of(c)
        }
        buffer.put(visible, x: field.x, y: field.y, maxWidth: field.width, style: style)
        return min(field.x + cursorCell - start, field.maxX - 1)
    }

    /// The cursor's screen position when rendered in `rect`.
    public func cursorPosition(in rect: Rect) -> (x: Int, y: Int) {
        let start = scrollOffset(width: rect.width)
        return (min(rect.x + cursorCell - start, rect.maxX - 1), rect.y)
    }
}
