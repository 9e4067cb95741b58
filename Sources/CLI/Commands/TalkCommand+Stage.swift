import Foundation
import Model
import Persistence

extension TalkCommand {
    /// `talk stage ID --stage --date --by --outcome …`: appends one talk after `TalkLadder`
    /// accepts it; otherwise lists every broken rule and writes nothing.
    static func stage(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        let flags = try TalkEntryFlags(&args)
        try args.finish()
        guard let stage = flags.stage else {
            throw UsageError("请用 --stage 给出阶段，例如 --stage branch-talk 或 --stage 党支部提醒谈话。")
        }
        guard let date = flags.date else { throw UsageError("请用 --date 给出谈话日期，例如 --date 2026-06-09。") }
        guard let heldBy = flags.heldBy else { throw UsageError("请用 --by 给出谈话人，例如 --by 王建国。") }
        guard let outcome = flags.outcome else {
            throw UsageError("请用 --outcome 给出结果：effective（有效）、not-yet（尚待观察）或 no-effect（无效）。")
        }
        let (store, ledger) = try openLedger(context)
        var talk = try talkCase(query, in: ledger)
        let entry = flags.applied(to: TalkEntry(stage: stage, date: date, heldBy: heldBy, outcome: outcome))
        do {
            try talk.append(entry, today: context.today)
        } catch {
            return refuse("stage", error.errors, context: context)
        }
        try store.save(talk)
        if context.options.format == .json {
            try context.output.json(entry)
        } else {
            var line = "已记录：\(ledger.memberName(talk.memberId)) \(date.iso) \(stage.chineseName)（\(outcome.chineseName)）"
            if let deadline = entry.deadline { line += "，限 \(deadline.iso) 前改正" }
            if let followUp = entry.followUp { line += "，\(followUp.iso) 跟进" }
            context.output.out(line + "。记录编号 \(entry.id.uuidString.prefix(8))。")
        }
        return 0
    }

    /// `talk correct ID --entry ENTRY …`: appends a correction pointing at the entry; the flags
    /// given replace those fields, the rest are copied from the corrected entry. Nothing is overwritten.
    static func correct(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        guard let entryText = try args.value("--entry") else {
            throw UsageError("请用 --entry 指明要更正的记录编号（可用 branchdesk talk show 查看，前 8 位即可）。")
        }
        let flags = try TalkEntryFlags(&args)
        try args.finish()
        let (store, ledger) = try openLedger(context)
        var talk = try talkCase(query, in: ledger)
        let target = try entry(entryText, in: talk)
        var replacement = flags.applied(to: target)
        replacement.id = UUID()
        let stored: TalkEntry
        do {
            stored = try talk.correct(entry: target.id, with: replacement, today: context.today)
        } catch {
            return refuse("correct", error.errors, context: context)
        }
        try store.save(talk)
        if context.options.format == .json {
            try context.output.json(stored)
        } else {
            context.output.out("已更正：\(target.date.iso) \(target.stage.chineseName) 的记录（\(target.id.uuidString.prefix(8))）保留在档案中，"
                + "由新记录 \(stored.id.uuidString.prefix(8))（\(stored.date.iso) \(stored.stage.chineseName)，\(stored.outcome.chineseName)）代替。")
        }
        return 0
    }

    /// One entry of a case by its id or a unique prefix of at least 8 characters.
    static func entry(_ query: String, in talk: TalkCase) throws -> TalkEntry {
        let text = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard text.count >= 8 else { throw UsageError("记录编号“\(query)”太短：至少写前 8 位。") }
        let matches = talk.entries.filter { $0.id.uuidString.lowercased().hasPrefix(text) }
        guard matches.count == 1, let entry = matches.first else {
            if matches.isEmpty { throw TalkFailure("此案中找不到编号为“\(query)”的记录。可用 branchdesk talk show 查看记录编号。") }
            throw TalkFailure("编号“\(query)”对应此案 \(matches.count) 条记录，请多写几位编号。")
        }
        return entry
    }
}
