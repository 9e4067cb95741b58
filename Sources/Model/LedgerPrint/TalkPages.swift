import Foundation

/// 提醒谈话: one page per case opened in the year, its full timeline as `TalkCaseDocument` writes
/// it for the file. Built only when the secretary asks for `--kind talks` (DOMAIN.md §4; the
/// role is checked by the caller, the CLI's `RolePolicy` and the workbench's section list).
enum TalkPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions) -> (pages: [PrintPage], sheet: [[String]]) {
        let cases = ledger.talkCases.filter { $0.openedOn.year == options.year }
            .sorted { ($0.openedOn, $0.id.uuidString) < ($1.openedOn, $1.id.uuidString) }
        var pages: [PrintPage] = []
        var sheet = [header]
        for talk in cases {
            let name = ledger.memberName(talk.memberId)
            // The document's own title and blank line are the page heading here.
            let lines = TalkCaseDocument.lines(case: talk, ledger: ledger).dropFirst(2)
            pages.append(PrintPage(heading: "提醒谈话：\(name)（\(talk.openedOn.iso) 立案）",
                                   blocks: [.text("谈话经过", lines.joined(separator: "\n"))]))
            sheet.append([name, talk.openedOn.iso, talk.origin.chineseName, talk.reason,
                          talk.currentStage?.chineseName ?? "", talk.isOpen ? "进行中" : "已结案",
                          "\(talk.entries.count)", talk.id.uuidString])
        }
        return (pages, sheet)
    }

    static let header = ["谈话对象", "立案日期", "来源", "事由", "当前阶段", "状态", "谈话次数", "案件编号"]
}
