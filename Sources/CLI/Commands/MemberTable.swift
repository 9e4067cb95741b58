import Foundation
import Model

/// Plain-text columns for `member list` and `dues`, aligned in terminal cells with the same
/// widths the workbench uses (`DisplayWidth`): a Chinese character takes two cells, so
/// `String.count` would misalign every row with a name in it.
enum MemberTable {
    /// Rows padded so each column starts at the same cell; the last column is not padded.
    static func render(_ rows: [[String]], indent: String = "") -> [String] {
        guard let columnCount = rows.map(\.count).max(), columnCount > 0 else { return [] }
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
