import Foundation

/// The order people are listed in everywhere: by party group as the branch lists its groups,
/// then by name in pinyin order (ICU collation, as a Chinese roster is read), so the
/// attendance picker and the member list agree with the paper sign-in sheet.
public enum RosterOrder {
    public static func sorted(_ members: [Member], groups: [PartyGroup]) -> [Member] {
        let rank = Dictionary(groups.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let locale = Locale(identifier: "zh_CN")
        return members.sorted { a, b in
            let ga = a.groupId.flatMap { rank[$0] } ?? Int.max, gb = b.groupId.flatMap { rank[$0] } ?? Int.max
            if ga != gb { return ga < gb }
            let order = a.name.compare(b.name, locale: locale)
            return order == .orderedSame ? a.id.uuidString < b.id.uuidString : order == .orderedAscending
        }
    }
}
