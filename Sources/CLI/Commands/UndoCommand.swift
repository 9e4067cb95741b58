import Foundation
import Model
import Persistence

/// `branchdesk undo [--yes]` / `branchdesk undo --list [--limit N] [--kind KIND]`: the operation
/// journal read back and reverted one step at a time (issue #9).
///
/// Talk cases: their entries are listed and undone only in the secretary's role; `undo --list
/// --kind talks` is the talk cases' audit trail (who recorded which stage when). The liaison sees
/// every other ledger's entries and may undo those of the task ledger it keeps; members are refused
/// (RolePolicy).
enum UndoCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "undo"
    static let summary = "撤销最近的修改；--list 查看操作日志"
    static let usage = """
    用法：
      branchdesk undo [--yes]
      branchdesk undo --list [--limit N] [--kind 台账] [--format json]

    每次保存和删除都记入数据目录的操作日志（journal/年份.jsonl：时间、操作人、哪条记录、修改前后的内容）。
    undo：先显示将撤销的是哪一步，在终端中询问 y/n 后撤销；脚本中请加 --yes（没有终端又没有 --yes 时不做任何修改）。
      再次运行则继续向前撤销（已撤销的步骤跳过）。撤销本身也记入日志。
      若这条记录此后又被修改过（磁盘上的内容与日志不同），为免覆盖之后的修改，拒绝撤销。
      从备份恢复（branchdesk restore）不能撤销，撤销也不会越过它。
    undo --list：最近的 N 条修改（默认 20，新的在前）：时间、操作人、记录、新建/修改/删除，以及撤销会做什么。
      --kind 只列一种台账：meetings 三会一课、members 党员档案、fiveOnesLogs 五个一记录、talks 提醒谈话、
      tasks 联络任务、commitments 党员承诺、dues 党费 等（写标识或中文名）。
      提醒谈话的修改只有书记能看到和撤销：branchdesk undo --list --kind talks 即提醒谈话的操作记录。
    联络员只能撤销联络任务的修改；党员本人不能使用。--read-only 时只能 --list。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let list = args.flag("--list")
        let yes = args.flag("--yes")
        let limitText = try args.value("--limit")
        let kindText = try args.value("--kind")
        try args.finish()
        let store = try context.openStore()
        let actor = context.journalActor
        let (history, skipped) = store.history()
        for issue in skipped { context.output.err("branchdesk undo：操作日志 \(issue)") }
        let members = store.records(Member.self, year: nil)
        let names = Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let memberName: (UUID) -> String = { names[$0] ?? "（未知党员）" }
        if list {
            guard !yes else { throw UsageError("--list 只是查看，不需要 --yes。") }
            let limit = try limitText.map { text -> Int in
                guard let n = Int(text), n > 0 else { throw UsageError("--limit 应为正整数，例如 --limit 50，而不是“\(text)”。") }
                return n
            } ?? 20
            let kind = try kindText.map { try ledgerKind($0, actor: actor) }
            return try printList(history, actor: actor, kind: kind, limit: limit, memberName: memberName, context: context)
        }
        guard limitText == nil, kindText == nil else { throw UsageError("--limit 和 --kind 只用于 --list。") }
        guard !context.options.readOnly else { throw StoreError.readOnly }
        let entry: JournalEntry
        switch history.next(for: actor) {
        case .success(let found): entry = found
        case .failure(let refusal):
            context.output.err("branchdesk undo：\(refusal.message)")
            return 1
        }
        context.output.out("将撤销：\(JournalText.line(entry, undone: false, memberName: memberName))")
        context.output.out("        \(JournalText.undoEffect(entry))。")
        guard try Confirmation.confirmed("确定撤销这一步吗？", yes: yes, command: "undo", context: context) else { return 1 }
        do {
            try store.undo(entry.id)
        } catch let refusal as UndoRefusal {
            context.output.err("branchdesk undo：\(refusal.message)")
            return 1
        }
        store.warnings.forEach { context.output.err("branchdesk undo：\($0)") }
        context.output.out("已撤销：\(JournalText.subject(entry, memberName: memberName)) 的\(entry.change.chineseName)。")
        return 0
    }

    /// One row of `--list --format json`.
    struct Row: Encodable {
        var id: String
        var time: String
        var actor: JournalActor
        var kind: String?
        var file: String?
        var record: String?
        var operation: String
        var change: String
        var subject: String
        var undone: Bool
        var undoes: String?
        var next: Bool
    }

    private static func printList(_ history: UndoHistory, actor: JournalActor, kind: LedgerKind?, limit: Int,
                                  memberName: @escaping (UUID) -> String, context: CommandContext) throws -> Int32 {
        let next = try? history.next(for: actor).get()
        let entries = history.visible(to: actor).filter { entry in
            guard let kind else { return true }
            return entry.ledgerKind == kind || (kind == .talks && entry.ledgerKind == .talkAnalyses)
        }.prefix(limit)
        if context.options.format == .json {
            try context.output.json(entries.map { entry in
                Row(id: entry.id.uuidString, time: ISO8601DateFormatter().string(from: entry.time), actor: entry.actor, kind: entry.kind,
                    file: entry.file, record: entry.record?.uuidString, operation: entry.operation.rawValue,
                    change: JournalText.action(entry), subject: JournalText.subject(entry, memberName: memberName),
                    undone: history.undone.contains(entry.id), undoes: entry.undoes?.uuidString, next: entry.id == next?.id)
            })
            return 0
        }
        guard !entries.isEmpty else {
            context.output.out(kind == nil ? "操作日志中还没有修改。" : "操作日志中还没有\(kind!.chineseName)的修改。")
            return 0
        }
        context.output.out("最近的修改（新的在前\(kind.map { "，只列\($0.chineseName)" } ?? "")）：")
        for entry in entries {
            var line = "  " + JournalText.line(entry, undone: history.undone.contains(entry.id), memberName: memberName)
            if entry.id == next?.id { line += "  ← 下一次 undo：\(JournalText.undoEffect(entry))" }
            context.output.out(line)
        }
        return 0
    }

    private static func ledgerKind(_ text: String, actor: JournalActor) throws -> LedgerKind {
        guard let kind = LedgerKind(rawValue: text) ?? LedgerKind.allCases.first(where: { $0.chineseName == text }) else {
            let names = LedgerKind.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
            throw UsageError("--kind 不认识“\(text)”：可写 \(names)。")
        }
        if (kind == .talks || kind == .talkAnalyses) && actor.role != "secretary" {
            throw UsageError("提醒谈话的操作记录只有书记可以查看。")
        }
        // Not the liaison's either (`commitment` refuses it; JournalActor.sees).
        if kind == .commitments && actor.role != "secretary" {
            throw UsageError("党员承诺的操作记录由书记查看，联络员不能查看。")
        }
        return kind
    }
}
