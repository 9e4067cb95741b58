import Foundation

/// One record an item counted: which ledger, its id, its date and a short label. Records,
/// never a ranking of people.
public struct AssessmentEvidence: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case meeting
        case fiveOnesLog = "five-ones-log"
        case duesPayment = "dues-payment"
        case commitment
        case member
        case task

        public var chineseName: String {
            switch self {
            case .meeting: return "三会一课"
            case .fiveOnesLog: return "五个一"
            case .duesPayment: return "党费"
            case .commitment: return "党员承诺"
            case .member: return "党员档案"
            case .task: return "联络任务"
            }
        }
    }

    public var kind: Kind
    public var id: UUID
    public var date: CalendarDate?
    public var label: String

    public init(kind: Kind, id: UUID, date: CalendarDate?, label: String) {
        self.kind = kind
        self.id = id
        self.date = date
        self.label = label
    }

    /// `2026-03-05  三会一课  支委会“…”`.
    public var line: String {
        "\(date?.iso ?? "          ")  \(kind.chineseName)  \(label)"
    }
}
