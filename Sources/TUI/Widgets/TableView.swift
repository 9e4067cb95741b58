import Model
/// A scrolling table with a bold header row and one selected row.
///
/// Columns are sized in cells (`TableColumn.Width`) and separated by two spaces; every cell is
/// padded or truncated with `DisplayWidth`, so 欧阳修 and 王五 line up.
///
/// Scrolling: `render` does not mutate. It shows the window starting at `offset`, moved just
/// enough to keep `selected` visible (`visibleOffset(visibleRows:)`). The movement methods
/// that know the page height (`pageUp`, `pageDown`, `scrollToSelection`, `handle`) also store
/// that window in `offset`, so the view stays put as the selection moves within it. Call
/// `scrollToSelection(visibleRows:)` after changing `selected` directly.
public struct TableView: Hashable, Sendable {
    /// Cells between two columns.
    public static let columnGap = 2

    public var columns: [TableColumn]
    /// Row texts, one string per column; missing cells show empty.
    public var rows: [[String]] {
        didSet { clampSelection() }
    }
    /// Index of the selected row (0 when the table is empty).
    public var selected: Int
    /// Index of the first row shown.
    public var offset: Int
    /// Shown under the header when there are no rows.
    public var emptyMessage: String

    public init(
        columns: [TableColumn], rows: [[String]] = [], selected: Int = 0,
        emptyMessage: String = "（无记录）"
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = 0
        self.emptyMessage = emptyMessage
        clampSelection()
    }

    // MARK: - Selection

    /// Moves the selection by `delta` rows, stopping at the first and last row.
    public mutating func moveSelection(by delta: Int) {
        selected += delta
        clampSelection()
    }

    /// Selects the first row.
    public mutating func home() {
        selected = 0
        offset = 0
    }

    /// Selects the last row.
    public mutating func end() {
        selected = max(0, rows.count - 1)
    }

    /// Moves up one page, keeping the selection on the same screen line where possible.
    public mutating func pageUp(visibleRows: Int) {
        let page = max(1, visibleRows)
        offset = max(0, visibleOffset(visibleRows: page) - page)
        moveSelection(by: -page)
        scrollToSelection(visibleRows: page)
    }

    /// Moves down one page, keeping the selection on the same screen line where possible.
    public mutating func pageDown(visibleRows: Int) {
        let page = max(1, visibleRows)
        offset = visibleOffset(visibleRows: page) + page
        moveSelection(by: page)
        scrollToSelection(visibleRows: page)
    }

    /// Stores in `offset` the smallest scroll that shows the selected row.
    public mutating func scrollToSelection(visibleRows: Int) {
        offset = visibleOffset(visibleRows: visibleRows)
    }

    /// The first row `render` will show with `visibleRows` rows of room: `offset`, moved just
    /// enough to show the selection, and never past the point where the last row is at the
    /// bottom.
    public func visibleOffset(visibleRows: Int) -> Int {
        let page = max(1, visibleRows)
        var first = min(offset, max(0, rows.count - page))
        if selected < first { first = selected }
        if selected >= first + page { first = selected - page + 1 }
        return max(0, first)
    }

    /// Rows of data that fit in `rect` under the header.
    public static func visibleRows(in rect: Rect) -> Int {
        max(0, rect.height - 1)
    }

    /// Applies a navigation key (↑ ↓ PgUp PgDn Home End); true if the key was used.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Bool {
        switch key {
        case .up: moveSelection(by: -1)
        case .down: moveSelection(by: 1)
        case .pageUp: pageUp(visibleRows: visibleRows)
        case .pageDown: pageDown(visibleRows: visibleRows)
        case .home: home()
        case .end: end()
        default: return false
        }
        scrollToSelection(visibleRows: visibleRows)
        return true
    }

    private mutating func clampSelection() {
        selected = min(max(0, selected), max(0, rows.count - 1))
    }

    // MARK: - Layout

    /// Each column's width in cells for a table `totalWidth` cells wide.
    ///
    /// Fixed columns get their width; flex columns share what is left after the gaps, at least
    /// their minimum each, the first ones taking one extra cell when it does not divide evenly.
    /// When even the minimums do not fit, the table is cut off at the right edge.
    public func columnWidths(totalWidth: Int) -> [Int] {
        let gaps = Self.columnGap * max(0, columns.count - 1)
        var fixedTotal = 0
        var flexIndices: [Int] = []
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let w): fixedTotal += max(0, w)
            case .flex(let minimum): fixedTotal += max(0, minimum); flexIndices.append(i)
            }
        }
        let spare = max(0, totalWidth - gaps - fixedTotal)
        return columns.enumerated().map { i, column in
            switch column.width {
            case .fixed(let w):
                return max(0, w)
            case .flex(let minimum):
                let rank = flexIndices.firstIndex(of: i) ?? 0
                let share = spare / flexIndices.count + (rank < spare % flexIndices.count ? 1 : 0)
                return max(0, minimum) + share
            }
        }
    }

    // MARK: - Rendering

    /// Draws the header and the visible rows into `rect`.
    ///
    /// The selected row is reversed when `focused`, underlined otherwise, across the full width.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        let widths = columnWidths(totalWidth: rect.width)
        buffer.put(line(columns.map(\.title), widths: widths), x: rect.x, y: rect.y,
                   maxWidth: rect.width, style: .bold)

        let body = rect.droppingTop(1)
        guard !body.isEmpty else { return }
        if rows.isEmpty {
            buffer.put(emptyMessage, x: body.x, y: body.y, maxWidth: body.width, style: .dim)
            return
        }
        let first = visibleOffset(visibleRows: body.height)
        for (lineIndex, rowIndex) in (first..<min(rows.count, first + body.height)).enumerated() {
            let y = body.y + lineIndex
            let style: Style = rowIndex == selected ? (focused ? .reverse : .underline) : .plain
            if style != .plain { buffer.fill(body.row(lineIndex), style: style) }
            buffer.put(line(rows[rowIndex], widths: widths), x: body.x, y: y,
                       maxWidth: body.width, style: style)
        }
    }

    /// One table line: each value padded to its column, columns joined by the gap.
    private func line(_ values: [String], widths: [Int]) -> String {
        let gap = String(repeating: " ", count: Self.columnGap)
        return columns.indices.map { i in
            let value = i < values.count ? Self.singleLine(values[i]) : ""
            return DisplayWidth.pad(value, toWidth: widths[i], alignment: columns[i].alignment)
        }.joined(separator: gap)
    }

    /// A cell shows one line: line breaks in the value become spaces.
    private static func singleLine(_ s: String) -> String {
        s.contains(where: \.isNewline)
            ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
    }
}
