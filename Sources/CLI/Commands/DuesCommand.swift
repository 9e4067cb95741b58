import Foundation
import Model
import Persistence

/// `branchdesk dues [--month YYYY-MM]`: who owes what for a month and who has paid
/// (中组发〔2008〕3号 brackets, rounded to the fen; DOMAIN.md §3).
enum DuesCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "dues"
    static let summary = "党费：某月谁应缴多少、谁已缴、谁未缴"
    static let usage = """
    用法：branchdesk dues [--month YYYY-MM] [--format json]

    列出某月（默认本月）每名应缴党费的党员：应缴金额（按党费基数和类别，中组发〔2008〕3号，
    四舍五入到分）、是否已缴或免缴，以及欠缴的月份。预备党员从支部大会通过接收之月起交纳；
    转出、去世或离开的，离开当月之后不再计入。统计从台账中最早有党费记录的月份起。
    连续六个月未缴的会特别标出（党章第九条：无正当理由连续六个月不交纳党费，视为自行脱党）。
    """

    /// Consecutive unpaid months from which the listing warns; six is 党章 第九条's line.
    static let warnFromMonths = 3
    static let lapseMonths = 6

    /// One member's line, also the JSON shape.
    struct Line: Encodable {
        var id: String
        var name: String
        var group: String?
        var category: String
        var basis: String
        var expectedFen: Int?
        var expectedYuan: String?
        var state: String
        var paidFen: Int
        var paidYuan: String
        var paidOn: String?
        var note: String
        var arrears: [String]
        var consecutiveUnpaidMonths: Int
    }

    struct Report: Encodable {
        var month: String
        var trackedFrom: String
        var rounding: String
        var due: Int
        var paid: Int
        var exempt: Int
        var owed: Int
        var expectedFen: Int
        var paidFen: Int
        var members: [Line]
    }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let monthText = try args.value("--month")
        try args.finish()
        let month: YearMonth
        if let monthText {
            guard let parsed = YearMonth(monthText) else {
                throw UsageError("--month 的月份“\(monthText)”无效：应为 YYYY-MM，例如 2026-03。")
            }
            month = parsed
        } else {
            month = context.today.yearMonth
        }

        let (store, ledger) = try MemberCommand.openRoster(context)
        let payments = MemberCommand.allDues(store, context: context)
        let dues = DuesLedger(payments: payments, trackedFrom: DuesLedger.firstRecordedMonth(in: payments, fallback: month))
        let members = MemberCommand.sorted(ledger.members, groups: ledger.profile.groups)
        let byId = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let lines: [Line] = dues.report(for: month, members: members).map { status in
            let m = byId[status.memberId]!
            return Line(id: m.id.uuidString, name: m.name, group: ledger.profile.group(m.groupId)?.name,
                        category: m.duesCategory.chineseName,
                        basis: DuesRule.explanation(base: m.duesBase, category: m.duesCategory),
                        expectedFen: status.expectedFen, expectedYuan: status.expectedFen.map(DuesPayment.yuan),
                        state: status.state.rawValue, paidFen: status.paidFen, paidYuan: DuesPayment.yuan(status.paidFen),
                        paidOn: status.paidOn?.iso, note: status.note,
                        arrears: dues.arrears(of: m, through: month).map(\.iso),
                        consecutiveUnpaidMonths: dues.consecutiveUnpaidMonths(of: m, through: month))
        }
        let report = Report(
            month: month.iso, trackedFrom: dues.trackedFrom.iso, rounding: DuesRule.roundingNote,
            due: lines.count, paid: lines.filter { $0.state == "paid" }.count,
            exempt: lines.filter { $0.state == "exempt" }.count, owed: lines.filter { $0.state == "owed" }.count,
            expectedFen: lines.filter { $0.state != "exempt" }.compactMap(\.expectedFen).reduce(0, +),
            paidFen: lines.map(\.paidFen).reduce(0, +), members: lines)

        if context.options.format == .json {
            try context.output.json(report)
        } else {
            printReport(report, branch: ledger.profile.name, context: context)
        }
        return 0
    }

    private static func printReport(_ report: Report, branch: String, context: CommandContext) {
        let out = context.output.out
        let month = YearMonth(report.month)!
        out("\(month.chinese)党费（\(branch)）")
        out("应缴 \(report.due) 人：已缴 \(report.paid) 人，免缴 \(report.exempt) 人，未缴 \(report.owed) 人。"
            + "应缴合计 \(DuesPayment.yuan(report.expectedFen)) 元，已缴合计 \(DuesPayment.yuan(report.paidFen)) 元。")
        let owed = report.members.filter { $0.state == "owed" }
        if !owed.isEmpty {
            out("")
            out("未缴（\(owed.count) 人）：")
            MemberTable.render(owed.map { line in
                [line.name, line.group ?? "", line.expectedYuan.map { "\($0) 元" } ?? "金额未知", line.basis, arrearsText(line)]
            }, indent: "  ").forEach(out)
        }
        let paid = report.members.filter { $0.state == "paid" }
        if !paid.isEmpty {
            out("")
            out("已缴（\(paid.count) 人）：")
            MemberTable.render(paid.map { line in
                var remark = line.note
                if let expected = line.expectedFen, expected != line.paidFen {
                    remark = "按现基数应缴 \(DuesPayment.yuan(expected)) 元" + (remark.isEmpty ? "" : "；\(remark)")
                }
                return [line.name, line.group ?? "", "\(line.paidYuan) 元", line.paidOn ?? "", remark]
            }, indent: "  ").forEach(out)
        }
        let exempt = report.members.filter { $0.state == "exempt" }
        if !exempt.isEmpty {
            out("")
            out("免缴（\(exempt.count) 人）：")
            MemberTable.render(exempt.map { [$0.name, $0.group ?? "", $0.note] }, indent: "  ").forEach(out)
        }
        out("")
        out("统计自 \(report.trackedFrom) 起（台账中最早的党费记录）。\(report.rounding)")
    }

    /// `已连续 4 个月未缴（2026-08 起）`, with the 党章 第九条 line at six months.
    private static func arrearsText(_ line: Line) -> String {
        let run = line.consecutiveUnpaidMonths
        guard let first = line.arrears.suffix(run).first else { return "" }
        if run >= lapseMonths {
            return "已连续 \(run) 个月未缴（\(first) 起）：无正当理由连续六个月不交纳党费视为自行脱党（党章第九条），请尽快了解情况"
        }
        if run >= warnFromMonths {
            return "已连续 \(run) 个月未缴（\(first) 起），满六个月将视为自行脱党"
        }
        let older = line.arrears.count - run
        return older > 0 ? "另有 \(older) 个月欠缴" : ""
    }
}
