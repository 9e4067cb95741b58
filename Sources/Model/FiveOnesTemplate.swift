import Foundation

/// A "五个一" scheme (DOMAIN.md §5): named activities to complete once per period.
///
/// Five items is the custom, but any count is allowed (常州 "四个一" has four).
public struct FiveOnesTemplate: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    /// Where the scheme comes from, e.g. 南京新生圩海关.
    public var source: String
    public var period: PeriodKind
    /// Branch-level activities, or member-level pledges (常州 在职党员进社区).
    public var level: FiveOnesLevel
    public var items: [String]

    public init(id: UUID = UUID(), name: String, source: String = "", period: PeriodKind,
                level: FiveOnesLevel = .branch, items: [String]) {
        self.id = id
        self.name = name
        self.source = source
        self.period = period
        self.level = level
        self.items = items
    }
}

public enum FiveOnesLevel: String, Codable, Sendable {
    case branch
    case member

    public var chineseName: String { self == .branch ? "支部" : "党员个人" }
}

/// A branch's decision to run a template for a period (e.g. 2026年第四季度), and for
/// per-household schemes the households paired with members.
public struct FiveOnesAdoption: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var templateId: UUID
    /// The span adopted: the periods of the template's kind inside it are tracked.
    public var period: Period
    public var households: [Household]

    public init(id: UUID = UUID(), templateId: UUID, period: Period, households: [Household] = []) {
        self.id = id
        self.templateId = templateId
        self.period = period
        self.households = households
    }
}

/// A household paired with a member under 牵手致富 (盐城).
public struct Household: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    public var pairedMemberId: UUID

    public init(id: UUID = UUID(), name: String, pairedMemberId: UUID) {
        self.id = id
        self.name = name
        self.pairedMemberId = pairedMemberId
    }
}
