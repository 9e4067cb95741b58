import Foundation
import Model
import Persistence

extension FiveOnesCommand {
    /// `fiveones status`: the completion matrix of every adopted template whose span overlaps
    /// `--period`, or, without it, of each template's current period.
    static func status(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let asked = try args.value("--period").map(period)
        let templateText = try args.value("--template")
        try args.finish()
        let today = context.today
        let store = try context.openStore()
        let base = try store.load(years: [])
        try refuseUnreadable(store, doing: "无法计算完成情况")
        let template = try templateText.map { try self.template($0, in: base) }
        // Without --period: the period of each template that contains today (for 牵手致富, the
        // adopted span containing today).
        let span = asked ?? .year(today.year)
        let adoptions = base.fiveOnesAdoptions.filter { adoption in
            guard template == nil || adoption.templateId == template?.id else { return false }
            return asked.map(adoption.overlaps) ?? adoption.period.contains(today)
        }
        // Only the shards of the adopted spans are decoded: logs (and the meetings they link)
        // are filed by the year of their date, which lies inside the span.
        let years = self.years(of: adoptions.map(\.period))
        var ledger = try store.load(years: years)
        try refuseUnreadable(store, doing: "已登记的活动会被误报为未开展，本次不显示")
        ledger.fiveOnesAdoptions = adoptions
        let matrices = FiveOnesMatrix.all(in: ledger, today: today).map { matrix in
            matrix.restricted(to: asked ?? Period(containing: today, kind: matrix.template.period) ?? matrix.adoption.period)
        }.filter { !$0.periods.isEmpty }

        if context.options.format == .json {
            try context.output.json(matrices.map { MatrixJSON($0, ledger: ledger) })
            return 0
        }
        guard !matrices.isEmpty else {
            let what = template.map(\.quotedName) ?? "“五个一”"
            let when = asked.map { "与 \($0.chinese) 重叠的期间" } ?? "今天（\(today.iso)）"
            context.output.out("\(what)没有在\(when)开展。")
            let spans = base.fiveOnesAdoptions.filter { template == nil || $0.templateId == template?.id }
                .sorted { $0.period < $1.period }
                .compactMap { adoption in base.fiveOnesTemplates.first { $0.id == adoption.templateId }.map { "\($0.name) \(adoption.period.code)" } }
            if spans.isEmpty {
                context.output.out("可用 branchdesk fiveones adopt --template 模板 --period \(span.code) 开展。")
            } else {
                context.output.out("已开展：\(spans.joined(separator: "；"))。可用 --period 查看。")
            }
            return 0
        }
        FiveOnesChart.lines(matrices, ledger: ledger, today: today).forEach(context.output.out)
        return 0
    }

    /// One matrix in JSON.
    struct MatrixJSON: Encodable {
        var template: String
        var templateId: UUID
        var period: String
        var periodName: String
        var adoptionId: UUID
        var adoptionPeriod: String
        var periods: [String]
        var rows: [RowJSON]
        /// 牵手致富: one row per item across the households.
        var summary: [RowJSON]?
        var dueSoon: [String]

        init(_ matrix: FiveOnesMatrix, ledger: Ledger) {
            template = matrix.template.name
            templateId = matrix.template.id
            period = matrix.template.period.rawValue
            periodName = matrix.template.period.chineseName
            adoptionId = matrix.adoption.id
            adoptionPeriod = matrix.adoption.period.code
            periods = matrix.periods.map(\.code)
            rows = matrix.rows.map(RowJSON.init)
            summary = matrix.isPerHousehold ? matrix.summaryRows.map(RowJSON.init) : nil
            dueSoon = matrix.dueSoon().map(\.summary)
        }
    }

    struct RowJSON: Encodable {
        var item: String
        var number: Int
        var household: String?
        var householdId: UUID?
        var pairedMember: String?
        var pairedMemberId: UUID?
        var cells: [CellJSON]

        init(_ row: FiveOnesRow) {
            item = row.item
            number = row.number
            household = row.household?.name
            householdId = row.household?.id
            pairedMember = row.pairedMemberName
            pairedMemberId = row.household?.pairedMemberId
            cells = row.cells.map(CellJSON.init)
        }
    }

    struct CellJSON: Encodable {
        var period: String
        var status: String
        var dates: [String]
        var logIds: [UUID]
        var meetingIds: [UUID]
        var brokenMeetingIds: [UUID]?
        var daysLeft: Int?
        var done: Int?
        var of: Int?

        init(_ cell: FiveOnesCell) {
            period = cell.period.code
            status = cell.status.code
            dates = cell.status.dates.map(\.iso)
            logIds = cell.status.logIds
            meetingIds = cell.status.meetingIds
            let broken = cell.brokenMeetingIds
            brokenMeetingIds = broken.isEmpty ? nil : broken
            daysLeft = cell.daysLeft
            if case .partlyDone(let done, let of, _, _, _) = cell.status {
                self.done = done
                self.of = of
            }
        }
    }
}
