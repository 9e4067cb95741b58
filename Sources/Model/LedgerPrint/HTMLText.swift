import Foundation

/// Escaping for text placed in HTML, so a topic like `<b>` or `A&B` prints as typed and no
/// recorded text can become markup (issue #10: escape all text).
enum HTMLText {
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: skip the copy.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0x0D }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
