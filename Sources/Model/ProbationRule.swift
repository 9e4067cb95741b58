import Foundation

/// Probation: one year from the admission vote; may be extended once by 6–12 months (DOMAIN.md §3).
public enum ProbationRule {
    /// When the member's probation ends, counting a recorded extension.
    public static func end(of member: Member) -> CalendarDate? {
        guard let joined = member.joinedDate else { return nil }
        var end = joined.adding(years: 1)
        if let months = member.timeline.last(where: { $0.kind == .probationExtended })?.extensionMonths {
            end = end.adding(months: months)
        }
        return end
    }
}
