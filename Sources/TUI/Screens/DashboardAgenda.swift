import Foundation
import Model

/// 工作台: the overview lines and the list of what is due in the next 30 days, overdue first.
enum DashboardAgenda {
    static let horizonDays = 30

    /// Every reminder the engine finds for the next 30 days, overdue first (they fall due
    /// earliest); talk cases only when `includePrivate` (the secretary).
    static func list(ledger: Ledger, today: CalendarDate, includePrivate: Bool = true) -> SectionList {
        let columns = [
            TableColumn(title: "日期", width: .fixed(10)),
            TableColumn(title: "", width: .fixed(10)),
            TableColumn(title: "事项", width: .flex(min: 30)),
        ]
        let reminders = ReminderEngine.reminders(ledger: ledger, rules: ledger.cadenceRules, today: today,
                                                 horizonDays: horizonDays, includeTalks: includePrivate)
        let rows = reminders.map { reminder -> SectionRow in
            let days = today.days(until: reminder.due)
            let when = days < 0 ? "逾期\(-days)天" : days == 0 ? "今天" : "\(days)天后"
            return SectionRow(ref: ref(for: reminder), cells: [reminder.due.iso, when, reminder.title],
                              extraSearch: [reminder.rule.rawValue, reminder.memberName ?? ""])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（未来 \(horizonDays) 天没有到期事项）")
    }

    /// Where Enter on a reminder goes: its record, or the view it is about.
    private static func ref(for reminder: Reminder) -> RecordRef {
        switch reminder.rule {
        case .taskDue: return reminder.ref.map(RecordRef.task) ?? .section(.tasks)
        case .talkDeadline, .talkFollowUp: return reminder.ref.map(RecordRef.talk) ?? .section(.talks)
        case .commitmentReview: return reminder.ref.map(RecordRef.commitment) ?? .section(.commitments)
        case .cadence: return reminder.ref.map(RecordRef.meeting) ?? .section(.meetings)
        case .fiveOnes: return .section(.fiveOnes)
        case .termEnd: return .section(.dashboard)
        default: return reminder.member.map(RecordRef.member) ?? .section(.members)
        }
    }

    /// The summary lines above the list: the branch, its people, this year's meetings, open work.
    static func summary(ledger: Ledger, today: CalendarDate, role: Role = .secretary) -> [String] {
        let profile = ledger.profile
        var lines: [String] = []
        lines.append(profile.organPartyCommittee.isEmpty ? profile.name : "\(profile.name)（上级：\(profile.organPartyCommittee)）")

        let roll = ledger.membersOnRoll
        func count(_ status: MemberStatus) -> Int { roll.filter { $0.status == status }.count }
        let floating = roll.filter { $0.floating != nil }.count
        lines.append("党员 \(count(.full) + count(.probationary)) 人（正式 \(count(.full))，预备 \(count(.probationary))，流动 \(floating)）；发展对象 \(count(.candidate))，入党积极分子 \(count(.activist))，入党申请人 \(count(.applicant))")

        let seats = profile.committee.map { "\($0.role.chineseName) \(ledger.memberName($0.memberId))" }.joined(separator: "，")
        var term = ""
        if let end = profile.termEnd {
            let days = today.days(until: end)
            term = days >= 0 ? "；任期至 \(end.iso)（还有 \(days) 天）" : "；任期已于 \(end.iso) 届满"
        }
        lines.append("支委：\(seats.isEmpty ? "（未设）" : seats)\(term)")

        let thisYear = ledger.meetings.filter { $0.date.year == today.year && $0.state == .held }
        let byKind = MeetingKind.allCases.compactMap { kind -> String? in
            let n = thisYear.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(kind.shortName) \(n)"
        }
        lines.append("\(today.year) 年已召开会议 \(thisYear.count) 次：\(byKind.isEmpty ? "无" : byKind.joined(separator: "，"))")

        let openTasks = ledger.tasks.filter(\.isOpen)
        let overdueTasks = openTasks.filter { $0.due < today }.count
        let openTalks = ledger.talkCases.filter(\.isOpen).count
        let planned = ledger.meetings.filter { $0.state == .planned && $0.date >= today }.count
        // Talk cases are counted for the secretary only: even their number is private.
        let talks = role.seesTalks ? "；进行中的提醒谈话 \(openTalks) 件" : ""
        lines.append("联络任务待办 \(openTasks.count) 项（逾期 \(overdueTasks)）；计划中的会议 \(planned) 次\(talks)")
        if !ledger.cadenceRules.isEmpty {
            // Cadence gaps: private reminders in plain sentences, never a score (DOMAIN.md §2).
            let cadence = CadenceGrid.summary(for: today.year, ledger: ledger, rules: ledger.cadenceRules, today: today)
            lines.append("会议周期：" + (cadence.isEmpty ? "本年各类会议均按期召开。" : cadence.prefix(3).joined(separator: "；")))
        }
        lines.append("今天是 \(today.chinese)，以下为逾期及未来 \(horizonDays) 天内到期的事项：")
        return lines
    }
}
