import Foundation

/// Draws a `PrintedLedger` as Markdown for keeping under version control (issue #10: diff
/// friendly): records in a stable order, one field per line, texts in fenced blocks so their
/// line breaks survive exactly, no trailing spaces, and no date but the given generation date.
public enum LedgerMarkdown {
    public static func render(_ document: PrintedLedger) -> String {
        var parts = ["# \(inline(document.branch))　\(inline(document.title))", "生成日期：\(document.generatedOn.iso)"]
        if document.pages.isEmpty {
            parts.append("（\(document.year)年没有记录。）")
        }
        for page in document.pages {
            parts.append("## \(inline(page.heading))")
            parts += blocks(page.blocks)
        }
        return withoutTrailingSpaces(parts.joined(separator: "\n\n"))
    }

    /// No spaces or tabs before a line end, one newline at the end. Works on UTF-8 bytes: a
    /// year of the generated ledger is megabytes, and walking it by grapheme took most of the time.
    static func withoutTrailingSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 1)
        var held = 0  // spaces and tabs seen since the last other byte, not yet written
        var heldStart = text.utf8.startIndex
        var index = text.utf8.startIndex
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 {
                if held == 0 { heldStart = index }
                held += 1
            } else {
                if held > 0, byte != 0x0A { out += text.utf8[heldStart..<index] }
                held = 0
                out.append(byte)
            }
            index = text.utf8.index(after: index)
        }
        while out.last == 0x0A { out.removeLast() }
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private static func blocks(_ blocks: [PrintBlock]) -> [String] {
        var parts: [String] = []
        var fields: [String] = []
        func flush() {
            if !fields.isEmpty { parts.append(fields.joined(separator: "\n")) }
            fields = []
        }
        for block in blocks {
            if case .field(let label, let value) = block {
                fields.append("- \(inline(label))：\(inline(value))")
                continue
            }
            flush()
            switch block {
            case .field:
                break
            case .text(let heading, let text):
                parts.append("### \(inline(heading))")
                parts.append(fenced(text))
            case .table(let caption, let header, let rows):
                if !caption.isEmpty { parts.append("### \(inline(caption))") }
                if rows.isEmpty {
                    parts.append("无")
                } else {
                    var lines = ["| " + header.map(cell).joined(separator: " | ") + " |",
                                 "|" + String(repeating: " --- |", count: header.count)]
                    lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
                    parts.append(lines.joined(separator: "\n"))
                }
            case .note(let text):
                parts.append("> \(inline(text))")
            }
        }
        flush()
        return parts
    }

    /// A text block in a fence longer than any run of backticks inside it.
    static func fenced(_ text: String) -> String {
        var longest = 0, run = 0
        for byte in text.utf8 { run = byte == UInt8(ascii: "`") ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = !text.utf8.contains(0x0D) ? text
            : text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return "\(fence)text\n\(body)\n\(fence)"
    }

    /// One line of text with Markdown's active characters escaped, so a typed `*` or `<b>`
    /// prints as typed; line breaks become spaces (one field, one line).
    static func inline(_ text: String) -> String {
        // Most text has nothing to escape: skip the copy.
        if !text.utf8.contains(where: { Self.active.contains($0) }) { return text }
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out.append("\\"); out.append(c)
            case "\n", "\r\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String { inline(text) }

    /// The bytes `inline` escapes or replaces: \\ ` * _ [ ] < > # | and line breaks.
    private static let active: Set<UInt8> = Set("\\`*_[]<>#|\n\r".utf8)
}
