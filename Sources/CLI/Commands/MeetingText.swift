import Foundation
import Model

/// Column layout for the meeting and cadence commands' text output, measured in terminal cells
/// by Model's `DisplayWidth` (a CJK character takes two cells; `String.count` would misalign).
enum MeetingText {
    /// Width of `text` in terminal cells.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// `text` padded with spaces to `cells` cells (never cut: tables grow to fit their text).
    static func pad(_ text: String, to cells: Int) -> String {
        text + String(repeating: " ", count: max(0, cells - width(text)))
    }

    /// Rows of columns, each column as wide as its widest entry, two spaces apart; the last
    /// column is not padded, so long topics run on without trailing spaces.
    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? width($0[c]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, text in c == row.count - 1 ? text : pad(text, to: widths[c]) }
                .joined(separator: "  ")
        }
    }

    /// Splits a list typed on the command line: “,”, the full-width “，” and the enumeration
    /// comma “、” all separate, as Chinese input methods type any of them.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
