import Foundation

/// One 三会一课 record (or a planned one): who met, when, what was said and decided.
///
/// Attendance is stored per member; expected / present / excused / absent are counted
/// from it and never typed (issue #3).
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var kind: MeetingKind
    /// Planned meetings have a future date and become held once recorded.
    public var state: MeetingState
    public var date: CalendarDate
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var place: String
    /// 主持人, 记录人, 授课人: names, because a lecturer may come from outside the branch.
    public var host: String
    public var recorder: String
    public var lecturer: String
    /// The group, for a group meeting.
    public var groupId: UUID?
    /// 议题.
    public var topic: String
    public var attendance: [Attendance]
    /// 列席: observers, who need not be members.
    public var observers: [String]
    /// 会议记录.
    public var minutes: String
    /// 决议.
    public var resolutions: String
    /// Votes taken at a general meeting.
    public var votes: [Vote]

    public init(id: UUID = UUID(), kind: MeetingKind, state: MeetingState = .held, date: CalendarDate,
                startTime: ClockTime? = nil, endTime: ClockTime? = nil, place: String = "",
                host: String = "", recorder: String = "", lecturer: String = "", groupId: UUID? = nil,
                topic: String, attendance: [Attendance] = [], observers: [String] = [],
                minutes: String = "", resolutions: String = "", votes: [Vote] = []) {
        self.id = id
        self.kind = kind
        self.state = state
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.place = place
        self.host = host
        self.recorder = recorder
        self.lecturer = lecturer
        self.groupId = groupId
        self.topic = topic
        self.attendance = attendance
        self.observers = observers
        self.minutes = minutes
        self.resolutions = resolutions
        self.votes = votes
    }

    /// 应到: everyone on the attendance list.
    public var expectedCount: Int { attendance.count }
    /// 实到.
    public var presentCount: Int { attendance.filter { $0.presence == .present }.count }
    /// 请假.
    public var excusedCount: Int { attendance.filter { $0.presence == .excused }.count }
    /// 缺席.
    public var absentCount: Int { attendance.filter { $0.presence == .absent }.count }
}

public enum MeetingState: String, Codable, Sendable, CaseIterable {
    case planned
    case held

    public var chineseName: String { self == .planned ? "计划" : "已召开" }
}

/// One member's attendance at a meeting.
public struct Attendance: Codable, Hashable, Sendable {
    public var memberId: UUID
    public var presence: Presence
    /// 请假事由, for an excused member.
    public var reason: String

    public init(memberId: UUID, presence: Presence, reason: String = "") {
        self.memberId = memberId
        self.presence = presence
        self.reason = reason
    }
}

public enum Presence: String, Codable, Sendable, CaseIterable {
    case present
    case excused
    case absent

    public var chineseName: String {
        switch self {
        case .present: return "出席"
        case .excused: return "请假"
        case .absent: return "缺席"
        }
    }
}

/// A motion put to the vote at a general meeting (支部工作条例 第十一条).
public struct Vote: Codable, Hashable, Sendable {
    public var motion: String
    public var votesFor: Int
    public var votesAgainst: Int
    public var abstentions: Int
    /// The outcome as recorded; checked against the counts by `GeneralMeetingRule`.
    public var passed: Bool

    public init(motion: String, votesFor: Int, votesAgainst: Int = 0, abstentions: Int = 0, passed: Bool) {
        self.motion = motion
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
        self.abstentions = abstentions
        self.passed = passed
    }
}
