import Foundation

extension PipelineRule {
    /// Whether a member file's status agrees with its dates, for files typed in whole (a new
    /// member, an imported sheet row) rather than moved event by event.
    ///
    /// Probation is one year from the admission vote, extended at most once (党章 第七条), so a
    /// 转正日期 before its end, or a full member admitted less than a year ago without one, is a
    /// slip of the pen the secretary should see. People still in the pipeline have no 入党日期.
    public static func consistencyErrors(of member: Member, today: CalendarDate) -> [ValidationError] {
        var errors: [ValidationError] = []
        let status = member.status
        if [.applicant, .activist, .candidate].contains(status) {
            if let joined = member.joinedDate {
                errors.append(ValidationError(field: "joinedDate",
                    "\(status.chineseName)不应有入党日期（\(joined.iso)）：入党日期是支部大会接收为预备党员的日期。请核对人员类别或入党日期。"))
            }
            if let full = member.fullMembershipDate {
                errors.append(ValidationError(field: "fullMembershipDate", "\(status.chineseName)不应有转正日期（\(full.iso)）。"))
            }
            return errors
        }
        if status == .probationary, let full = member.fullMembershipDate {
            errors.append(ValidationError(field: "fullMembershipDate",
                "预备党员不应有转正日期（\(full.iso)）：已转正的请把人员类别改为正式党员。"))
        }
        guard let joined = member.joinedDate, let end = ProbationRule.end(of: member) else { return errors }
        if let full = member.fullMembershipDate, full >= joined, full < end {
            errors.append(ValidationError(field: "fullMembershipDate",
                "转正日期 \(full.iso) 早于预备期满（\(joined.iso) 入党，预备期至 \(end.iso) 满）：预备期一年，从支部大会通过之日算起。"))
        }
        if status == .full, member.fullMembershipDate == nil, end > today {
            errors.append(ValidationError(field: "status",
                "入党日期 \(joined.iso) 至今不满一年（预备期至 \(end.iso) 满），应为预备党员；如确已转正，请核对入党日期。"))
        }
        return errors
    }

    /// The status to assume for a member file given without one: full once probation could have
    /// ended (a 转正日期, or an admission more than a year ago), probationary within the year,
    /// full when no dates are known (rosters list members).
    public static func presumedStatus(joined: CalendarDate?, fullMembership: CalendarDate?, today: CalendarDate) -> MemberStatus {
        if fullMembership != nil { return .full }
        guard let joined else { return .full }
        return joined.adding(years: 1) <= today ? .full : .probationary
    }
}
