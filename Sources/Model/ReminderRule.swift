import Foundation

/// Which rule a reminder comes from (issue #7). The raw values are the JSON and CLI spelling.
public enum ReminderRule: String, Codable, Sendable, CaseIterable {
    /// A period of a meeting kind ending without a record (DOMAIN.md §2).
    case cadence
    /// A probationary member's year ends: the general meeting must discuss 转正.
    case probationEnd = "probation-end"
    /// An activist is assessed every six months.
    case activistAssessment = "activist-assessment"
    /// A year as activist: may be listed as a candidate.
    case candidateEligible = "candidate-eligible"
    /// Months in a row without organisational life or dues (党章 第九条: six → 自行脱党).
    case inactivity
    /// Unpaid dues months.
    case duesArrears = "dues-arrears"
    /// The committee's term ends.
    case termEnd = "term-end"
    /// A talk case's 限期改正 deadline (secretary only).
    case talkDeadline = "talk-deadline"
    /// A talk case's follow-up date (secretary only).
    case talkFollowUp = "talk-follow-up"
    /// Five-ones items outstanding near their period's end.
    case fiveOnes = "five-ones"
    /// An open liaison task.
    case taskDue = "task-due"
    /// A member's joining anniversary this week.
    case politicalBirthday = "political-birthday"
    /// The year-end review of a member's pledges.
    case commitmentReview = "commitment-review"

    public var chineseName: String {
        switch self {
        case .cadence: return "会议周期"
        case .probationEnd: return "预备期满"
        case .activistAssessment: return "积极分子考察"
        case .candidateEligible: return "可列为发展对象"
        case .inactivity: return "六个月预警"
        case .duesArrears: return "党费欠缴"
        case .termEnd: return "支委换届"
        case .talkDeadline: return "限期改正到期"
        case .talkFollowUp: return "谈话跟进"
        case .fiveOnes: return "五个一"
        case .taskDue: return "联络任务"
        case .politicalBirthday: return "政治生日"
        case .commitmentReview: return "承诺年终评议"
        }
    }

    /// Whether the rule reads talk cases, which only the secretary may see (DOMAIN.md §4).
    public var isTalk: Bool { self == .talkDeadline || self == .talkFollowUp }
}
