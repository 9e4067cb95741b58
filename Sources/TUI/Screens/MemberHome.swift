import Foundation
import Model

/// A member's own record, the only thing the member role sees (DOMAIN.md §7): their file
/// (ID masked), this year's pledges and progress, attendance with its rate, five-ones
/// participation, dues paid and owed, political birthday.
///
/// No other member's name may appear: meetings are listed by date and kind only (a topic may
/// name someone), attendance as counts, five-ones as items.
enum MemberHome {
    static func text(for member: Member, ledger: Ledger, today: CalendarDate) -> String {
        var lines = [
            "姓　　名：\(member.name)　　性别：\(member.gender?.chineseName ?? "")　　民族：\(member.ethnicity)",
            "党 小 组：\(ledger.profile.group(member.groupId)?.name ?? "")　　身份：\(member.statusLabel)",
            "身份证号：\(Masking.idNumber(member.idNumber))　　手机：\(Masking.phone(member.phone))",
        ]
        if let joined = member.joinedDate {
            let years = joined.wholeYears(until: today)
            var next = CalendarDate(year: today.year, month: joined.month, day: min(joined.day, CalendarDate.daysIn(year: today.year, month: joined.month)))!
            if next < today { next = next.adding(years: 1) }
            lines.append("政治生日：\(joined.month)月\(joined.day)日（\(joined.year) 年入党，已 \(years) 年；下一个在 \(next.iso)，还有 \(today.days(until: next)) 天）")
        }

        lines += ["", "【\(today.year) 年承诺】"]
        if let commitment = ledger.commitments.first(where: { $0.memberId == member.id && $0.year == today.year }) {
            lines += commitment.pledges.map { "  【\($0.category)】\($0.text)" }
            lines.append(String(format: "  义工时长：%.1f 小时　%@", commitment.volunteerHours,
                                commitment.pioneerPost.isEmpty ? "" : "先锋岗/责任区：\(commitment.pioneerPost)"))
            lines.append("  践诺进展：")
            lines += commitment.progress.isEmpty ? ["    （暂无，按 p 添加）"] : commitment.progress.map { "    \($0.date.iso)  \($0.text)" }
            lines.append("  自我评价：\(commitment.review?.selfAssessment.isEmpty == false ? commitment.review!.selfAssessment : "（尚未填写，按 s 填写）")")
            if let grade = commitment.review?.grade { lines.append("  民主评议：\(grade.chineseName)") }
        } else {
            lines.append("  （本年度尚无承诺记录，请与支部书记联系）")
        }

        let mine = ledger.meetings.filter { $0.state == .held }.compactMap { meeting -> (Meeting, Attendance)? in
            meeting.attendance.first { $0.memberId == member.id }.map { (meeting, $0) }
        }.sorted { $0.0.date > $1.0.date }
        let present = mine.filter { $0.1.presence == .present }.count
        let rate = mine.isEmpty ? "—" : String(format: "%.0f%%", Double(present) * 100 / Double(mine.count))
        lines += ["", "【组织生活】应参加 \(mine.count) 次，出席 \(present) 次，出席率 \(rate)（已载入的年份）"]
        lines += mine.prefix(12).map { meeting, mark in
            "  \(meeting.date.iso)  \(meeting.kind.chineseName)　\(mark.presence.chineseName)\(mark.reason.isEmpty ? "" : "（\(mark.reason)）")　应到 \(meeting.expectedCount) 人，实到 \(meeting.presentCount) 人"
        }

        let templates = Dictionary(ledger.fiveOnesTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let deeds = ledger.fiveOnesLogs.filter { log in
            log.participants.contains(member.id)
                || (log.meetingId.flatMap { id in ledger.meetings.first { $0.id == id } }?.attendance
                    .contains { $0.memberId == member.id && $0.presence == .present } ?? false)
        }.sorted { $0.date > $1.date }
        lines += ["", "【“五个一”参与】\(deeds.count) 项"]
        lines += deeds.prefix(10).map { log in
            let template = templates[log.templateId]
            let item = template.flatMap { $0.items.indices.contains(log.itemIndex) ? $0.items[log.itemIndex] : nil } ?? ""
            return "  \(log.date.iso)  \(template?.name ?? "")：\(item)"
        }

        lines += ["", "【党费】"]
        if let monthly = DuesRule.monthlyFen(for: member) {
            lines.append("  每月应交 \(DuesPayment.yuan(monthly)) 元（按 \(member.duesCategory.chineseName) 标准，四舍五入到分）")
        }
        let thisMonth = today.yearMonth
        let dues = DuesLedger(payments: ledger.dues, trackedFrom: DuesLedger.firstRecordedMonth(in: ledger.dues, fallback: thisMonth))
        let paid = ledger.dues.filter { $0.memberId == member.id && $0.month.year == today.year && !$0.exempt }
        lines.append("  \(today.year) 年已交 \(paid.count) 个月，合计 \(DuesPayment.yuan(paid.map(\.amountFen).reduce(0, +))) 元")
        let owed = dues.arrears(of: member, through: thisMonth.adding(months: -1))
        lines.append(owed.isEmpty ? "  没有欠缴。" : "  欠缴 \(owed.count) 个月：\(owed.map(\.chinese).joined(separator: "、"))")
        lines += ["", "p 添加践诺进展　s 填写年终自我评价　q 退出"]
        return lines.joined(separator: "\n")
    }
}
