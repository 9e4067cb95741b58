import Foundation
import Model

extension RecordDetail {
    /// The member file (issue #4): the file itself, the dated timeline, attendance at the
    /// meetings loaded, and dues. Phone and ID number are masked unless `revealed`: the
    /// secretary asks for them on one page (`r`), and a page opened again starts masked.
    static func member(_ m: Member, _ ledger: Ledger, today: CalendarDate, revealed: Bool) -> (String, String) {
        let roles = ledger.profile.roles(of: m.id).map(\.chineseName)
        let phone = revealed ? m.phone : Masking.phone(m.phone)
        let idNumber = revealed ? m.idNumber : Masking.idNumber(m.idNumber)
        var lines = [
            "姓　　名：\(m.name)　　性别：\(m.gender?.chineseName ?? "")　　民族：\(m.ethnicity)",
            "出生日期：\(m.birthDate?.iso ?? "")\(m.birthDate.map { "（\($0.wholeYears(until: today)) 岁）" } ?? "")　　学历：\(m.education)",
            "职　　务：\(m.post)",
            "党 小 组：\(ledger.profile.group(m.groupId)?.name ?? "")\(roles.isEmpty ? "" : "　　支委：" + roles.joined(separator: "、"))",
            "身　　份：\(m.statusLabel)",
            "入党日期：\(m.joinedDate?.iso ?? "")　　转正日期：\(m.fullMembershipDate?.iso ?? "")",
            "手　　机：\(phone)　　身份证号：\(idNumber)\(revealed ? "　　（已显示完整号码，关闭本页即恢复隐藏）" : "")",
            "党费基数：\(m.duesBase.map { "\(DuesRule.yuanText($0)) 元" } ?? "")（\(m.duesCategory.chineseName)）",
        ]
        if let floating = m.floating {
            lines.append("流动情况：\(floating.category)，\(floating.place)，自 \(floating.since.iso)")
        }
        if let end = ProbationRule.end(of: m), m.status == .probationary {
            lines.append("预备期满：\(end.iso)")
        }
        if !m.notes.isEmpty { lines += ["备　　注：", m.notes] }
        lines += ["", "历程："] + timeline(m, ledger)
        lines += ["", "参加组织生活："] + attendance(m, ledger)
        lines += ["", "党费："] + dues(m, ledger, today: today)
        return ("党员档案 \(m.name)", lines.joined(separator: "\n"))
    }

    /// Oldest first, with the deciding meeting when it is loaded.
    private static func timeline(_ m: Member, _ ledger: Ledger) -> [String] {
        if m.timeline.isEmpty { return ["  （无记录；在本页按 p 登记身份变更）"] }
        return m.timeline.sorted { $0.date < $1.date }.map { event in
            var line = "  \(event.date.iso)  \(event.kind.chineseName)"
            if let months = event.extensionMonths { line += " \(months) 个月" }
            if let meeting = event.meetingId.flatMap({ id in ledger.meetings.first { $0.id == id } }) {
                line += "（\(meeting.date.iso) \(meeting.kind.chineseName)）"
            }
            if !event.note.isEmpty { line += "：\(event.note)" }
            return line
        }
    }

    /// Counted over the meetings in the ledger (the years loaded), from each meeting's own
    /// attendance list: 应参加 is being on it, as the meeting record counts 应到.
    private static func attendance(_ m: Member, _ ledger: Ledger) -> [String] {
        let marked = ledger.meetings.compactMap { meeting in
            meeting.attendance.first { $0.memberId == m.id }.map { (meeting, $0) }
        }.sorted { ($0.0.date, $0.0.id.uuidString) > ($1.0.date, $1.0.id.uuidString) }
        let years = Set(ledger.meetings.map(\.date.year)).sorted().map(String.init).joined(separator: "、")
        guard !marked.isEmpty else {
            return ["  已载入的会议（\(years.isEmpty ? "无" : years + " 年")）中没有这位同志的出席记录。"]
        }
        let present = marked.filter { $0.1.presence == .present }.count
        let excused = marked.filter { $0.1.presence == .excused }.count
        let absent = marked.count - present - excused
        let rate = present * 100 / marked.count
        var lines = ["  应参加 \(marked.count) 次，出席 \(present) 次，请假 \(excused) 次，缺席 \(absent) 次，出席率 \(rate)%（按已载入的 \(years) 年会议统计）"]
        let shown = 10
        lines += marked.prefix(shown).map { meeting, mark in
            let reason = mark.presence == .excused && !mark.reason.isEmpty ? "（\(mark.reason)）" : ""
            return "  \(meeting.date.iso)  \(meeting.kind.shortName)　\(mark.presence.chineseName)\(reason)　\(meeting.topic)"
        }
        if marked.count > shown { lines.append("  ……另有 \(marked.count - shown) 次更早的会议") }
        return lines
    }

    /// The monthly amount by the rule (`DuesRule`), this year's payments and the months in
    /// arrears (`DuesLedger`), counted from the earliest payment loaded, as `dues` does.
    private static func dues(_ m: Member, _ ledger: Ledger, today: CalendarDate) -> [String] {
        let month = today.yearMonth
        if [.applicant, .activist, .candidate].contains(m.status) {
            // 中组发〔2008〕3号: 预备党员从支部大会通过其为预备党员之日起交纳党费.
            return ["  \(m.status.chineseName)尚未入党，不交纳党费（从支部大会接收为预备党员的当月起交纳）。"]
        }
        var first = "  " + DuesRule.explanation(base: m.duesBase, category: m.duesCategory)
        if let fen = DuesRule.monthlyFen(for: m) { first += "，每月 \(DuesPayment.yuan(fen)) 元" }
        let payments = ledger.dues
        let book = DuesLedger(payments: payments, trackedFrom: DuesLedger.firstRecordedMonth(in: payments, fallback: month))
        let own = payments.filter { $0.memberId == m.id && $0.month.year == today.year }
        let paid = own.filter { !$0.exempt }
        let exempt = Set(own.filter(\.exempt).map(\.month)).count
        var lines = [first]
        var year = "  \(today.year) 年已缴 \(Set(paid.map(\.month)).count) 个月，合计 \(DuesPayment.yuan(paid.map(\.amountFen).reduce(0, +))) 元"
        if exempt > 0 { year += "，免缴 \(exempt) 个月" }
        let status = book.status(of: m, in: month)
        year += "；\(month.chinese)\(status.state.chineseName)"
        lines.append(year)
        let arrears = book.arrears(of: m, through: month)
        if !arrears.isEmpty {
            let months = arrears.count <= 6 ? arrears.map(\.iso).joined(separator: "、") : "\(arrears.first!.iso) 至 \(arrears.last!.iso) 间"
            lines.append("  欠缴 \(arrears.count) 个月：\(months)（自 \(book.trackedFrom.iso) 起统计）")
        } else if status.state != .notDue {
            lines.append("  无欠缴（自 \(book.trackedFrom.iso) 起统计）")
        }
        lines.append("  " + DuesRule.roundingNote)
        return lines
    }
}
