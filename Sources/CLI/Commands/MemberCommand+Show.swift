import Foundation
import Model
import Persistence

// MARK: - member show

extension MemberCommand {
    /// The JSON of `member show --format json`.
    struct ShowReport: Encodable {
        struct Dues: Encodable {
            var month: String
            var monthlyFen: Int?
            var monthlyYuan: String?
            var basis: String
            var state: String
            var paidFen: Int
            var paidOn: String?
            var arrears: [String]
            var trackedFrom: String
            var rounding: String
        }

        var member: Member
        var group: String?
        var committeeRoles: [String]
        var dues: Dues
    }

    static func runShow(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let includePrivate = args.flag("--include-private")
        guard let query = args.positional() else {
            throw UsageError("请给出党员姓名或编号，例如 branchdesk member show 欧阳修。")
        }
        try args.finish()
        let (store, ledger) = try openRoster(context)
        let member: Member
        switch MemberLookup.resolve(query, in: ledger.members) {
        case .success(let found): member = found
        case .failure(let error): throw UsageError(error.message)
        }

        let month = context.today.yearMonth
        let payments = allDues(store, context: context)
        let dues = DuesLedger(payments: payments, trackedFrom: DuesLedger.firstRecordedMonth(in: payments, fallback: month))
        let status = dues.status(of: member, in: month)
        let arrears = dues.arrears(of: member, through: month)
        let group = ledger.profile.group(member.groupId)?.name
        let roles = ledger.profile.roles(of: member.id).map(\.chineseName)

        if context.options.format == .json {
            try context.output.json(ShowReport(
                member: masked(member, includePrivate: includePrivate), group: group, committeeRoles: roles,
                dues: .init(month: month.iso, monthlyFen: DuesRule.monthlyFen(for: member),
                            monthlyYuan: DuesRule.monthlyFen(for: member).map(DuesPayment.yuan),
                            basis: DuesRule.explanation(base: member.duesBase, category: member.duesCategory),
                            state: status.state.rawValue, paidFen: status.paidFen, paidOn: status.paidOn?.iso,
                            arrears: arrears.map(\.iso), trackedFrom: dues.trackedFrom.iso, rounding: DuesRule.roundingNote)))
            return 0
        }

        let out = context.output.out
        let m = masked(member, includePrivate: includePrivate)
        let today = context.today
        out("\(m.name)（\(m.statusLabel)）  编号 \(m.id.uuidString)")
        var line = "性别：\(m.gender?.chineseName ?? "—")　民族：\(m.ethnicity.isEmpty ? "—" : m.ethnicity)"
        if let birth = m.birthDate { line += "　出生日期：\(birth.iso)（\(birth.wholeYears(until: today)) 岁）" }
        out(line)
        out("学历：\(m.education.isEmpty ? "—" : m.education)　职务/岗位：\(m.post.isEmpty ? "—" : m.post)")
        out("党小组：\(group ?? "—")" + (roles.isEmpty ? "" : "　支委：\(roles.joined(separator: "、"))"))
        var dates = "入党日期：\(m.joinedDate?.iso ?? "—")　转正日期：\(m.fullMembershipDate?.iso ?? "—")"
        if m.status == .probationary, let end = ProbationRule.end(of: m) { dates += "　预备期至 \(end.iso) 满" }
        // 党龄 counts from 转正 (党章 第七条: 预备党员转为正式党员之日起计算党龄).
        if m.status == .full, let full = m.fullMembershipDate ?? ProbationRule.end(of: m) {
            dates += "　党龄 \(full.wholeYears(until: today)) 年"
        }
        out(dates)
        out("手机：\(m.phone.isEmpty ? "—" : m.phone)　身份证号：\(m.idNumber.isEmpty ? "—" : m.idNumber)")
        if let floating = m.floating {
            out("流动：\(floating.category)，\(floating.place.isEmpty ? "地点未填" : floating.place)，\(floating.since.iso) 起")
        }
        if !m.notes.isEmpty { out("备注：\(m.notes)") }

        out("")
        out("党费：\(DuesRule.explanation(base: m.duesBase, category: m.duesCategory))"
            + (DuesRule.monthlyFen(for: m).map { "，每月 \(DuesPayment.yuan($0)) 元" } ?? ""))
        switch status.state {
        case .paid: out("  \(month.chinese)：已缴 \(DuesPayment.yuan(status.paidFen)) 元" + (status.paidOn.map { "（\($0.iso)）" } ?? ""))
        case .exempt: out("  \(month.chinese)：免缴" + (status.note.isEmpty ? "" : "（\(status.note)）"))
        case .owed: out("  \(month.chinese)：未缴")
        case .notDue: out("  \(month.chinese)：无需交纳")
        }
        if !arrears.isEmpty {
            out("  欠缴 \(arrears.count) 个月：\(arrears.map(\.iso).joined(separator: "、"))（自 \(dues.trackedFrom.iso) 起统计）")
        }

        out("")
        out("时间线：")
        if m.timeline.isEmpty { out("  （无记录）") }
        for event in m.timeline {
            var text = "  \(event.date.iso)  \(event.kind.chineseName)"
            if let months = event.extensionMonths { text += " \(months) 个月" }
            if !event.note.isEmpty { text += "：\(event.note)" }
            out(text)
        }
        return 0
    }
}
