import Foundation

/// How pressing a reminder is, from its due date and today.
///
/// - `overdue`: the due date has passed (due < today);
/// - `due`: it falls due today or within the next `ReminderSeverity.dueWithinDays` (7) days,
///   today included, so “this week” reads the same on any weekday;
/// - `upcoming`: later than that.
/// One rule raises it: an `inactivity` reminder is `due` from the fifth month on, however far
/// the sixth month's end still is (the issue's “escalate at the fifth”).
public enum ReminderSeverity: String, Codable, Sendable, CaseIterable, Comparable {
    case overdue
    case due
    case upcoming

    /// Days after today that still count as `due`.
    public static let dueWithinDays = 7

    public static func of(due: CalendarDate, today: CalendarDate) -> ReminderSeverity {
        if due < today { return .overdue }
        return today.days(until: due) <= dueWithinDays ? .due : .upcoming
    }

    public var rank: Int { ReminderSeverity.allCases.firstIndex(of: self)! }

    public static func < (a: ReminderSeverity, b: ReminderSeverity) -> Bool { a.rank < b.rank }

    public var chineseName: String {
        switch self {
        case .overdue: return "逾期"
        case .due: return "到期"
        case .upcoming: return "将到"
        }
    }
}
