import Foundation

/// The text rules of RFC 5545 (iCalendar) that BranchDesk writes and its tests read back:
/// TEXT escaping (§3.3.11), line folding at 75 octets (§3.1) and CRLF line ends.
public enum ICalendarText {
    /// Octets a physical line may hold, not counting its CRLF (RFC 5545 §3.1).
    public static let lineOctets = 75

    /// Escapes a TEXT value: backslash, semicolon, comma and newline (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The inverse of `escape`.
    public static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": out += "\n"
                default: out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded into physical lines of at most 75 octets, joined by CRLF and a
    /// space. Breaks fall between Unicode scalars, never inside a UTF-8 sequence, so a 3-octet
    /// 中 is never cut in two (RFC 5545 §3.1: “SHOULD NOT” split a multi-octet sequence).
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// Joins folded lines back (a CRLF followed by a space or a tab) and splits on CRLF.
    public static func unfold(_ text: String) -> [String] {
        let joined = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        return joined.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// `20261204` for a DATE value.
    public static func date(_ day: CalendarDate) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }
}
