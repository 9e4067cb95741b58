import Foundation
import Model
import Persistence

/// `branchdesk task add|list|done|remind`: the liaison's task ledger (issue #7, DOMAIN.md §6):
/// tasks from the organ committee or the branch, their status (待办 → 已提醒 → 已完成 / 已报送)
/// and the log of whom the liaison reminded, of what, how.
///
/// Exit statuses: 0 done; 1 a task is not found or ambiguous, a member name is unknown, the
/// task is already closed, or a file could not be read; 2 usage errors.
enum TaskCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "task"
    static let summary = "联络任务：登记、列出、办结，记录提醒了谁"
    static let usage = """
    用法：
      branchdesk task add --title 任务 --due YYYY-MM-DD [--source 文号] [--kind 类型] [--concerns 姓名,…]
                          [--monthly [--until YYYY-MM]] [--note 说明]
      branchdesk task list [--open] [--format json]
      branchdesk task done 编号 [--reported]
      branchdesk task remind 编号 --whom 姓名 --what 事项 --how 方式 [--date YYYY-MM-DD]

    task add：登记一项任务。
      --kind 类型        report 报送（默认）、remind 提醒、inspect 督查，也可写中文
      --source 文号      如 机关党委〔2026〕12号
      --concerns 姓名,…  涉及的党员（姓名或编号，用“,”“，”或“、”分隔）
      --monthly          每月一次（如信息报送）：从 --due 的月份起每月一项，到 --until 的月份
                         （默认当年 12 月），每月的到期日与 --due 同日；同一标题、文号、类型的
                         月度任务已有的月份不会重复登记。
    task list：按到期日列出任务，--open 只列待办和已提醒的；--format json 输出存储的记录。
    task done：标记为已完成；--reported 标记为已报送。
    task remind：在提醒记录中追加一条（提醒了谁、什么事、方式如 电话、当面、微信），
      待办的任务改为已提醒；--date 默认今天。
    编号可只写前 8 位（不唯一时会列出候选）。

    退出码：0 完成；1 找不到任务或编号不唯一、党员姓名找不到、任务已办结、文件无法读取；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let action = args.positional() else {
            throw UsageError("请指明 add、list、done 或 remind，例如 branchdesk task list。用 branchdesk help task 查看用法。")
        }
        switch action {
        case "add": return try add(&args, context: context)
        case "list": return try list(&args, context: context)
        case "done": return try done(&args, context: context)
        case "remind": return try remind(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 add、list、done 或 remind。用 branchdesk help task 查看用法。")
        }
    }

    // MARK: - Shared

    /// A task kind from its identifier or Chinese name.
    static func kind(_ text: String) throws -> TaskKind {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard let kind = TaskKind.allCases.first(where: { $0.rawValue == query || $0.chineseName == query }) else {
            let names = TaskKind.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
            throw UsageError("不认识任务类型“\(text)”。可用的类型：\(names)。")
        }
        return kind
    }

    static func date(_ text: String, flag: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw UsageError("\(flag) 的日期“\(text)”无效：应为存在的日期，格式 YYYY-MM-DD，例如 2026-03-05。")
        }
        return date
    }

    /// The store and every task (tasks are always read whole), refusing when a task shard is unreadable.
    static func open(_ context: CommandContext) throws -> (LedgerStore, Ledger) {
        let store = try context.openStore()
        let ledger = try store.load(years: [])
        if let issue = store.issues.first {
            throw TaskFailure("无法读取 \(issue.description)。请先修复该文件，可用 branchdesk check 查看。")
        }
        return (store, ledger)
    }

    /// One task by its id or a unique prefix of at least 8 characters.
    static func task(_ query: String?, in ledger: Ledger) throws -> LiaisonTask {
        guard let query else {
            throw UsageError("请给出任务编号，例如 branchdesk task done 3f2a9c1e。编号可用 branchdesk task list 查看。")
        }
        let text = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard text.count >= 8 else { throw UsageError("任务编号“\(query)”太短：至少写前 8 位。") }
        let matches = ledger.tasks.filter { $0.id.uuidString.lowercased().hasPrefix(text) }
        guard matches.count == 1, let task = matches.first else {
            if matches.isEmpty { throw TaskFailure("找不到编号为“\(query)”的任务。可用 branchdesk task list 查看编号。") }
            let list = matches.sorted { $0.due < $1.due }.prefix(5).map { "\($0.id.uuidString)（\($0.due.iso) \($0.title)）" }
            throw TaskFailure("编号“\(query)”对应 \(matches.count) 项任务：\(list.joined(separator: "、"))。请多写几位编号。")
        }
        return task
    }
}
