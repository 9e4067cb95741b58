import Foundation

/// Draws a `PrintedLedger` as one self-contained HTML file for printing (issue #10): inline CSS,
/// A4 pages, a page break after every record, a CJK serif font stack that falls back to any
/// serif, black on white with borders and words (no colour carries meaning), every text escaped
/// and minutes keeping their line breaks (`white-space: pre-wrap`).
public enum LedgerHTML {
    public static func render(_ document: PrintedLedger) -> String {
        let e = HTMLText.escape
        let pages = document.pages.isEmpty
            ? [PrintPage(heading: "（\(document.year)年没有\(document.kind.title)中的记录）", blocks: [])]
            : document.pages
        var out = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="BranchDesk">
        <title>\(e(document.branch))　\(e(document.title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>

        """
        for (index, page) in pages.enumerated() {
            out += page.isWide ? "<section class=\"page wide\">\n" : "<section class=\"page\">\n"
            out += "<header><span>\(e(document.branch))</span><span>\(e(document.title))</span></header>\n"
            out += "<h1>\(e(page.heading))</h1>\n"
            out += blocks(page.blocks)
            out += "<footer><span>生成日期：\(document.generatedOn.iso)</span><span>第 \(index + 1) / \(pages.count) 份</span></footer>\n"
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// Consecutive fields share one two-column table, as on a paper form.
    private static func blocks(_ blocks: [PrintBlock]) -> String {
        let e = HTMLText.escape
        var out = ""
        var fields: [(String, String)] = []
        func flushFields() {
            guard !fields.isEmpty else { return }
            out += "<table class=\"fields\">\n"
            for (label, value) in fields {
                out += "<tr><th>\(e(label))</th><td>\(e(value))</td></tr>\n"
            }
            out += "</table>\n"
            fields = []
        }
        for block in blocks {
            if case .field(let label, let value) = block {
                fields.append((label, value))
                continue
            }
            flushFields()
            switch block {
            case .field:
                break
            case .text(let heading, let text):
                out += "<h2>\(e(heading))</h2>\n<div class=\"text\">\(e(text))</div>\n"
            case .table(let caption, let header, let rows):
                if !caption.isEmpty { out += "<h2>\(e(caption))</h2>\n" }
                out += "<table class=\"grid\">\n<thead><tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                if rows.isEmpty {
                    out += "<tr><td colspan=\"\(max(1, header.count))\">无</td></tr>\n"
                }
                for row in rows {
                    out += "<tr>" + row.map(cell).joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .note(let text):
                out += "<p class=\"note\">\(e(text))</p>\n"
            }
        }
        flushFields()
        return out
    }

    /// A table cell; short Latin text (dates, amounts, counts) never breaks inside: `2026-\n01-20`
    /// or `117.\n00` on paper reads as two values.
    private static func cell(_ text: String) -> String {
        let short = text.count <= 12 && text.unicodeScalars.allSatisfy { $0.isASCII }
        return short ? "<td class=\"n\">\(HTMLText.escape(text))</td>" : "<td>\(HTMLText.escape(text))</td>"
    }

    /// Print styles. Millimetres, because the page is paper; pt for type, as printers count it.
    static let css = """
    @page { size: A4; margin: 18mm 16mm 16mm 20mm; }
    @page wide { size: A4 landscape; margin: 16mm 14mm 14mm 16mm; }
    .page.wide { page: wide; }
    * { box-sizing: border-box; }
    html { color: #000; background: #fff; }
    body { margin: 0; font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.5; }
    .page { break-after: page; page-break-after: always; }
    .page:last-of-type { break-after: auto; page-break-after: auto; }
    header { display: flex; justify-content: space-between; gap: 4mm; font-size: 9pt; border-bottom: 0.5pt solid #000; padding-bottom: 1mm; margin-bottom: 4mm; }
    h1 { font-size: 15pt; text-align: center; margin: 0 0 4mm; letter-spacing: 0.05em; }
    h2 { font-size: 11.5pt; margin: 3mm 0 1mm; }
    table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; }
    th, td { border: 0.75pt solid #000; padding: 0.9mm 2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
    td.n { white-space: nowrap; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    table.fields th { width: 6.5em; white-space: nowrap; font-weight: bold; }
    table.grid { font-size: 9.5pt; }
    .wide table.grid { font-size: 9pt; }
    .wide table.grid th, .wide table.grid td { padding: 1mm 1.2mm; }
    table.grid th { font-weight: bold; border-bottom-width: 1.5pt; }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; border: 0.75pt solid #000; padding: 2mm 3mm; min-height: 12mm; margin: 0 0 3mm; }
    .note { font-size: 9pt; margin: 1mm 0; }
    footer { display: flex; justify-content: space-between; font-size: 9pt; border-top: 0.5pt solid #000; padding-top: 1mm; margin-top: 5mm; break-inside: avoid; }
    @media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm 16mm; } .page { border-bottom: 1px dashed #000; padding-bottom: 10mm; margin-bottom: 10mm; } }
    """
}
