import Foundation

/// Finds members as the secretary types (issue #4, `/` in 党员): by name substring (欧阳),
/// full pinyin (ouyangxiu, ouyang), pinyin initials (oyx), group name (第二党小组), status in
/// Chinese (预备, 流动) or as an identifier (probationary). Several words must all match.
///
/// Build it once per member list (`init` transliterates every name, with a shared cache) and
/// call `matchingIndices` on each key press; results keep the order of the list given.
public struct MemberSearch: Sendable {
    public let keys: [MemberSearchKey]

    /// Keys for `members`, with group names taken from `groups`.
    public init(members: [Member], groups: [PartyGroup]) {
        let groupNames = Dictionary(groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var cache: [Character: [String]] = [:]
        keys = members.map { member in
            MemberSearchKey(member: member, groupName: member.groupId.flatMap { groupNames[$0] }, cache: &cache)
        }
    }

    /// Positions (in the member list given to `init`) of the members matching `query`;
    /// every position for a blank query.
    public func matchingIndices(_ query: String) -> [Int] {
        let parsed = MemberSearchQuery(query)
        if parsed.isEmpty { return Array(keys.indices) }
        return keys.indices.filter { keys[$0].matches(parsed) }
    }

    /// Ids of the members matching `query`, in list order.
    public func matchingIds(_ query: String) -> [UUID] {
        matchingIndices(query).map { keys[$0].memberId }
    }
}
