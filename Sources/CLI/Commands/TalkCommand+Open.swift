import Foundation
import Model
import Persistence

extension TalkCommand {
    /// `talk open --member --reason`: a new case, unless the member already has one open.
    static func open(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let memberText = try required(&args, "--member", example: "--member 孙浩")
        let reason = try required(&args, "--reason", example: "--reason 群众反映工作纪律松散")
        let origin = try args.value("--origin").map(self.origin) ?? .complaint
        let opened = try args.value("--date").map { try date($0, flag: "--date") } ?? context.today
        try args.finish()
        guard opened <= context.today else {
            throw UsageError("--date \(opened.iso) 晚于今天（\(context.today.iso)）：立案日期不能在将来。")
        }
        let (store, ledger) = try openLedger(context)
        let member: Member
        switch MemberLookup.resolve(memberText, in: ledger.members) {
        case .success(let found): member = found
        case .failure(let error): throw TalkFailure(error.message)
        }
        if let existing = ledger.talkCases.first(where: { $0.memberId == member.id && $0.isOpen }) {
            throw TalkFailure("\(member.name)已有一件进行中的提醒谈话（\(existing.id.uuidString.prefix(8))，\(existing.openedOn.iso) 立案），请在该案中继续记录。")
        }
        let errors = TextRule.required(reason, field: "reason", label: "立案事由")
        guard errors.isEmpty else { return refuse("open", errors, context: context) }
        let talk = TalkCase(memberId: member.id, openedOn: opened, origin: origin, reason: reason)
        try store.save(talk)
        if context.options.format == .json {
            try context.output.json(talk)
        } else {
            context.output.out("\(talk.id.uuidString)  \(opened.iso)  \(member.name)（\(origin.chineseName)）")
        }
        return 0
    }

    /// `talk close ID --reason`: closes the case as resolved (改正) at whatever stage it reached.
    static func close(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        let reason = try required(&args, "--reason", example: "--reason 已按期改正，群众反映良好")
        let closedOn = try args.value("--date").map { try date($0, flag: "--date") } ?? context.today
        try args.finish()
        let (store, ledger) = try openLedger(context)
        var talk = try talkCase(query, in: ledger)
        do {
            try talk.close(on: closedOn, reason: reason, today: context.today)
        } catch {
            return refuse("close", error.errors, context: context)
        }
        try store.save(talk)
        context.output.out("已结案：\(ledger.memberName(talk.memberId))，\(closedOn.iso) 已改正（\(talk.currentStage?.chineseName ?? "尚无谈话记录")阶段）。")
        return 0
    }

    /// A case origin from its identifier or Chinese name.
    static func origin(_ text: String) throws -> TalkOrigin {
        let query = text.trimmingCharacters(in: .whitespaces)
        let names: [String: TalkOrigin] = ["分析": .analysis, "思想状况分析": .analysis, "群众反映": .complaint, "反映": .complaint]
        guard let origin = TalkOrigin(rawValue: query) ?? names[query] else {
            throw UsageError("不认识来源“\(text)”：只能是 analysis（思想状况分析）或 complaint（群众反映）。")
        }
        return origin
    }
}
