import Foundation

/// The meeting kinds of 三会一课 and organisational life (DOMAIN.md §1–2).
///
/// DOMAIN.md lists eight kinds (issue #3 says "seven"; the table is the authority).
public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case generalMeeting = "general-meeting"
    case committeeMeeting = "committee-meeting"
    case groupMeeting = "group-meeting"
    case partyLecture = "party-lecture"
    case themeDay = "theme-day"
    case lifeMeeting = "life-meeting"
    case democraticReview = "democratic-review"
    case heartTalk = "heart-talk"

    public var chineseName: String {
        switch self {
        case .generalMeeting: return "支部党员大会"
        case .committeeMeeting: return "支部委员会会议"
        case .groupMeeting: return "党小组会"
        case .partyLecture: return "党课"
        case .themeDay: return "主题党日"
        case .lifeMeeting: return "组织生活会"
        case .democraticReview: return "民主评议党员"
        case .heartTalk: return "谈心谈话"
        }
    }

    /// Short names for narrow columns and the cadence grid.
    public var shortName: String {
        switch self {
        case .generalMeeting: return "党员大会"
        case .committeeMeeting: return "支委会"
        case .groupMeeting: return "小组会"
        case .partyLecture: return "党课"
        case .themeDay: return "主题党日"
        case .lifeMeeting: return "组织生活会"
        case .democraticReview: return "民主评议"
        case .heartTalk: return "谈心谈话"
        }
    }

    /// Accepts the identifier, the full or the short Chinese name.
    public init?(name: String) {
        let text = name.trimmingCharacters(in: .whitespaces)
        if let kind = MeetingKind(rawValue: text) { self = kind; return }
        guard let kind = MeetingKind.allCases.first(where: { $0.chineseName == text || $0.shortName == text }) else { return nil }
        self = kind
    }
}
