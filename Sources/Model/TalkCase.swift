import Foundation

/// 提醒谈话: one member's escalation case (DOMAIN.md §4, seed: 省检察院机关党委).
///
/// Entries are append-only: a correction is a new entry pointing at the one it corrects.
/// Only the secretary role ever sees a talk case.
public struct TalkCase: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var memberId: UUID
    public var openedOn: CalendarDate
    public var origin: TalkOrigin
    public var reason: String
    public var entries: [TalkEntry]
    public var closure: TalkClosure?

    public init(id: UUID = UUID(), memberId: UUID, openedOn: CalendarDate, origin: TalkOrigin,
                reason: String, entries: [TalkEntry] = [], closure: TalkClosure? = nil) {
        self.id = id
        self.memberId = memberId
        self.openedOn = openedOn
        self.origin = origin
        self.reason = reason
        self.entries = entries
        self.closure = closure
    }

    public var isOpen: Bool { closure == nil }

    /// Entries in force: those not superseded by a later correction.
    public var effectiveEntries: [TalkEntry] {
        let corrected = Set(entries.compactMap(\.corrects))
        return entries.filter { !corrected.contains($0.id) }
    }

    /// The highest stage reached so far.
    public var currentStage: TalkStage? { effectiveEntries.map(\.stage).max() }

    /// The latest entry in force.
    public var latestEntry: TalkEntry? {
        effectiveEntries.max { ($0.stage, $0.date) < ($1.stage, $1.date) }
    }
}

public enum TalkOrigin: String, Codable, Sendable {
    /// 半年一次的思想状况分析.
    case analysis
    /// 群众反映.
    case complaint

    public var chineseName: String { self == .analysis ? "思想状况分析" : "群众反映" }
}

/// The ladder, in order; a case moves up only when the stage before had no effect.
public enum TalkStage: String, Codable, Sendable, CaseIterable, Comparable {
    case analysis
    case counseling
    case groupCriticism = "group-criticism"
    case branchTalk = "branch-talk"
    case committeeTalk = "committee-talk"
    case organizationalAction = "organizational-action"

    public var rank: Int { TalkStage.allCases.firstIndex(of: self)! }

    public static func < (a: TalkStage, b: TalkStage) -> Bool { a.rank < b.rank }

    public var chineseName: String {
        switch self {
        case .analysis: return "思想状况分析"
        case .counseling: return "思想工作"
        case .groupCriticism: return "党小组批评帮助"
        case .branchTalk: return "党支部提醒谈话"
        case .committeeTalk: return "机关党委提醒谈话"
        case .organizationalAction: return "组织处理"
        }
    }
}

/// The four points a branch talk covers (seed: 党员提醒谈话制度).
public enum BranchTalkPoint: String, Codable, Sendable, CaseIterable {
    case pointOutProblem = "point-out-problem"
    case positiveEducation = "positive-education"
    case criticism
    case warningWithDeadline = "warning-with-deadline"

    public var chineseName: String {
        switch self {
        case .pointOutProblem: return "指出问题"
        case .positiveEducation: return "正面教育"
        case .criticism: return "批评指正"
        case .warningWithDeadline: return "提出警告并限期改正"
        }
    }
}

public enum TalkOutcome: String, Codable, Sendable, CaseIterable {
    case effective
    case notYet = "not-yet"
    case noEffect = "no-effect"

    public var chineseName: String {
        switch self {
        case .effective: return "有效"
        case .notYet: return "尚待观察"
        case .noEffect: return "无效"
        }
    }
}

public enum OrganizationalAction: String, Codable, Sendable, CaseIterable {
    case orderedCorrection = "ordered-correction"
    case circulatedCriticism = "circulated-criticism"
    case adviseWithdrawal = "advise-withdrawal"

    public var chineseName: String {
        switch self {
        case .orderedCorrection: return "责令检查并限期改正"
        case .circulatedCriticism: return "通报批评"
        case .adviseWithdrawal: return "劝其退党"
        }
    }
}

/// One stage held (or a correction of an earlier entry).
public struct TalkEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var stage: TalkStage
    public var date: CalendarDate
    /// 谈话人.
    public var heldBy: String
    public var points: [BranchTalkPoint]
    /// The member's response and attitude.
    public var response: String
    public var outcome: TalkOutcome
    /// 限期改正: at most one year (教育管理条例 第三十条).
    public var deadline: CalendarDate?
    public var followUp: CalendarDate?
    /// 书面记录: required for the committee talk.
    public var writtenRecord: String
    public var action: OrganizationalAction?
    /// 诫勉谈话 referred to the discipline office (纪检), where discipline is broken.
    public var referredToDiscipline: Bool
    /// Why a stage was skipped, when it was.
    public var skipReason: String
    /// The entry this one corrects.
    public var corrects: UUID?

    public init(id: UUID = UUID(), stage: TalkStage, date: CalendarDate, heldBy: String,
                points: [BranchTalkPoint] = [], response: String = "", outcome: TalkOutcome,
                deadline: CalendarDate? = nil, followUp: CalendarDate? = nil, writtenRecord: String = "",
                action: OrganizationalAction? = nil, referredToDiscipline: Bool = false,
                skipReason: String = "", corrects: UUID? = nil) {
        self.id = id
        self.stage = stage
        self.date = date
        self.heldBy = heldBy
        self.points = points
        self.response = response
        self.outcome = outcome
        self.deadline = deadline
        self.followUp = followUp
        self.writtenRecord = writtenRecord
        self.action = action
        self.referredToDiscipline = referredToDiscipline
        self.skipReason = skipReason
        self.corrects = corrects
    }
}

/// 改正: the case closed as resolved.
public struct TalkClosure: Codable, Hashable, Sendable {
    public var date: CalendarDate
    public var reason: String

    public init(date: CalendarDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}
