import Foundation
import Model
import Persistence

extension TaskCommand {
    /// `task done ID [--reported]`: closes a task as 已完成 or 已报送.
    static func done(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        let reported = args.flag("--reported")
        try args.finish()
        let (store, ledger) = try open(context)
        var task = try task(query, in: ledger)
        task.status = reported ? .reported : .done
        try store.save(task)
        context.output.out("“\(task.title)”已标记为\(task.status.chineseName)。")
        return 0
    }

    /// `task remind ID --whom --what --how [--date]`: appends to the reminder log; a task still
    /// 待办 becomes 已提醒. The log is append-only: earlier entries are never changed.
    static func remind(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        let whom = try required(&args, "--whom", example: "--whom 张三")
        let what = try required(&args, "--what", example: "--what 按时报送学习心得")
        let how = try required(&args, "--how", example: "--how 电话（或 当面、微信）")
        let when = try args.value("--date").map { try date($0, flag: "--date") } ?? context.today
        try args.finish()
        guard when <= context.today else {
            throw UsageError("--date \(when.iso) 晚于今天（\(context.today.iso)）：只能记录已经提醒过的。")
        }
        let entry = ReminderLogEntry(date: when, whom: whom, what: what, how: how)
        if let error = entry.validate().first { throw UsageError(error.message) }   // issue #9: one line, no control characters
        let (store, ledger) = try open(context)
        var task = try task(query, in: ledger)
        guard task.isOpen else {
            throw TaskFailure("“\(task.title)”已\(task.status.chineseName)，不再记录提醒。")
        }
        task.reminders.append(entry)
        if task.status == .todo { task.status = .reminded }
        try store.save(task)
        context.output.out("已记录：\(when.iso) \(how)提醒\(whom)（“\(task.title)”，共提醒 \(task.reminders.count) 次）。")
        return 0
    }

    private static func required(_ args: inout ArgumentList, _ flag: String, example: String) throws -> String {
        guard let text = try args.value(flag)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw UsageError("请用 \(flag) 填写，例如 \(example)。")
        }
        return text
    }
}
