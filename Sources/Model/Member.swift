import Foundation

/// 党员档案: one person's file, from application to full membership and beyond.
///
/// People who leave (transferred out, deceased, other exits) keep their file as history;
/// nothing here is deleted. ID numbers and phones are private: screens and exports mask
/// them through `Masking` unless the secretary asks.
public struct Member: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    public var gender: Gender?
    /// 民族, e.g. 汉族.
    public var ethnicity: String
    public var birthDate: CalendarDate?
    /// 学历.
    public var education: String
    /// 职务/岗位.
    public var post: String
    public var groupId: UUID?
    public var phone: String
    /// 身份证号.
    public var idNumber: String
    public var status: MemberStatus
    /// Set while the member works or lives away (流动党员).
    public var floating: FloatingInfo?
    /// 入党日期: the general meeting's admission vote (probation starts here).
    public var joinedDate: CalendarDate?
    /// 转正日期.
    public var fullMembershipDate: CalendarDate?
    /// 党费基数: monthly income after tax, in 元.
    public var duesBase: Decimal?
    public var duesCategory: DuesCategory
    public var notes: String
    /// Dated status transitions, oldest first.
    public var timeline: [StatusEvent]

    public init(id: UUID = UUID(), name: String, gender: Gender? = nil, ethnicity: String = "汉族",
                birthDate: CalendarDate? = nil, education: String = "", post: String = "",
                groupId: UUID? = nil, phone: String = "", idNumber: String = "",
                status: MemberStatus = .full, floating: FloatingInfo? = nil,
                joinedDate: CalendarDate? = nil, fullMembershipDate: CalendarDate? = nil,
                duesBase: Decimal? = nil, duesCategory: DuesCategory = .working,
                notes: String = "", timeline: [StatusEvent] = []) {
        self.id = id
        self.name = name
        self.gender = gender
        self.ethnicity = ethnicity
        self.birthDate = birthDate
        self.education = education
        self.post = post
        self.groupId = groupId
        self.phone = phone
        self.idNumber = idNumber
        self.status = status
        self.floating = floating
        self.joinedDate = joinedDate
        self.fullMembershipDate = fullMembershipDate
        self.duesBase = duesBase
        self.duesCategory = duesCategory
        self.notes = notes
        self.timeline = timeline
    }

    /// Whether the member votes at a general meeting: full members only
    /// (支部工作条例 第十一条: 预备党员 have no vote).
    public var hasVote: Bool { status == .full }

    /// Whether the member had a vote on `date`: a past meeting is counted with the statuses of
    /// that day, so a later transfer or 转正 does not change an old vote's arithmetic.
    public func hadVote(on date: CalendarDate) -> Bool {
        if let full = fullMembershipDate { return full <= date }
        switch status {
        case .full: return true
        case .transferredOut, .deceased, .left:
            // Left since: they voted then if they had full membership before leaving.
            return joinedDate.map { $0.adding(years: 1) <= date } ?? true
        default: return false
        }
    }

    /// Whether the member is counted on the branch roll today (not transferred out, deceased or left).
    public var isOnRoll: Bool { status.isOnRoll }

    /// 政治生日: the anniversary of joining.
    public var politicalBirthday: CalendarDate? { joinedDate }

    /// Status shown on screens, e.g. 正式党员（流动）.
    public var statusLabel: String {
        floating == nil ? status.chineseName : "\(status.chineseName)（流动）"
    }
}

public enum Gender: String, Codable, Sendable, CaseIterable {
    case male
    case female

    public var chineseName: String { self == .male ? "男" : "女" }

    public init?(chinese: String) {
        switch chinese.trimmingCharacters(in: .whitespaces) {
        case "男", "male", "M", "m": self = .male
        case "女", "female", "F", "f": self = .female
        default: return nil
        }
    }
}

/// A member away from the branch (流动党员), with the category the organ records.
public struct FloatingInfo: Codable, Hashable, Sendable {
    /// e.g. 外出务工, 挂职, 援疆援藏, 长期病休.
    public var category: String
    public var place: String
    public var since: CalendarDate

    public init(category: String, place: String, since: CalendarDate) {
        self.category = category
        self.place = place
        self.since = since
    }
}
