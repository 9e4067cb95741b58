import Foundation
import Model
import Persistence

/// The assessment as one self-contained HTML page for printing on A4: inline CSS, a CJK font
/// stack that falls back gracefully, borders and weights rather than colour so it reads in
/// black and white, the score table first and the evidence list after it.
enum AssessmentHTML {
    static func document(_ a: Assessment, setup: AssessmentSetup, ledger: Ledger) -> String {
        var body: [String] = []
        let title = "\(ledger.profile.name) \(a.year) 年度党建工作自评"
        body.append("<h1>\(escape(title))</h1>")
        body.append("<p class=\"meta\">评分细则：\(escape(a.rubric.name))（\(setup.isBranchRubric ? "本支部的细则" : "默认细则")）　生成日期：\(a.today.iso)　得分 <strong>\(Assessment.pointsText(a.earned))</strong> / \(AssessmentRubric.total)\(a.unscored.isEmpty ? "" : "（手工评分 \(a.unscored.count) 项待评）")</p>")
        if !a.rubric.source.isEmpty { body.append("<p class=\"source\">\(escape(a.rubric.source))</p>") }
        body.append("<p class=\"source\">只评支部台账，不对党员个人评分或排名。</p>")
        body.append("<table class=\"score\"><thead><tr><th class=\"num\">编号</th><th>项目</th><th class=\"pts\">得分</th><th class=\"pts\">满分</th><th>情况与缺项</th></tr></thead><tbody>")
        for category in a.categories {
            body.append("<tr class=\"category\"><td colspan=\"2\">\(escape(category.heading))</td><td class=\"pts\">\(Assessment.pointsText(category.earned))</td><td class=\"pts\">\(category.points)</td><td></td></tr>")
            for item in category.items {
                var info = "<div>\(escape(item.summary))</div>"
                if !item.missing.isEmpty {
                    info += "<ul class=\"missing\">" + item.missing.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
                }
                if !item.evidence.isEmpty { info += "<div class=\"ref\">依据 \(item.evidence.count) 条，见附表 \(item.number)</div>" }
                if !item.item.basis.isEmpty { info += "<div class=\"basis\">\(escape(item.item.basis))</div>" }
                body.append("<tr><td class=\"num\">\(item.number)</td><td>\(escape(item.item.name))<div class=\"how\">\(item.item.isComputed ? "按台账计算" : "手工评分")</div></td><td class=\"pts\">\(escape(item.earnedText))</td><td class=\"pts\">\(item.item.points)</td><td>\(info)</td></tr>")
            }
        }
        body.append("<tr class=\"total\"><td colspan=\"2\">合计</td><td class=\"pts\">\(Assessment.pointsText(a.earned))</td><td class=\"pts\">\(AssessmentRubric.total)</td><td></td></tr>")
        body.append("</tbody></table>")
        body.append("<h2 class=\"appendix\">附表：各项依据（所计记录）</h2>")
        for item in a.items where !item.evidence.isEmpty {
            body.append("<section class=\"evidence\"><h3>\(item.number) \(escape(item.item.name))（\(item.evidence.count) 条）</h3><table><thead><tr><th class=\"date\">日期</th><th class=\"kind\">台账</th><th>记录</th><th class=\"id\">编号</th></tr></thead><tbody>")
            for record in item.evidence {
                body.append("<tr><td class=\"date\">\(record.date?.iso ?? "")</td><td class=\"kind\">\(record.kind.chineseName)</td><td>\(escape(record.label))</td><td class=\"id\">\(record.id.uuidString.prefix(8))</td></tr>")
            }
            body.append("</tbody></table></section>")
        }
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>
        """
    }

    static let css = """
    @page { size: A4; margin: 18mm 15mm; }
    body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC", "Microsoft YaHei", serif; font-size: 10.5pt; color: #000; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 180mm; }
    h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
    h2 { font-size: 13pt; margin: 14pt 0 6pt; }
    h3 { font-size: 11pt; margin: 10pt 0 4pt; }
    p.meta { text-align: center; margin: 0 0 4pt; }
    p.source { font-size: 9pt; margin: 0 0 4pt; }
    table { width: 100%; border-collapse: collapse; margin: 4pt 0; }
    th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    th { font-weight: bold; background: #fff; border-bottom-width: 1.5pt; }
    td.num, th.num { width: 10mm; white-space: nowrap; }
    td.pts, th.pts { width: 12mm; text-align: right; white-space: nowrap; }
    tr.category td { font-weight: bold; border-top-width: 1.5pt; }
    tr.total td { font-weight: bold; border-top: 2pt double #000; }
    div.how, div.basis, div.ref { font-size: 8.5pt; }
    div.basis { font-style: italic; }
    ul.missing { margin: 2pt 0; padding-left: 12pt; }
    ul.missing li { list-style: square; }
    h2.appendix { page-break-before: always; break-before: page; }
    section.evidence table { font-size: 9pt; }
    td.date, th.date { width: 22mm; white-space: nowrap; }
    td.kind, th.kind { width: 16mm; white-space: nowrap; }
    td.id, th.id { width: 18mm; font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
    @media screen { body { padding: 12mm; } }
    """

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
