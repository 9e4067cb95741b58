import Foundation

/// One member's dues for one month: owed, paid, exempted, or not due at all.
public struct DuesStatus: Hashable, Sendable {
    public enum State: String, Codable, Sendable {
        /// Not a party member on this branch's roll that month (applicant, not yet admitted,
        /// transferred out, before the tracked period …).
        case notDue = "not-due"
        /// Due and not paid.
        case owed
        case paid
        /// 免缴, recorded with a reason.
        case exempt

        public var chineseName: String {
            switch self {
            case .notDue: return "无需交纳"
            case .owed: return "未缴"
            case .paid: return "已缴"
            case .exempt: return "免缴"
            }
        }
    }

    public var memberId: UUID
    public var month: YearMonth
    public var state: State
    /// What the rule asks for now (`DuesRule`), from the member's current base and category;
    /// nil when the category needs a base and none is recorded.
    public var expectedFen: Int?
    /// The sum of the recorded payments for the month (0 when none).
    public var paidFen: Int
    /// The latest payment date recorded for the month.
    public var paidOn: CalendarDate?
    /// The payment's note, or the exemption's reason.
    public var note: String

    public init(memberId: UUID, month: YearMonth, state: State, expectedFen: Int?, paidFen: Int = 0,
                paidOn: CalendarDate? = nil, note: String = "") {
        self.memberId = memberId
        self.month = month
        self.state = state
        self.expectedFen = expectedFen
        self.paidFen = paidFen
        self.paidOn = paidOn
        self.note = note
    }
}
