import Foundation

/// One member's dues for one month: paid, or exempted with a recorded reason.
///
/// Amounts are whole fen (分): the rules give percentages with no rounding rule, so
/// BranchDesk rounds to the fen (DOMAIN.md §3) and stores integers to stay exact.
public struct DuesPayment: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var memberId: UUID
    public var month: YearMonth
    public var amountFen: Int
    public var paidOn: CalendarDate?
    /// 免缴, with its reason in `note`.
    public var exempt: Bool
    public var note: String

    public init(id: UUID = UUID(), memberId: UUID, month: YearMonth, amountFen: Int, paidOn: CalendarDate? = nil,
                exempt: Bool = false, note: String = "") {
        self.id = id
        self.memberId = memberId
        self.month = month
        self.amountFen = amountFen
        self.paidOn = paidOn
        self.exempt = exempt
        self.note = note
    }

    /// `12.50` — fen shown as yuan.
    public static func yuan(_ fen: Int) -> String {
        String(format: "%d.%02d", fen / 100, abs(fen % 100))
    }
}
