import Foundation

/// Where a person stands: the development pipeline (DOMAIN.md §3), then exits kept as history.
public enum MemberStatus: String, Codable, Sendable, CaseIterable {
    case applicant
    case activist
    case candidate
    case probationary
    case full
    case transferredOut = "transferred-out"
    case deceased
    /// 其他离开 (退党, 除名, 自行脱党): kept as history.
    case left

    public var chineseName: String {
        switch self {
        case .applicant: return "入党申请人"
        case .activist: return "入党积极分子"
        case .candidate: return "发展对象"
        case .probationary: return "预备党员"
        case .full: return "正式党员"
        case .transferredOut: return "已转出"
        case .deceased: return "已去世"
        case .left: return "已离开"
        }
    }

    /// A short label for narrow table columns.
    public var shortName: String {
        switch self {
        case .applicant: return "申请人"
        case .activist: return "积极分子"
        case .candidate: return "发展对象"
        case .probationary: return "预备"
        case .full: return "正式"
        case .transferredOut: return "转出"
        case .deceased: return "去世"
        case .left: return "离开"
        }
    }

    /// Party members proper (probationary and full), as opposed to people in the pipeline.
    public var isPartyMember: Bool { self == .probationary || self == .full }

    public var isOnRoll: Bool {
        switch self {
        case .transferredOut, .deceased, .left: return false
        default: return true
        }
    }

    public init?(chinese: String) {
        let text = chinese.trimmingCharacters(in: .whitespaces)
        if let s = MemberStatus(rawValue: text) { self = s; return }
        guard let match = MemberStatus.allCases.first(where: { $0.chineseName == text || $0.shortName == text }) else { return nil }
        self = match
    }
}

/// One dated transition on a member's timeline.
public struct StatusEvent: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var kind: StatusTransition
    public var date: CalendarDate
    /// The meeting that decided it (e.g. the general meeting's admission vote), when there is one.
    public var meetingId: UUID?
    public var note: String
    /// For `probationExtended`: by how many months (6–12, once).
    public var extensionMonths: Int?

    public init(id: UUID = UUID(), kind: StatusTransition, date: CalendarDate, meetingId: UUID? = nil, note: String = "",
                extensionMonths: Int? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.meetingId = meetingId
        self.note = note
        self.extensionMonths = extensionMonths
    }
}

public enum StatusTransition: String, Codable, Sendable, CaseIterable {
    case application
    case activist
    case candidate
    case admission
    case fullMembership = "full-membership"
    case probationExtended = "probation-extended"
    case transferIn = "transfer-in"
    case transferOut = "transfer-out"
    case floatingStart = "floating-start"
    case floatingEnd = "floating-end"
    case deceased
    case left

    public var chineseName: String {
        switch self {
        case .application: return "递交入党申请书"
        case .activist: return "确定为入党积极分子"
        case .candidate: return "列为发展对象"
        case .admission: return "支部大会讨论接收为预备党员"
        case .fullMembership: return "按期转为正式党员"
        case .probationExtended: return "延长预备期"
        case .transferIn: return "组织关系转入"
        case .transferOut: return "组织关系转出"
        case .floatingStart: return "外出流动"
        case .floatingEnd: return "流动结束"
        case .deceased: return "去世"
        case .left: return "离开党组织"
        }
    }
}
