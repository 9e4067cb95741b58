import Foundation
import Model

/// A section's list: all its rows, the filter typed after `/`, and the table showing the matches.
public struct SectionList: Sendable {
    public private(set) var rows: [SectionRow]
    public private(set) var filter: String = ""
    /// Indices into `rows` of the rows that match the filter, in order.
    public private(set) var visible: [Int]
    public var table: TableView
    /// Replaces the substring filter when set (党员: `MemberSearch`); must cover `rows` in order.
    public var matcher: (any RowMatcher)?

    public init(columns: [TableColumn], rows: [SectionRow], emptyMessage: String = "（无记录）") {
        self.rows = rows
        self.visible = Array(rows.indices)
        self.table = TableView(columns: columns, rows: rows.map(\.cells), emptyMessage: emptyMessage)
    }

    /// Keeps rows containing every space-separated word of `text` (case-insensitive), or the
    /// rows the `matcher` picks when there is one.
    public mutating func apply(filter text: String) {
        filter = text
        if let matcher {
            visible = matcher.matchingIndices(text).filter { rows.indices.contains($0) }
        } else {
            let words = text.lowercased().split(separator: " ").map(String.init)
            visible = rows.indices.filter { index in words.allSatisfy { rows[index].searchText.contains($0) } }
        }
        table.rows = visible.map { rows[$0].cells }
        table.selected = 0
        table.offset = 0
    }

    public var selectedRow: SectionRow? {
        guard visible.indices.contains(table.selected) else { return nil }
        return rows[visible[table.selected]]
    }
}
