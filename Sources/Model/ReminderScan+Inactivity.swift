import Foundation

extension ReminderScan {
    /// Months in a row from which `inactivity` warns, escalates, and the line of 党章 第九条.
    static let warnFromMonth = 3
    static let escalateFromMonth = 5
    static let lapseMonths = 6

    /// `inactivity` and `dues-arrears` (DOMAIN.md §3; 党章 第九条, 教育管理条例 第三十一条:
    /// 连续六个月不参加党的组织生活、或不交纳党费 → 自行脱党).
    ///
    /// Months are counted the way a secretary counts them on paper: the month of the last
    /// attendance (or payment) is fine, the next one is month 1, and the current month counts
    /// as soon as it has begun. From month 3 a reminder warns, from month 5 it is `due`
    /// whatever the date, and it falls due on the last day of month 6; after that it is overdue.
    /// Only attendance marked present counts (the program cannot judge whether an excuse was a
    /// good reason; the secretary can). Floating members (流动党员) live their organisational life
    /// where they are, so only their dues are counted. A chain never starts before the member
    /// joined or transferred in, nor before the first month the loaded ledger has a held
    /// meeting (resp. a dues record) for.
    mutating func inactivityAndDues() {
        let current = today.yearMonth
        let (lastPresent, firstMeetingMonth) = attendanceIndex()
        let payments = DuesLedger(payments: ledger.dues,
                                  trackedFrom: DuesLedger.firstRecordedMonth(in: ledger.dues, fallback: current))
        for member in ledger.members where member.isOnRoll && member.status.isPartyMember {
            if member.floating == nil, let first = firstMeetingMonth {
                var start = max(first, arrival(of: member) ?? first)
                if let present = lastPresent[member.id] { start = max(start, present.adding(months: 1)) }
                let months = start.months(until: current) + 1
                // A chain reaching back to the first loaded month may be longer than it shows.
                inactivity(member, months: months, since: start, cause: .attendance, atLeast: start == first)
            }
            let unpaid = payments.consecutiveUnpaidMonths(of: member, through: current)
            if unpaid > 0 {
                let since = current.adding(months: 1 - unpaid)
                inactivity(member, months: unpaid, since: since, cause: .dues, atLeast: since == payments.trackedFrom)
            }
            arrears(member, payments.arrears(of: member, through: current.adding(months: -1)))
        }
    }

    enum InactivityCause: String {
        case attendance
        case dues
    }

    /// `atLeast`: the chain starts at the first month on record, so it may be longer still.
    private mutating func inactivity(_ member: Member, months: Int, since: YearMonth, cause: InactivityCause, atLeast: Bool) {
        guard months >= Self.warnFromMonth else { return }
        let lapse = since.adding(months: Self.lapseMonths - 1).lastDay
        let what = cause == .attendance ? "未参加组织生活" : "未交纳党费"
        let title: String
        if months > Self.lapseMonths {
            let from = atLeast ? "至少自 \(since.chinese)（最早的记录）" : "自 \(since.chinese)"
            title = "\(member.name)\(from)起连续 \(months) 个月\(what)，已满六个月：按党章第九条须由支部研究处置"
        } else {
            let urge = months >= Self.escalateFromMonth ? "，请尽快谈话提醒" : ""
            title = "\(member.name)自 \(since.chinese)起\(what)，已是第 \(months) 个月；连续满六个月（\(Self.day(lapse))）视为自行脱党\(urge)"
        }
        add(.inactivity, due: lapse, title, key: "inactivity/\(member.id.uuidString)/\(cause.rawValue)",
            member: member.id, atLeast: months >= Self.escalateFromMonth ? .due : nil)
    }

    /// `dues-arrears`: months before this one that are owed and neither paid nor exempted
    /// (`DuesLedger.arrears`). Due at the end of the oldest unpaid month, so always overdue;
    /// the current month is not in arrears until it is over.
    private mutating func arrears(_ member: Member, _ months: [YearMonth]) {
        guard let oldest = months.first else { return }
        let list = months.count <= 4 ? months.map(\.chinese).joined(separator: "、")
            : "\(oldest.chinese)至\(months.last!.chinese)"
        add(.duesArrears, due: oldest.lastDay, "\(member.name)欠缴党费 \(months.count) 个月：\(list)",
            key: "dues-arrears/\(member.id.uuidString)/\(oldest.iso)", member: member.id)
    }

    /// Each member's latest month with a present attendance up to today, and the first month
    /// with any held meeting: one pass over the attendance rows.
    private func attendanceIndex() -> (lastPresent: [UUID: YearMonth], firstMonth: YearMonth?) {
        var last: [UUID: YearMonth] = [:]
        var first: YearMonth?
        for meeting in ledger.meetings where meeting.state == .held && meeting.date <= today {
            let month = meeting.date.yearMonth
            if first.map({ month < $0 }) ?? true { first = month }
            for row in meeting.attendance where row.presence == .present {
                if let known = last[row.memberId], known >= month { continue }
                last[row.memberId] = month
            }
        }
        return (last, first)
    }

    /// The month the member came onto this branch's roll: the admission vote, or a later transfer in.
    private func arrival(of member: Member) -> YearMonth? {
        let transfer = member.timeline.last { $0.kind == .transferIn }?.date.yearMonth
        let joined = member.joinedDate?.yearMonth
        switch (joined, transfer) {
        case let (j?, t?): return max(j, t)
        case let (j, t): return j ?? t
        }
    }
}
