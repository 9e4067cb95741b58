import Foundation

/// 党员承诺践诺: a member's pledges for one year, their progress and the year-end review
/// (DOMAIN.md §7; seed: 省地震局 党员目标承诺制).
public struct Commitment: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var memberId: UUID
    public var year: Int
    public var pledges: [Pledge]
    /// 公开承诺.
    public var isPublic: Bool
    public var progress: [ProgressEntry]
    /// 党员义工 / 社区报到 hours.
    public var volunteerHours: Double
    /// 党员先锋岗 or 责任区.
    public var pioneerPost: String
    public var review: CommitmentReview?

    public init(id: UUID = UUID(), memberId: UUID, year: Int, pledges: [Pledge] = [], isPublic: Bool = true,
                progress: [ProgressEntry] = [], volunteerHours: Double = 0, pioneerPost: String = "",
                review: CommitmentReview? = nil) {
        self.id = id
        self.memberId = memberId
        self.year = year
        self.pledges = pledges
        self.isPublic = isPublic
        self.progress = progress
        self.volunteerHours = volunteerHours
        self.pioneerPost = pioneerPost
        self.review = review
    }
}

public struct Pledge: Codable, Hashable, Sendable {
    /// 勤政 / 廉政 / 服务群众 / 岗位 …
    public var category: String
    public var text: String

    public init(category: String, text: String) {
        self.category = category
        self.text = text
    }
}

public struct ProgressEntry: Codable, Hashable, Sendable {
    public var date: CalendarDate
    public var text: String
    public var hours: Double

    public init(date: CalendarDate, text: String, hours: Double = 0) {
        self.date = date
        self.text = text
        self.hours = hours
    }
}

/// The year-end review alongside the democratic review.
public struct CommitmentReview: Codable, Hashable, Sendable {
    public var selfAssessment: String
    public var grade: ReviewGrade?
    public var secretaryComment: String

    public init(selfAssessment: String = "", grade: ReviewGrade? = nil, secretaryComment: String = "") {
        self.selfAssessment = selfAssessment
        self.grade = grade
        self.secretaryComment = secretaryComment
    }
}

/// 民主评议 grades; at most a third may be 优秀 (教育管理条例 第十八条).
public enum ReviewGrade: String, Codable, Sendable, CaseIterable {
    case excellent
    case qualified
    case basicallyQualified = "basically-qualified"
    case unqualified

    public var chineseName: String {
        switch self {
        case .excellent: return "优秀"
        case .qualified: return "合格"
        case .basicallyQualified: return "基本合格"
        case .unqualified: return "不合格"
        }
    }
}
