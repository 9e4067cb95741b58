import Foundation
import Model
import Persistence

extension TalkCommand {
    /// `talk analysis --date --flag 'N:问题' … [--open-cases]`: records a half-yearly
    /// 思想状况分析 and, when asked, opens a case for each flagged member without an open one.
    static func analysis(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let dateText = try args.value("--date") else {
            throw UsageError("请用 --date 给出分析日期，例如 --date 2026-07-10。")
        }
        let held = try date(dateText, flag: "--date")
        let period = try args.value("--period").map { text -> Period in
            guard let period = Period(text), period.kind == .halfYear else {
                throw UsageError("--period 应为半年，如 2026H1（上半年）或 2026H2（下半年），而不是“\(text)”。")
            }
            return period
        } ?? ConductAnalysis.defaultPeriod(for: held)
        var reviewedTexts: [String]?
        while let value = try args.value("--reviewed") { reviewedTexts = (reviewedTexts ?? []) + MeetingText.list(value) }
        var flagTexts: [String] = []
        while let value = try args.value("--flag") { flagTexts.append(value) }
        let heldBy = try args.value("--by") ?? "党支部"
        let note = try args.value("--note") ?? ""
        let openCases = args.flag("--open-cases")
        try args.finish()

        let (store, ledger) = try openLedger(context)
        var problems: [String] = []
        func resolve(_ text: String) -> UUID? {
            switch MemberLookup.resolve(text, in: ledger.members) {
            case .success(let member): return member.id
            case .failure(let error): problems.append(error.message); return nil
            }
        }
        var flagged: [ConductFlag] = []
        for text in flagTexts {
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                throw UsageError("--flag 应写成“姓名:问题”，例如 --flag '孙浩:工作纪律松散'，而不是“\(text)”。")
            }
            let reason = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let id = resolve(String(text[..<colon])) { flagged.append(ConductFlag(memberId: id, reason: reason)) }
        }
        var reviewed = reviewedTexts.map { $0.compactMap(resolve) } ?? ledger.membersOnRoll.map(\.id)
        // A flagged member was reviewed, whether or not the list names them.
        for flag in flagged where !reviewed.contains(flag.memberId) { reviewed.append(flag.memberId) }
        guard problems.isEmpty else {
            context.output.err("branchdesk \(name) analysis：没有保存。请改正以下问题后重试：")
            problems.forEach { context.output.err("  · \($0)") }
            return 1
        }
        let record = ConductAnalysis(date: held, period: period, reviewed: reviewed, flagged: flagged, note: note)
        let errors = record.validate(in: ledger, today: context.today)
        guard errors.isEmpty else { return refuse("analysis", errors, context: context) }
        let cases = openCases ? record.openCases(heldBy: heldBy, existing: ledger.talkCases) : []
        try store.save(record)
        try store.saveAll(cases)
        if context.options.format == .json {
            try context.output.json(AnalysisResult(analysis: record, openedCases: cases))
            return 0
        }
        context.output.out("已记录\(period.chinese)党员思想状况分析（\(held.iso)）：分析 \(reviewed.count) 人，需谈话 \(flagged.count) 人。")
        for flag in flagged {
            let opened = cases.first { $0.memberId == flag.memberId }
            let state = opened.map { "已立案 \($0.id.uuidString.prefix(8))" }
                ?? (openCases ? "已有进行中的案件，未另立" : "未立案（加 --open-cases 立案）")
            context.output.out("  \(ledger.memberName(flag.memberId))：\(flag.reason)（\(state)）")
        }
        return 0
    }

    /// What `talk analysis --format json` prints.
    private struct AnalysisResult: Encodable {
        var analysis: ConductAnalysis
        var openedCases: [TalkCase]
    }
}
