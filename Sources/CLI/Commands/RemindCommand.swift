import Foundation
import Model
import Persistence

/// `branchdesk remind`: what is due, what is overdue (issue #7), from `ReminderEngine`, for a
/// shell login or a cron job.
///
/// Exit statuses: 0 done, whether or not there are reminders (cron mails output, not statuses);
/// 1 a file could not be read (the reminders are still printed, but may be missing some or
/// report a held meeting as missed); 2 usage errors.
enum RemindCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "remind"
    static let summary = "提醒：哪些事项逾期、哪些即将到期"
    static let usage = """
    用法：branchdesk remind [--days N] [--format json] [--as 角色]

    列出所有逾期事项，以及今天起 N 天内（默认 7 天）到期的事项，按到期日排序：
    会议周期（三会一课、组织生活会、民主评议、谈心谈话）、预备期满、积极分子考察、可列为发展对象、
    连续未参加组织生活或未交党费（第 3 个月起提醒，第 5 个月起加急，满六个月视为自行脱党）、
    党费欠缴、支委换届（提前半年）、提醒谈话的限期和跟进、五个一、联络任务、政治生日（一周内）、
    党员承诺年终评议（12 月起）。
    严重程度：overdue 逾期（到期日已过）；due 到期（今天或 7 天内）；upcoming 将到（更晚）。

    --format json 输出数组，每项有 rule、due（YYYY-MM-DD）、severity、title，
    视情况还有 kind（会议类型）、group（党小组编号）、groupName、member（党员编号）、memberName、
    ref（来源记录编号）、key（稳定标识）。
    提醒谈话的限期和跟进只有书记能看到；--as liaison 时不列出，--as member 姓名 只列出本人的提醒。
    这些是给书记和联络员自己看的提醒，不是评分或排名。

    退出码：0 完成（有没有提醒都是 0，适合 cron）；1 有文件无法读取（仍列出能算出的提醒）；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let days = try days(&args, default: 7)
        // Talk cases are the secretary's alone (DOMAIN.md §4): `--as liaison` and `--as member`
        // never get them; the hidden --no-talks gives the secretary the liaison's view.
        let includeTalks = context.options.role == .secretary && !args.flag("--no-talks")
        try args.finish()
        let (ledger, unreadable) = try load(context, horizonDays: days)
        let rules = ledger.cadenceRules.isEmpty ? try context.shippedData().cadenceRules() : ledger.cadenceRules
        var reminders = ReminderEngine.reminders(ledger: ledger, rules: rules, today: context.today,
                                                 horizonDays: days, includeTalks: includeTalks)
        if case .member(let name) = context.options.role {
            // A member sees their own reminders only (DOMAIN.md §7).
            switch MemberLookup.resolve(name, in: ledger.members) {
            case .success(let member): reminders = reminders.filter { $0.member == member.id }
            case .failure(let error): throw TaskFailure(error.message)
            }
        }
        if context.options.format == .json {
            try context.output.json(reminders.map(ReminderJSON.init))
        } else {
            lines(reminders, branch: ledger.profile.name, today: context.today, days: days).forEach(context.output.out)
        }
        return unreadable ? 1 : 0
    }

    /// `--days N`: a whole number of days, 0 to 3660.
    static func days(_ args: inout ArgumentList, default value: Int) throws -> Int {
        guard let text = try args.value("--days") else { return value }
        guard let days = Int(text), (0...3660).contains(days) else {
            throw UsageError("--days 应为 0 到 3660 之间的天数，而不是“\(text)”。")
        }
        return days
    }

    /// The ledger the engine needs: the dated shards of `ReminderEngine.years`, and dues of every
    /// year (arrears count from the first recorded month). Unreadable files are named on stderr.
    static func load(_ context: CommandContext, horizonDays: Int) throws -> (Ledger, unreadable: Bool) {
        let store = try context.openStore()
        let today = context.today
        let years = ReminderEngine.years(today: today, horizonDays: horizonDays)
        var ledger = try store.load(years: Set(years))
        ledger.dues += store.years(of: .dues).filter { !years.contains($0) }.flatMap { store.records(DuesPayment.self, year: $0) }
        for issue in store.issues {
            context.output.err("branchdesk \(name)：无法读取 \(issue.description)。其中的记录未计入，提醒可能不全，可用 branchdesk check 查看。")
        }
        return (ledger, !store.issues.isEmpty)
    }

    /// The text listing: overdue first, then due, then upcoming, each by date.
    static func lines(_ reminders: [Reminder], branch: String, today: CalendarDate, days: Int) -> [String] {
        var lines = ["\(branch) 提醒（今天 \(today.iso)；逾期事项及 \(days) 天内到期）"]
        guard !reminders.isEmpty else {
            return lines + ["没有逾期或 \(days) 天内到期的事项。"]
        }
        for severity in ReminderSeverity.allCases {
            let some = reminders.filter { $0.severity == severity }
            guard !some.isEmpty else { continue }
            lines.append("")
            lines.append("\(severity.chineseName)（\(some.count)）：")
            lines += MeetingText.table(some.map { ["  " + $0.due.iso, $0.rule.chineseName, $0.title] })
        }
        return lines
    }

    /// One reminder in JSON; absent keys are left out.
    struct ReminderJSON: Encodable {
        var rule: String
        var due: String
        var severity: String
        var title: String
        var kind: String?
        var group: UUID?
        var groupName: String?
        var member: UUID?
        var memberName: String?
        var ref: UUID?
        var key: String

        init(_ reminder: Reminder) {
            rule = reminder.rule.rawValue
            due = reminder.due.iso
            severity = reminder.severity.rawValue
            title = reminder.title
            kind = reminder.kind?.rawValue
            group = reminder.group
            groupName = reminder.groupName
            member = reminder.member
            memberName = reminder.memberName
            ref = reminder.ref
            key = reminder.key
        }
    }
}
