import Foundation
import Model
import Persistence

/// `branchdesk meeting add|list|show`: 三会一课 records from the command line (issue #3).
///
/// Exit statuses: 0 done; 1 the record was refused (every problem is listed and nothing is
/// written), a member name is unknown or shared by several people (the candidates are listed),
/// a record is not found, or a file could not be read; 2 usage errors (a missing or malformed
/// flag, an unknown meeting kind).
enum MeetingCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "meeting"
    static let summary = "记录、列出和查看三会一课会议"
    static let usage = """
    用法：
      branchdesk meeting add --kind 类型 --date YYYY-MM-DD --topic 议题 [选项]
      branchdesk meeting list [--year 年份] [--kind 类型] [--format json]
      branchdesk meeting show 编号 [--format json]

    meeting add：记录一次会议（或用 --planned 记为计划召开）。
      --kind 类型            general-meeting、committee-meeting、group-meeting、party-lecture、
                             theme-day、life-meeting、democratic-review、heart-talk，
                             也可写中文全称或简称，如 支部党员大会 / 党员大会、支委会、小组会、党课
      --date YYYY-MM-DD      会议日期；今天之后的日期须加 --planned
      --topic 议题
      --group 党小组         党小组会必填（名称或编号）
      --host 姓名            主持人
      --recorder 姓名        记录人
      --lecturer 姓名        授课人（党课必填，可以不是本支部党员）
      --place 地点
      --start HH:MM          开始时间；--end HH:MM 结束时间
      --present 姓名,姓名    出席的党员
      --excused 姓名:事由,…  请假的党员及事由（如 '张三:出差,李四:病假'）
      --absent 姓名,姓名     缺席的党员
      --observers 姓名,…     列席人员（不必是党员）
      --minutes-file 文件    会议记录（UTF-8 或 GB18030 文本，保留换行，去掉末尾空行）
      --resolutions-file 文件  决议（同上）
      --planned              计划召开的会议，召开后在工作台中标为已召开
      党员可写姓名或编号（前 8 位即可）；多人之间用“,”“，”或“、”分隔，选项也可重复写。
      应到、实到、请假、缺席人数由名单自动计算，不必填写。
      保存后输出新记录的编号；--format json 时输出整条记录。

    meeting list：按日期列出会议（默认全部年份），--format json 输出与数据文件相同的记录。
    meeting show：按会议记录的格式显示一次会议；编号可只写前 8 位（不唯一时会列出候选）。

    退出码：0 完成；1 记录有误未保存（逐条列出问题，不写任何文件）、党员姓名找不到或有重名
    （列出候选）、找不到记录或文件无法读取；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let action = args.positional() else {
            throw UsageError("请指明 add、list 或 show，例如 branchdesk meeting list。用 branchdesk help meeting 查看用法。")
        }
        switch action {
        case "add": return try add(&args, context: context)
        case "list": return try list(&args, context: context)
        case "show": return try show(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 add、list 或 show。用 branchdesk help meeting 查看用法。")
        }
    }

    // MARK: - Shared parsing

    /// A meeting kind from its identifier or its full or short Chinese name.
    static func kind(_ text: String) throws -> MeetingKind {
        guard let kind = MeetingKind(name: text) else {
            let names = MeetingKind.allCases.map { kind in
                "\(kind.rawValue)（\(kind.chineseName)\(kind.shortName == kind.chineseName ? "" : "/" + kind.shortName)）"
            }.joined(separator: "、")
            throw UsageError("不认识会议类型“\(text)”。可用的类型：\(names)。")
        }
        return kind
    }

    static func year(_ text: String) throws -> Int {
        guard text.count == 4, let year = Int(text), (1...9999).contains(year) else {
            throw UsageError("--year 应为四位年份，例如 2026，而不是“\(text)”。")
        }
        return year
    }

    /// Files that could not be read, said on stderr; true when there were any.
    static func warnUnreadable(_ store: LedgerStore, context: CommandContext) -> Bool {
        for issue in store.issues {
            context.output.err("branchdesk \(name)：无法读取 \(issue.description)。该文件已跳过，可用 branchdesk check 查看。")
        }
        return !store.issues.isEmpty
    }

    /// The shortest id prefix (at least 8 characters) that tells the listed meetings apart.
    static func shortIdLength(_ meetings: [Meeting]) -> Int {
        let ids = meetings.map(\.id.uuidString)
        for length in 8..<36 where Set(ids.map { $0.prefix(length) }).count == ids.count {
            return length
        }
        return 36
    }

    /// 小组会（第一党小组）, or the short kind name.
    static func kindLabel(_ meeting: Meeting, ledger: Ledger) -> String {
        guard meeting.kind == .groupMeeting, let group = ledger.profile.group(meeting.groupId) else { return meeting.kind.shortName }
        return "\(meeting.kind.shortName)（\(group.name)）"
    }
}
