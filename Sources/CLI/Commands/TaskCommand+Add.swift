import Foundation
import Model
import Persistence

extension TaskCommand {
    /// `task add`: one task, or with `--monthly` one per month of a series without duplicates.
    static func add(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let title = try args.value("--title")?.trimmingCharacters(in: .whitespaces), !title.isEmpty else {
            throw UsageError("请用 --title 给出任务名称，例如 --title 党建信息报送。")
        }
        guard let dueText = try args.value("--due") else {
            throw UsageError("请用 --due 给出到期日，例如 --due 2026-03-05。")
        }
        let due = try date(dueText, flag: "--due")
        let source = try args.value("--source") ?? ""
        let kind = try args.value("--kind").map(self.kind) ?? .report
        var concernTexts: [String] = []
        while let value = try args.value("--concerns") { concernTexts += MeetingText.list(value) }
        let note = try args.value("--note") ?? ""
        let monthly = args.flag("--monthly")
        let untilText = try args.value("--until")
        try args.finish()
        guard monthly || untilText == nil else { throw UsageError("--until 只与 --monthly 一起使用。") }
        let until = try untilText.map { text -> YearMonth in
            guard let month = YearMonth(text) else { throw UsageError("--until 的月份“\(text)”无效：应为 YYYY-MM，例如 2026-12。") }
            return month
        } ?? YearMonth(year: due.year, month: 12)!
        guard !monthly || until >= due.yearMonth else {
            throw UsageError("--until \(until.iso) 早于第一个月 \(due.yearMonth.iso)。")
        }

        let (store, ledger) = try open(context)
        // The same field rules as the workbench and `check` (issue #9): one line, no control characters, limits.
        var problems = LiaisonTask(title: title, source: source, kind: kind, due: due, note: note).validate().map(\.message)
        var concerns: [UUID] = []
        for text in concernTexts {
            switch MemberLookup.resolve(text, in: ledger.members) {
            case .success(let member): concerns.append(member.id)
            case .failure(let error): problems.append(error.message)
            }
        }
        guard problems.isEmpty else {
            context.output.err("branchdesk \(name) add：没有保存。请改正以下问题后重试：")
            problems.forEach { context.output.err("  · \($0)") }
            return 1
        }

        var stored = monthly
            ? TaskSeries.monthly(title: title, source: source, kind: kind, concerns: concerns, dueDay: due.day,
                                 from: due.yearMonth, through: until, existing: ledger.tasks).added
            : [LiaisonTask(title: title, source: source, kind: kind, due: due, concerns: concerns)]
        for index in stored.indices { stored[index].note = note }
        try store.saveAll(stored)
        if context.options.format == .json {
            try context.output.json(stored)
        } else if stored.isEmpty {
            context.output.out("这一系列每个月的任务都已登记，没有新增。")
        } else {
            stored.forEach { context.output.out("\($0.id.uuidString)  \($0.due.iso)  \($0.title)") }
            if monthly { context.output.out("新增 \(stored.count) 项月度任务。") }
        }
        return 0
    }
}
