import Foundation
import Model
import Persistence

/// `branchdesk cadence`: for a year, which periods of each meeting kind (and each group, for
/// 党小组会) are held, due, missed or still to come (issue #3, DOMAIN.md §2).
///
/// Exit statuses: 0 done; 1 a file the grid depends on could not be read (a grid without those
/// meetings would report held meetings as missed); 2 usage errors.
enum CadenceCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "cadence"
    static let summary = "查看一年中各类会议是否按期召开"
    static let usage = """
    用法：branchdesk cadence [--year 年份] [--format json]

    按会议周期规则（本支部的 cadence.json；支部没有设置时用默认规则）列出某年（默认今年）
    每类会议在每月、每季度或每年是否已召开，党小组会按党小组分行。最后列出提醒事项。
      ✓ 已召开　本期 本期尚未召开　计划 已安排计划　缺 已过期未召开　· 尚未到期
    这些是给书记自己看的提醒，不是评分或排名。

    --format json 输出每行的会议类型（kind）、党小组（group、groupId）、规则（period、minimum、
    source），以及每期的编码（2026-03、2026Q1、2026）、状态（held、due、overdue、not-yet-due）、
    已召开和计划中的会议编号（meetingIds、planned），本期还有剩余天数（daysLeft）。

    退出码：0 完成；1 会议或规则文件无法读取（据此算出的周期不可靠，不显示）；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let today = context.today
        let year = try args.value("--year").map(MeetingCommand.year) ?? today.year
        try args.finish()
        let store = try context.openStore()
        let ledger = try store.load(years: [year])
        let needed: Set<String> = [LedgerKind.branch.path, LedgerKind.cadence.path, LedgerKind.meetings.file(year: year)]
        if let issue = store.issues.first(where: { needed.contains($0.file) }) {
            throw MeetingFailure("无法读取 \(issue.description)。缺了这个文件，已召开的会议会被误报为未召开，本次不显示。请先修复，可用 branchdesk check 查看。")
        }
        let usesDefaults = ledger.cadenceRules.isEmpty
        let rules = usesDefaults ? try context.shippedData().cadenceRules() : ledger.cadenceRules
        let rows = CadenceGrid.rows(for: year, ledger: ledger, rules: rules, today: today)
        if context.options.format == .json {
            try context.output.json(rows.map(RowJSON.init))
        } else {
            var lines = CadenceChart.lines(rows, year: year, ledger: ledger, today: today)
            if usesDefaults { lines.insert("（本支部还没有自己的会议周期规则，按默认规则计算。）", at: 1) }
            lines.forEach(context.output.out)
        }
        return 0
    }

    /// One grid row in JSON.
    struct RowJSON: Encodable {
        var kind: String
        var kindName: String
        var label: String
        var group: String?
        var groupId: UUID?
        var period: String
        var minimum: Int
        var source: String
        var cells: [CellJSON]

        init(_ row: CadenceRow) {
            kind = row.rule.kind.rawValue
            kindName = row.rule.kind.chineseName
            label = row.label
            group = row.group?.name
            groupId = row.group?.id
            period = row.rule.period.rawValue
            minimum = row.rule.minimum
            source = row.rule.source
            cells = row.cells.map(CellJSON.init)
        }
    }

    /// One period of a row in JSON.
    struct CellJSON: Encodable {
        var period: String
        var status: String
        var meetingIds: [UUID]
        var planned: [UUID]
        var daysLeft: Int?

        init(_ cell: CadenceCell) {
            period = cell.period.code
            status = cell.status.code
            meetingIds = cell.held
            planned = cell.planned
            if case .due(let days) = cell.status { daysLeft = days }
        }
    }
}
