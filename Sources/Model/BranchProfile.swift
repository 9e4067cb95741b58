import Foundation

/// The branch itself: its name, the organ committee above it, its groups and its committee.
public struct BranchProfile: Codable, Hashable, Sendable {
    public var id: UUID
    /// 党支部名称, e.g. 省地方税务局法规处党支部.
    public var name: String
    /// 上级机关党委, which assigns tasks and holds the second talk stage.
    public var organPartyCommittee: String
    public var groups: [PartyGroup]
    public var committee: [CommitteeSeat]
    /// 本届支委任期开始 (the election date).
    public var termStart: CalendarDate?
    /// 任期年数: three years in 机关 (DOMAIN.md §3), kept as data so a branch can differ.
    public var termYears: Int

    public init(id: UUID = UUID(), name: String, organPartyCommittee: String = "",
                groups: [PartyGroup] = [], committee: [CommitteeSeat] = [],
                termStart: CalendarDate? = nil, termYears: Int = 3) {
        self.id = id
        self.name = name
        self.organPartyCommittee = organPartyCommittee
        self.groups = groups
        self.committee = committee
        self.termStart = termStart
        self.termYears = termYears
    }

    public func group(_ id: UUID?) -> PartyGroup? {
        guard let id else { return nil }
        return groups.first { $0.id == id }
    }

    /// The roles a member holds on the committee (a member may hold none or several).
    public func roles(of memberId: UUID) -> [CommitteeRole] {
        committee.filter { $0.memberId == memberId }.map(\.role)
    }

    public var termEnd: CalendarDate? { termStart?.adding(years: termYears) }
}

/// 党小组: a sub-unit of the branch with its own monthly meeting.
public struct PartyGroup: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    /// 组长.
    public var leaderId: UUID?

    public init(id: UUID = UUID(), name: String, leaderId: UUID? = nil) {
        self.id = id
        self.name = name
        self.leaderId = leaderId
    }
}

/// One seat on the branch committee.
public struct CommitteeSeat: Codable, Hashable, Sendable {
    public var role: CommitteeRole
    public var memberId: UUID

    public init(role: CommitteeRole, memberId: UUID) {
        self.role = role
        self.memberId = memberId
    }
}

/// 支委分工.
public enum CommitteeRole: String, Codable, Sendable, CaseIterable {
    case secretary
    case deputySecretary = "deputy-secretary"
    case organization
    case propaganda
    case disciplineInspection = "discipline-inspection"
    case member

    public var chineseName: String {
        switch self {
        case .secretary: return "书记"
        case .deputySecretary: return "副书记"
        case .organization: return "组织委员"
        case .propaganda: return "宣传委员"
        case .disciplineInspection: return "纪检委员"
        case .member: return "委员"
        }
    }
}
