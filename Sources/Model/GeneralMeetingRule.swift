import Foundation

/// Quorum and majority at a general meeting (支部工作条例 第十一条, DOMAIN.md §3).
///
/// The trap: a motion passes when votes for exceed half of the voting members who
/// *should attend* (应到), not half of those present. 12 expected, 9 present: 6 votes for
/// do not pass, 7 do. 预备党员 have no vote and are left out of both counts.
public struct GeneralMeetingRule: Sendable {
    /// Voting members who should attend (应到有表决权党员).
    public let expectedVoters: Int
    /// Voting members present (实到有表决权党员).
    public let presentVoters: Int

    public init(expectedVoters: Int, presentVoters: Int) {
        self.expectedVoters = expectedVoters
        self.presentVoters = presentVoters
    }

    /// Counts voters from the meeting's attendance: full members on the meeting day only.
    public init(meeting: Meeting, ledger: Ledger) {
        let voting = meeting.attendance.filter { ledger.member($0.memberId)?.hadVote(on: meeting.date) ?? false }
        self.init(expectedVoters: voting.count, presentVoters: voting.filter { $0.presence == .present }.count)
    }

    /// More than half of the voters present: the meeting may decide.
    public var hasQuorum: Bool { presentVoters * 2 > expectedVoters }

    /// The fewest votes for that pass a motion: more than half of 应到.
    public var votesNeeded: Int { expectedVoters / 2 + 1 }

    public func passes(votesFor: Int) -> Bool { votesFor >= votesNeeded }

    /// A one-line explanation for forms: 应到 12 人（有表决权），实到 9 人；赞成票至少 7 票方可通过。
    public var threshold: String {
        "应到有表决权党员 \(expectedVoters) 人，实到 \(presentVoters) 人；赞成票须超过应到人数的半数，至少 \(votesNeeded) 票方可通过。"
    }

    /// Checks a recorded vote against the counts.
    public func check(_ vote: Vote) -> [ValidationError] {
        var errors: [ValidationError] = []
        if !hasQuorum {
            errors.append(ValidationError(field: "votes",
                "党员大会表决：到会有表决权党员须超过应到人数的半数（应到 \(expectedVoters) 人，实到 \(presentVoters) 人，至少需 \(expectedVoters / 2 + 1) 人到会），本次会议不能表决。"))
        }
        let cast = vote.votesFor + vote.votesAgainst + vote.abstentions
        if vote.votesFor < 0 || vote.votesAgainst < 0 || vote.abstentions < 0 {
            errors.append(ValidationError(field: "votes", "“\(vote.motion)”的票数不能为负数。"))
        }
        if cast > presentVoters {
            errors.append(ValidationError(field: "votes",
                "“\(vote.motion)”的票数合计 \(cast) 票，多于到会有表决权党员 \(presentVoters) 人，请核对。"))
        }
        if vote.passed && !passes(votesFor: vote.votesFor) {
            errors.append(ValidationError(field: "votes",
                "党员大会表决：赞成票须超过应到会有表决权党员的半数（应到 \(expectedVoters) 人，需至少 \(votesNeeded) 票），“\(vote.motion)”只有 \(vote.votesFor) 票赞成，不能记为通过。"))
        }
        if !vote.passed && passes(votesFor: vote.votesFor) && hasQuorum {
            errors.append(ValidationError(field: "votes",
                "“\(vote.motion)”赞成 \(vote.votesFor) 票，已超过应到 \(expectedVoters) 人的半数，按规定应记为通过。"))
        }
        return errors
    }
}
