import Foundation
import Model
import Persistence

extension FiveOnesCommand {
    /// `fiveones adopt`: the branch runs a template for a span (e.g. 2026: the four quarters of
    /// a quarterly scheme). Per-household schemes list their households with the paired members.
    static func adopt(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let templateText = try args.value("--template") else {
            throw UsageError("请用 --template 给出模板，例如 --template 五个一工程。可用 branchdesk fiveones templates 查看。")
        }
        guard let periodText = try args.value("--period") else {
            throw UsageError("请用 --period 给出开展期间，例如 --period 2026 或 --period 2026Q4。")
        }
        let span = try period(periodText)
        var householdTexts: [String] = []
        while let value = try args.value("--household") { householdTexts.append(value) }
        try args.finish()

        let store = try context.openStore()
        let ledger = try store.load(years: [])
        try refuseUnreadable(store, doing: "无法核对已开展的期间和党员名单，本次不保存")
        let template = try self.template(templateText, in: ledger)
        var problems: [String] = []
        var households: [Household] = []
        for text in householdTexts {
            // 张家:王某 — the member after the first colon, half- or full-width.
            let parts = text.split(maxSplits: 1, whereSeparator: { $0 == ":" || $0 == "：" })
            guard parts.count == 2 else {
                problems.append("--household “\(text)”应写作 '户名:结对党员'，例如 '张家庄张某户:王某'。")
                continue
            }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            switch MemberLookup.resolve(String(parts[1]), in: ledger.members) {
            case .success(let member): households.append(Household(name: name, pairedMemberId: member.id))
            case .failure(let error): problems.append(error.message)
            }
        }
        let adoption = FiveOnesAdoption(templateId: template.id, period: span, households: households)
        for error in adoption.validate(in: ledger) {
            var message = error.message
            if error.field == "households", template.period == .pairing, households.isEmpty, householdTexts.isEmpty {
                message += "用 --household '户名:结对党员' 列出，可重复。"
            }
            if !problems.contains(message) { problems.append(message) }
        }
        guard problems.isEmpty else {
            context.output.err("branchdesk \(name) adopt：没有保存。请改正以下问题后重试：")
            for problem in problems { context.output.err("  · \(problem)") }
            return 1
        }
        try store.save(adoption)
        if context.options.format == .json {
            try context.output.json(adoption)
        } else {
            context.output.out(adoption.id.uuidString)
        }
        return 0
    }
}
