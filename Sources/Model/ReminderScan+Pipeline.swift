import Foundation

extension ReminderScan {
    /// The development pipeline and anniversaries (DOMAIN.md §3):
    /// `probation-end`, `activist-assessment`, `candidate-eligible`, `political-birthday`.
    mutating func pipeline() {
        for member in ledger.members where member.isOnRoll {
            switch member.status {
            case .probationary: probationEnd(member)
            case .activist: activist(member)
            default: break
            }
            if member.status.isPartyMember { politicalBirthday(member) }
        }
    }

    /// 预备期一年，从支部大会通过之日算起，可延长一次 (`ProbationRule.end`); the general meeting
    /// must discuss 转正 when it ends. Open (overdue) until 转正 is recorded.
    private mutating func probationEnd(_ member: Member) {
        guard let end = ProbationRule.end(of: member),
              shows(end, noticeFrom: end.adding(days: -ReminderEngine.probationNoticeDays)) else { return }
        let title = end < today
            ? "\(member.name)预备期已于 \(Self.day(end)) 期满，支部大会须讨论其转正"
            : "\(member.name)预备期将于 \(Self.day(end)) 期满，支部大会须讨论其转正"
        add(.probationEnd, due: end, title, key: "probation-end/\(member.id.uuidString)/\(end.iso)", member: member.id)
    }

    /// 入党积极分子每半年考察一次; 培养考察一年以上可列为发展对象 (`PipelineRule.activistMonths`).
    /// Both count from the date on the timeline's 确定为入党积极分子 event; shown from today on.
    private mutating func activist(_ member: Member) {
        guard let since = member.timeline.last(where: { $0.kind == .activist })?.date else { return }
        // The first half-year mark on or after today.
        var round = 1
        while since.adding(months: 6 * round) < today { round += 1 }
        let mark = since.adding(months: 6 * round)
        if mark <= horizon {
            add(.activistAssessment, due: mark,
                "入党积极分子\(member.name)第 \(round) 次半年考察（\(Self.day(since)) 确定为积极分子）",
                key: "activist-assessment/\(member.id.uuidString)/\(mark.iso)", member: member.id)
        }
        let eligible = since.adding(months: PipelineRule.activistMonths)
        if eligible >= today, eligible <= horizon {
            add(.candidateEligible, due: eligible,
                "入党积极分子\(member.name)培养考察将满一年（\(Self.day(since)) 确定），可研究列为发展对象",
                key: "candidate-eligible/\(member.id.uuidString)/\(eligible.iso)", member: member.id)
        }
    }

    /// 政治生日: the anniversary of the admission vote within the coming week (and the horizon).
    /// A 29 February anniversary falls on 28 February in other years (`CalendarDate.adding`).
    private mutating func politicalBirthday(_ member: Member) {
        guard let joined = member.joinedDate else { return }
        var years = max(today.year - joined.year, 1)
        var date = joined.adding(years: years)
        if date < today { years += 1; date = joined.adding(years: years) }
        let last = min(horizon, today.adding(days: ReminderEngine.birthdayDays))
        guard date <= last else { return }
        add(.politicalBirthday, due: date, "\(member.name)政治生日：入党 \(years) 周年（\(Self.day(joined)) 入党）",
            key: "political-birthday/\(member.id.uuidString)/\(date.iso)", member: member.id)
    }
}
