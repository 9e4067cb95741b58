import Foundation
import Model
import Persistence

extension TalkCommand {
    /// `talk list`: open cases first, then by date opened; JSON is the stored records as they are.
    static func list(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let openOnly = args.flag("--open")
        try args.finish()
        let (_, ledger) = try openLedger(context)
        let cases = ledger.talkCases.filter { !openOnly || $0.isOpen }
            .sorted { ($0.isOpen ? 0 : 1, $0.openedOn, $0.id.uuidString) < ($1.isOpen ? 0 : 1, $1.openedOn, $1.id.uuidString) }
        if context.options.format == .json {
            try context.output.json(cases)
            return 0
        }
        guard !cases.isEmpty else {
            context.output.out(openOnly ? "没有进行中的提醒谈话。" : "还没有提醒谈话案件。可用 branchdesk talk open 立案。")
            return 0
        }
        let today = context.today
        var rows = [["编号", "党员", "立案", "来源", "阶段", "结果", "下次日期", "改正期限", "状态"]]
        for talk in cases {
            let latest = talk.latestEntry
            var next = talk.isOpen ? (talk.nextDate?.iso ?? "") : ""
            if talk.isOpen, let date = talk.nextDate, date < today { next += "·逾期" }
            var deadline = talk.runningDeadline?.iso ?? ""
            if talk.isOpen, let date = talk.runningDeadline, date < today { deadline += "·已过" }
            let status = talk.closure.map { "已改正（\($0.date.iso)）" } ?? "进行中"
            rows.append([String(talk.id.uuidString.prefix(8)), ledger.memberName(talk.memberId), talk.openedOn.iso,
                         talk.origin.chineseName, talk.currentStage?.chineseName ?? "—", latest?.outcome.chineseName ?? "",
                         next, deadline, status])
        }
        MeetingText.table(rows).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .forEach(context.output.out)
        context.output.out("共 \(cases.count) 件，进行中 \(cases.filter(\.isOpen).count) 件。")
        return 0
    }

    /// `talk show ID`: the full timeline (the same text `talk export` writes), or the stored JSON.
    static func show(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        try args.finish()
        let (_, ledger) = try openLedger(context)
        let talk = try talkCase(query, in: ledger)
        if context.options.format == .json {
            try context.output.json(talk)
        } else {
            TalkCaseDocument.lines(case: talk, ledger: ledger).forEach(context.output.out)
            if talk.entries.count > 0 {
                context.output.out("")
                context.output.out("记录编号（更正时用 --entry）：")
                for (index, entry) in talk.entries.enumerated() {
                    context.output.out("  \(index + 1). \(entry.id.uuidString.prefix(8))  \(entry.date.iso) \(entry.stage.chineseName)")
                }
            }
        }
        return 0
    }
}
