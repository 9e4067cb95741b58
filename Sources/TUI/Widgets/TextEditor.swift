import Model
/// The state of a multi-line text field (会议记录): lines of graphemes, a cursor, editing keys.
///
/// The text is kept as lines of `Character`s, so the cursor counts graphemes and one press of
/// → steps over 中, é or 👍. Lines are wrapped only on screen, by cells (`TextEditor+Layout`):
/// a wide character that would straddle the right edge moves down whole.
///
/// Key handling moves by visual (wrapped) rows, so it needs the size the owner renders at:
/// set `viewWidth` and `viewHeight` to the rect given to `render` (a `Form` does this for its
/// fields). `render` does not mutate: as in `TableView`, it shows the window at `offset`,
/// moved just enough to show the cursor, and `handle` stores that window so the view stays
/// put while the cursor moves inside it.
///
/// Pasted text is cleaned on the way in: every line break becomes a line, a tab becomes
/// spaces up to the next multiple of `tabWidth` cells (so the stored text has no control
/// characters and every grapheme has an honest width), other control characters are dropped.
public struct TextEditor: Hashable, Sendable {
    /// A place in the text: a line, and a grapheme offset within it (0...line length).
    public struct Position: Hashable, Sendable, Comparable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public static func < (a: Position, b: Position) -> Bool {
            (a.line, a.column) < (b.line, b.column)
        }
    }

    /// Cells between tab stops when a pasted tab is expanded.
    public static let tabWidth = 4

    /// The text, one array of graphemes per line; never empty (no text is one empty line).
    public internal(set) var lines: [[Character]]
    /// Where the cursor stands; always inside the text.
    public internal(set) var cursor: Position
    /// The cell column ↑ ↓ PgUp PgDn aim for.
    ///
    /// Set by the first vertical move and kept by the next ones, so the cursor comes back to
    /// its column after passing a shorter row; any other key forgets it.
    public internal(set) var preferredCell: Int?
    /// Index of the first visual row shown.
    public var offset: Int
    /// Cells per visual row for key handling; 0 treats every line as one row.
    public var viewWidth: Int
    /// Visual rows shown: the window kept around the cursor, the page for PgUp/PgDn, and the
    /// rows a `Form` gives the field.
    public var viewHeight: Int

    /// An editor holding `text` with the cursor at its start, where a reader begins.
    public init(text: String = "", viewWidth: Int = 0, viewHeight: Int = 6) {
        self.lines = Self.cleanLines(text, startingAtCell: 0)
        self.cursor = Position(line: 0, column: 0)
        self.preferredCell = nil
        self.offset = 0
        self.viewWidth = viewWidth
        self.viewHeight = viewHeight
    }

    /// The whole text, lines joined by "\n". Assigning cleans it as a paste and keeps the
    /// cursor inside.
    public var text: String {
        get { lines.map { String($0) }.joined(separator: "\n") }
        set {
            lines = Self.cleanLines(newValue, startingAtCell: 0)
            preferredCell = nil
            clampCursor()
        }
    }

    /// Whether there is no text at all.
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    // MARK: - Editing

    /// Inserts `s` at the cursor and leaves the cursor after it: a typed character or a paste.
    ///
    /// One pass over `s` and one splice of the line array, so a 100 KB paste costs about as
    /// much as reading it once.
    public mutating func insert(_ s: String) {
        preferredCell = nil
        let line = lines[cursor.line]
        let head = Array(line[..<cursor.column])
        let tail = Array(line[cursor.column...])
        var pieces = Self.cleanLines(s, startingAtCell: DisplayWidth.of(String(head)))
        guard pieces.count > 1 || !pieces[0].isEmpty else { return }
        pieces[0] = Self.joined(head, pieces[0])
        let last = pieces.count - 1
        let column = pieces[last].count
        pieces[last] = Self.joined(pieces[last], tail)
        lines.replaceSubrange(cursor.line...cursor.line, with: pieces)
        cursor = Position(line: cursor.line + last, column: min(column, pieces[last].count))
    }

    /// Deletes the grapheme before the cursor; at the start of a line, joins it to the one
    /// above.
    public mutating func backspace() {
        preferredCell = nil
        if cursor.column > 0 {
            cursor.column -= 1
            removeGrapheme(at: cursor)
        } else if cursor.line > 0 {
            cursor = Position(line: cursor.line - 1, column: lines[cursor.line - 1].count)
            joinWithNextLine(cursor.line)
        }
    }

    /// Deletes the grapheme under the cursor; at the end of a line, joins the next line to it.
    public mutating func delete() {
        preferredCell = nil
        if cursor.column < lines[cursor.line].count {
            removeGrapheme(at: cursor)
        } else if cursor.line < lines.count - 1 {
            joinWithNextLine(cursor.line)
        }
    }

    /// Deletes from the cursor to the end of its line (Ctrl-K); at the end of a line, joins
    /// the next one, as Emacs does, so repeated Ctrl-K keeps deleting.
    public mutating func deleteToEnd() {
        preferredCell = nil
        if cursor.column < lines[cursor.line].count {
            lines[cursor.line].removeSubrange(cursor.column...)
        } else {
            delete()
        }
    }

    /// Applies an editing or movement key; true if the key was used.
    ///
    /// Characters insert, Enter breaks the line, Backspace/Delete/Ctrl-K delete, ← → move by
    /// grapheme across lines, ↑ ↓ PgUp PgDn by visual row, Home/End to the ends of the visual
    /// row, Ctrl-A/Ctrl-E to the ends of the line. ↑ on the first row and ↓ on the last return
    /// false, so a form can move to the neighbouring field. Esc, Tab and other chords (Ctrl-S)
    /// are left to the caller.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .enter: insert("\n")
        case .backspace: backspace()
        case .delete: delete()
        case .ctrl("k"): deleteToEnd()
        case .left: moveLeft()
        case .right: moveRight()
        case .up: if !moveUp() { return false }
        case .down: if !moveDown() { return false }
        case .pageUp: pageUp()
        case .pageDown: pageDown()
        case .home: moveToRowStart()
        case .end: moveToRowEnd()
        case .ctrl("a"): moveToLineStart()
        case .ctrl("e"): moveToLineEnd()
        default: return false
        }
        scrollToCursor()
        return true
    }

    // MARK: - Helpers

    mutating func clampCursor() {
        cursor.line = min(max(0, cursor.line), lines.count - 1)
        cursor.column = min(max(0, cursor.column), lines[cursor.line].count)
    }

    private mutating func removeGrapheme(at p: Position) {
        var line = lines[p.line]
        lines[p.line] = []   // drop the array's second reference so the edit below is in place
        line.remove(at: p.column)
        if p.column > 0, p.column < line.count {
            // Deleting x from "ᄀxᅡ" leaves two jamo that Unicode reads as one syllable.
            line = Self.joined(Array(line[..<p.column]), Array(line[p.column...]))
        }
        lines[p.line] = line
    }

    private mutating func joinWithNextLine(_ i: Int) {
        lines[i] = Self.joined(lines[i], lines[i + 1])
        lines.remove(at: i + 1)
        clampCursor()
    }

    /// `a` followed by `b`, made one grapheme at the seam when Unicode reads it as one: an
    /// accent pasted after its letter, or a line that began with a combining mark.
    static func joined(_ a: [Character], _ b: [Character]) -> [Character] {
        guard let last = a.last, let first = b.first else { return a + b }
        let seam = String(last) + String(first)
        guard seam.count == 1 else { return a + b }
        return a.dropLast() + [Character(seam)] + b.dropFirst()
    }

    /// Splits `s` into cleaned lines: every line break Swift knows ("\r\n", "\r", "\n", VT,
    /// FF, NEL, U+2028, U+2029) ends a line, tabs become spaces to the next tab stop counted
    /// from `startCell`, and other control characters are dropped. Always at least one line.
    static func cleanLines(_ s: String, startingAtCell startCell: Int) -> [[Character]] {
        var result: [[Character]] = []
        var current: [Character] = []
        var cell = startCell
        for c in s {
            if c.isNewline {
                result.append(current)
                current = []
                cell = 0
            } else if c == "\t" {
                let spaces = tabWidth - cell % tabWidth
                current.append(contentsOf: repeatElement(" ", count: spaces))
                cell += spaces
            } else if !isControl(c) {
                current.append(c)
                cell += DisplayWidth.of(c)
            }
        }
        result.append(current)
        return result
    }

    private static func isControl(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii < 0x20 || ascii == 0x7F }
        return c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
