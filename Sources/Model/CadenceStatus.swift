import Foundation

/// Where one period of a cadence rule stands on a given day (issue #3).
///
/// A gap is a private reminder for the secretary, never a score: there are no percentages,
/// ranks or totals here, only what was held and what is still open (DOMAIN.md §2, the 2024
/// rules against 形式主义).
public enum CadenceStatus: Hashable, Sendable {
    /// At least the rule's minimum of held meetings fall in the period.
    case held(count: Int, meetingIds: [UUID])
    /// The period contains today and is not yet held; `daysLeft` whole days remain after today
    /// (0 on the period's last day).
    case due(daysLeft: Int)
    /// The period ended before today without being held: a gap.
    case overdue
    /// The period starts after today.
    case notYetDue

    /// The spelling used in JSON output: `held`, `due`, `overdue`, `not-yet-due`.
    public var code: String {
        switch self {
        case .held: return "held"
        case .due: return "due"
        case .overdue: return "overdue"
        case .notYetDue: return "not-yet-due"
        }
    }

    /// A short Chinese word for legends and detail lines.
    public var chineseName: String {
        switch self {
        case .held: return "已召开"
        case .due: return "本期尚未召开"
        case .overdue: return "未召开"
        case .notYetDue: return "尚未到期"
        }
    }

    public var isHeld: Bool {
        if case .held = self { return true }
        return false
    }
}
