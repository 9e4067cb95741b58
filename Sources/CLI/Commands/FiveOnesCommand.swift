import Foundation
import Model
import Persistence

/// `branchdesk fiveones templates|status|log|adopt`: "五个一" schemes from the command line
/// (issue #5, DOMAIN.md §5). Each deed is recorded once; a deed that was a meeting links it.
///
/// Exit statuses: 0 done; 1 refused (every problem is listed and nothing is written), a
/// template, meeting or member not found or ambiguous (the candidates are listed), or a file
/// the answer depends on could not be read; 2 usage errors.
enum FiveOnesCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "fiveones"
    static let summary = "“五个一”：模板、开展、登记活动和完成情况"
    static let usage = """
    用法：
      branchdesk fiveones templates [--format json]
      branchdesk fiveones status [--period 期间] [--template 模板] [--format json]
      branchdesk fiveones log --template 模板 --item 序号 --date 日期 [选项]
      branchdesk fiveones adopt --template 模板 --period 期间 [--household '户名:党员' …]

    模板可写名称、名称中只有它含有的部分（如 心灵的震撼）或编号（前 8 位即可）。
    期间写作 2026（全年）、2026H1（上半年）、2026Q4（第四季度）或 2026-10（月）。

    fiveones templates：列出本支部的模板，含开展周期、编号的项目和已开展的期间。

    fiveones status：完成情况表，每个项目一行，每期一列（牵手致富按结对户分行，注明结对党员）。
      ✓月-日 已完成（有多条时注明 +条数）　部分 部分结对户完成　本期 本期尚未开展
      未开展 期间已过仍未开展　· 尚未到期
      默认显示每个模板当前所在的一期；--period 显示与该期间重叠的各期（如 --period 2026 显示全年四个季度）。
      表下列出每条记录及其关联的会议，最后提醒 30 天内截止仍未开展的项目。
      --format json 输出每个模板的 rows：item、number、household、pairedMember，
      以及每期的 period（2026Q4）、status（done、partly-done、outstanding、not-yet-due）、
      dates、logIds、meetingIds，关联的会议已不存在时有 brokenMeetingIds，本期未开展时有 daysLeft。
      这些是给书记自己看的提醒，不是评分或排名。

    fiveones log：登记一次活动（一件事只登记一次）。
      --template 模板        --item 序号（按 templates 列出的 1、2、3…）
      --date 日期            活动日期（2026-11-12、2026/11/12 或 2026年11月12日）；用 --meeting 时可省略
      --meeting 会议编号     这次活动就是已记录的三会一课会议（编号或前 8 位）：关联它，不重复录入；
                             日期、地点、出席人员和议题取自该会议
      --participants 姓名,…  参加的党员（姓名或编号）
      --place 地点           --note 备注
      --evidence 路径        佐证材料（照片、签到表）的路径，可重复；文件须存在，只记录路径，不复制
      --household 户名       按结对户开展的模板（牵手致富）须指明结对户
      模板须已开展且开展期间包含活动日期，否则请先用 fiveones adopt 开展。
      同一项目同一期已登记过同一次会议（或同一天的活动）时不再登记。
      保存后输出新记录的编号；--format json 时输出整条记录。

    fiveones adopt：开展一个模板，例如 --period 2026 按季度模板开展全年四个季度。
      --household '户名:党员'  按结对户开展的模板须列出每个结对户及结对党员，可重复
      同一模板的开展期间不能重叠。保存后输出开展记录的编号。

    退出码：0 完成；1 未保存（逐条列出问题，不写任何文件）、找不到或有重名（列出候选）、
    文件无法读取；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let action = args.positional() else {
            throw UsageError("请指明 templates、status、log 或 adopt，例如 branchdesk fiveones status。用 branchdesk help fiveones 查看用法。")
        }
        switch action {
        case "templates": return try templates(&args, context: context)
        case "status": return try status(&args, context: context)
        case "log": return try log(&args, context: context)
        case "adopt": return try adopt(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 templates、status、log 或 adopt。用 branchdesk help fiveones 查看用法。")
        }
    }

    // MARK: - Shared parsing

    /// `--period`: 2026, 2026H1, 2026Q4 or 2026-10.
    static func period(_ text: String) throws -> Period {
        guard let period = Period(text.trimmingCharacters(in: .whitespaces)) else {
            throw UsageError("--period 的期间“\(text)”无效：应为 2026（全年）、2026H1（上半年）、2026Q4（第四季度）或 2026-10（月）。")
        }
        return period
    }

    /// The template named by `--template`, or a failure listing the templates.
    static func template(_ text: String, in ledger: Ledger) throws -> FiveOnesTemplate {
        switch FiveOnesTemplateLookup.resolve(text, in: ledger.fiveOnesTemplates) {
        case .success(let template): return template
        case .failure(let error): throw FiveOnesFailure(error.message + "可用 branchdesk fiveones templates 查看。")
        }
    }

    /// A meeting by id or a unique prefix of at least 8 characters.
    static func meeting(_ text: String, in meetings: [Meeting]) -> Result<Meeting, ValidationError> {
        let query = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard query.count >= 8 else {
            return .failure(ValidationError(field: "meetingId", "会议编号“\(text)”太短：至少写前 8 位。"))
        }
        let matches = meetings.filter { $0.id.uuidString.lowercased().hasPrefix(query) }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.isEmpty {
            return .failure(ValidationError(field: "meetingId", "找不到编号为“\(text)”的会议记录。可用 branchdesk meeting list 查看编号。"))
        }
        let list = matches.sorted { $0.date < $1.date }.prefix(5)
            .map { "\($0.id.uuidString)（\($0.date.iso) \($0.kind.shortName)“\($0.topic)”）" }.joined(separator: "、")
        return .failure(ValidationError(field: "meetingId", "编号“\(text)”对应 \(matches.count) 条会议记录：\(list)。请多写几位编号。"))
    }

    /// Every value of a flag that may be repeated, each split at “,”“，”“、”.
    static func list(_ args: inout ArgumentList, _ flag: String) throws -> [String] {
        var values: [String] = []
        while let value = try args.value(flag) { values += MeetingText.list(value) }
        return values
    }

    /// Refuses when a file the command depends on could not be read: a missing shard would make
    /// deeds done look outstanding, or let a duplicate through.
    static func refuseUnreadable(_ store: LedgerStore, files: Set<String>? = nil, doing: String) throws {
        guard let issue = store.issues.first(where: { files?.contains($0.file) ?? true }) else { return }
        throw FiveOnesFailure("无法读取 \(issue.description)，\(doing)。请先修复该文件，可用 branchdesk check 查看。")
    }

    /// The years whose dated shards hold the records of `spans`.
    static func years(of spans: [Period]) -> Set<Int> {
        Set(spans.flatMap { $0.firstDay.year...$0.lastDay.year })
    }
}
