import Foundation
import Model
import Persistence

/// `branchdesk export ics --to FILE.ics [--days N]`: planned meetings and reminders as an
/// iCalendar file (RFC 5545) a phone calendar imports (issue #7). `export ledger` prints a
/// ledger (issue #10; `ExportCommand+Ledger.swift`). Re-importing a later export
/// updates the events (stable UIDs) instead of duplicating them. Talk cases are never exported.
///
/// Exit statuses: 0 written; 1 a file could not be read or the calendar could not be written;
/// 2 usage errors.
enum ExportCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "export"
    static let summary = "导出日历（.ics）或可打印的台账（三会一课、名册、五个一、党费、承诺）"
    static var usage: String { icsUsage + "\n\n" + ledgerUsage }
    static let icsUsage = """
    用法：branchdesk export ics --to 文件.ics [--days N] [--include-talks]

    把今天起 N 天内（默认 30 天）计划召开的会议，以及 branchdesk remind --days N 列出的提醒
    （含逾期事项），写成 iCalendar 文件（RFC 5545），手机日历可直接导入。每项是全天事件；
    同一会议或提醒每次导出的 UID 相同，再次导入会更新而不会重复。
    提醒谈话属于敏感信息，默认不写入日历；只有书记明确加上 --include-talks 时才写入跟进和改正期限。
    文件先写临时文件再改名，中途失败不会留下半个文件。

    退出码：0 已写入；1 台账文件无法读取（未写入）或无法写入目标文件；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let format = args.positional() else {
            throw UsageError("请指明导出什么：ics（日历）或 ledger（台账），例如 branchdesk export ledger --kind meetings --format html --to 台账.html。")
        }
        if format == "ledger" { return try runLedger(&args, context: context) }
        guard format == "ics" else {
            throw UsageError("不认识导出内容“\(format)”：只能是 ics（日历）或 ledger（台账）。")
        }
        guard let path = try args.value("--to"), !path.isEmpty else {
            throw UsageError("请用 --to 给出要写入的文件，例如 --to 支部提醒.ics。")
        }
        let days = try RemindCommand.days(&args, default: 30)
        let includeTalks = args.flag("--include-talks")
        try args.finish()
        // Talk cases leave the secretary's hands only on explicit request (DOMAIN.md §4).
        if includeTalks && context.options.role != .secretary {
            throw UsageError("只有书记可以导出提醒谈话（--include-talks）。")
        }

        let (ledger, unreadable) = try RemindCommand.load(context, horizonDays: days)
        guard !unreadable else {
            throw TaskFailure("有台账文件无法读取，导出的日历会缺少其中的会议或提醒，本次不写入。请先修复，可用 branchdesk check 查看。")
        }
        let today = context.today
        let rules = ledger.cadenceRules.isEmpty ? try context.shippedData().cadenceRules() : ledger.cadenceRules
        let reminders = ReminderEngine.reminders(ledger: ledger, rules: rules, today: today, horizonDays: days, includeTalks: includeTalks)
        let calendar = ICalendarExport.calendar(ledger: ledger, reminders: reminders, today: today, horizonDays: days,
                                                includeTalks: includeTalks)
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw TaskFailure("无法写入 \(path)：所在文件夹不存在。")
        }
        try AtomicFile.write(Data(calendar.text.utf8), to: url)
        let meetings = calendar.events.count - reminders.count
        context.output.out("已写入 \(path)：\(calendar.events.count) 个事件（计划召开的会议 \(meetings) 个，提醒 \(reminders.count) 个）。")
        return 0
    }
}
