import Foundation

/// The rules a commitment must keep before it is saved (DOMAIN.md §7).
extension Commitment {
    /// The earliest year accepted: a typo guard, not a rule of the party.
    public static let earliestYear = 2000
    /// Hours in one progress entry: one day's work at most.
    public static let maximumHoursPerEntry = 24.0

    /// Every broken rule, with a Chinese message; empty when the commitment may be saved.
    /// `today` bounds the year (pledges for next year may be made in December) and the
    /// progress dates (nothing is reported before it happened).
    public func validate(today: CalendarDate) -> [ValidationError] {
        var errors: [ValidationError] = []
        if year < Commitment.earliestYear || year > today.year + 1 {
            errors.append(ValidationError(field: "year", "承诺年度 \(year) 不合理：应在 \(Commitment.earliestYear) 年到 \(today.year + 1) 年之间。"))
        }
        if pledges.isEmpty {
            errors.append(ValidationError(field: "pledges", "至少要有一项承诺事项（如“勤政:按时办结复议案件”）。"))
        }
        errors += pledges.flatMap { $0.validate() }
        if !volunteerHours.isFinite || volunteerHours < 0 {
            errors.append(ValidationError(field: "volunteerHours", "义工时长不能为负数（现为 \(volunteerHours) 小时）。"))
        }
        errors += TextRule.singleLine(pioneerPost, field: "pioneerPost", label: "先锋岗/责任区")
        errors += progress.flatMap { $0.validate(year: year, today: today) }
        if let review {
            errors += TextRule.multiLine(review.selfAssessment, field: "review", label: "自我评价")
            errors += TextRule.multiLine(review.secretaryComment, field: "review", label: "书记评语")
        }
        return errors
    }
}

extension ProgressEntry {
    /// A progress entry belongs to its commitment's year, is not dated after today, says what
    /// was done, and counts 0 to 24 hours.
    public func validate(year: Int, today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.required(text, field: "progress", label: "践诺情况")
        if date.year != year {
            errors.append(ValidationError(field: "progress", "践诺日期 \(date.iso) 不在承诺年度 \(year) 年内。"))
        }
        if date > today {
            errors.append(ValidationError(field: "progress", "践诺日期 \(date.iso) 晚于今天（\(today.iso)），只能记录已经做了的事。"))
        }
        if !hours.isFinite || hours < 0 || hours > Commitment.maximumHoursPerEntry {
            errors.append(ValidationError(field: "progress", "义工时长应在 0 到 24 小时之间（现为 \(Commitment.hoursText(hours)) 小时）。"))
        }
        return errors
    }
}
