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
        let text = parts.joined(separator: "\n\n")
        // No trailing spaces anywhere, one newline at the end.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                guard line.last == " " || line.last == "\t" else { return line }
                return line[..<(line.lastIndex { $0 != " " && $0 != "\t" }.map { line.index(after: $0) } ?? line.startIndex)]
            }
            .joined(separator: "\n") + "\n"
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
        for c in text { run = c == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
