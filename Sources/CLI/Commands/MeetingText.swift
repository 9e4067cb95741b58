import Foundation

/// Column layout for the meeting and cadence commands' text output, measured in terminal cells.
///
/// A CJK character takes two cells, so `String.count` would misalign every Chinese table.
/// The CLI target cannot import the TUI's `DisplayWidth`; this is the small subset it needs
/// (East Asian Wide and Fullwidth as two cells, combining marks and controls as none).
enum MeetingText {
    /// Width of `text` in terminal cells.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        guard let base = character.unicodeScalars.first else { return 0 }
        let v = base.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch base.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control, .format: return 0
        default: break
        }
        if base.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

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
