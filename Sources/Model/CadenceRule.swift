import Foundation

/// How often a meeting kind must be held (DOMAIN.md §2), loaded from `data/templates/cadence.json`
/// and copied into each branch so a branch can change its own.
public struct CadenceRule: Codable, Hashable, Sendable {
    public var kind: MeetingKind
    public var period: PeriodKind
    /// At least this many meetings per period.
    public var minimum: Int
    /// Group meetings are due per group, not per branch.
    public var perGroup: Bool
    /// The regulation the rule comes from, shown to the secretary.
    public var source: String

    public init(kind: MeetingKind, period: PeriodKind, minimum: Int = 1, perGroup: Bool = false, source: String) {
        self.kind = kind
        self.period = period
        self.minimum = minimum
        self.perGroup = perGroup
        self.source = source
    }
}
