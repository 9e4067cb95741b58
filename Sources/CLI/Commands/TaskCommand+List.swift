import Foundation
import Model
import Persistence

extension TaskCommand {
    /// `task list`: by due date; JSON is the stored records as they are.
    static func list(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let openOnly = args.flag("--open")
        try args.finish()
        let (_, ledger) = try open(context)
        let tasks = ledger.tasks.filter { !openOnly || $0.isOpen }
            .sorted { ($0.due, $0.title, $0.id.uuidString) < ($1.due, $1.title, $1.id.uuidString) }
        if context.options.format == .json {
            try context.output.json(tasks)
            return 0
        }
        guard !tasks.isEmpty else {
            context.output.out(openOnly ? "没有待办的联络任务。" : "还没有联络任务。可用 branchdesk task add 登记。")
            return 0
        }
        let today = context.today
        var rows = [["编号", "到期", "类型", "状态", "任务", "文号"]]
        for task in tasks {
            var status = task.status.chineseName
            if task.isOpen && task.due < today { status += "·逾期" }
            rows.append([String(task.id.uuidString.prefix(8)), task.due.iso, task.kind.chineseName, status, task.title, task.source])
        }
        MeetingText.table(rows).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .forEach(context.output.out)
        for task in tasks where !task.reminders.isEmpty {
            context.output.out("")
            context.output.out("\(task.title) 的提醒记录：")
            for entry in task.reminders {
                context.output.out("  \(entry.date.iso)  \(entry.how)提醒\(entry.whom)：\(entry.what)")
            }
        }
        context.output.out("共 \(tasks.count) 项。")
        return 0
    }
}
