import Foundation

/// Who has not yet finished the year-end review of their commitment (DOMAIN.md §7): for the
/// secretary's eyes, a to-do list, not a ranking.
public struct CommitmentReviewProgress: Equatable, Sendable {
    /// What is still missing for one member.
    public enum Missing: String, Equatable, Sendable, Codable {
        /// No commitment recorded for the year.
        case commitment
        /// The member's own 自我评价.
        case selfAssessment = "self-assessment"
        /// The democratic-review grade.
        case grade

        public var chineseName: String {
            switch self {
            case .commitment: return "未登记承诺"
            case .selfAssessment: return "未写自我评价"
            case .grade: return "未评定等次"
            }
        }
    }

    public struct Pending: Equatable, Sendable {
        public var member: Member
        public var missing: [Missing]
    }

    public var year: Int
    public var pending: [Pending]

    /// Party members on the roll (正式 and 预备) and anyone else with a commitment that year,
    /// in the order of `members`, with what each still lacks; those complete are left out.
    public init(year: Int, members: [Member], commitments: [Commitment]) {
        self.year = year
        let byMember = Dictionary(commitments.filter { $0.year == year }.map { ($0.memberId, $0) }, uniquingKeysWith: { a, _ in a })
        pending = members.compactMap { member in
            guard let commitment = byMember[member.id] else {
                return member.isOnRoll && member.status.isPartyMember ? Pending(member: member, missing: [.commitment]) : nil
            }
            var missing: [Missing] = []
            if !commitment.hasSelfAssessment { missing.append(.selfAssessment) }
            if commitment.review?.grade == nil { missing.append(.grade) }
            return missing.isEmpty ? nil : Pending(member: member, missing: missing)
        }
    }
}
