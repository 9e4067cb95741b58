import Foundation
import Model

/// The ledgers on disk and how each is split into files.
///
/// Dated ledgers are sharded by year (`meetings/2026.json`) so that saving one record
/// rewrites one shard, and start-up need not decode years nobody is looking at.
public enum LedgerKind: String, CaseIterable, Sendable {
    case branch
    case members
    case cadence
    case fiveOnesTemplates
    case fiveOnesAdoptions
    case meetings
    case fiveOnesLogs
    case talks
    /// 思想状况分析 sessions: one small file beside the talk shards (`talks/analyses.json`).
    case talkAnalyses
    case tasks
    case commitments
    case dues

    /// Whether the ledger is split into one file per year.
    public var isDated: Bool {
        switch self {
        case .meetings, .fiveOnesLogs, .talks, .tasks, .commitments, .dues: return true
        default: return false
        }
    }

    /// The file of an undated ledger, or the folder of a dated one, relative to the data directory.
    public var path: String {
        switch self {
        case .branch: return "branch.json"
        case .members: return "members.json"
        case .cadence: return "cadence.json"
        case .fiveOnesTemplates: return "fiveones/templates.json"
        case .fiveOnesAdoptions: return "fiveones/adoptions.json"
        case .meetings: return "meetings"
        case .fiveOnesLogs: return "fiveones/logs"
        case .talks: return "talks"
        case .talkAnalyses: return "talks/analyses.json"
        case .tasks: return "tasks"
        case .commitments: return "commitments"
        case .dues: return "dues"
        }
    }

    /// The relative path of one shard: `meetings/2026.json`, or the fixed file when undated.
    public func file(year: Int?) -> String {
        guard isDated, let year else { return path }
        return "\(path)/\(String(format: "%04d", year)).json"
    }

    public var chineseName: String {
        switch self {
        case .branch: return "支部信息"
        case .members: return "党员档案"
        case .cadence: return "会议周期规则"
        case .fiveOnesTemplates: return "五个一模板"
        case .fiveOnesAdoptions: return "五个一开展计划"
        case .meetings: return "三会一课"
        case .fiveOnesLogs: return "五个一记录"
        case .talks: return "提醒谈话"
        case .talkAnalyses: return "思想状况分析"
        case .tasks: return "联络任务"
        case .commitments: return "党员承诺"
        case .dues: return "党费"
        }
    }
}

/// A record the store knows how to file: which ledger, which year's shard, what order.
public protocol StoredRecord: Codable, Sendable, Identifiable where ID == UUID {
    static var ledgerKind: LedgerKind { get }
    /// The shard year for dated ledgers; nil for undated ones.
    var shardYear: Int? { get }
    /// Records are written in this order so files diff cleanly.
    var sortKey: String { get }
}

extension Member: StoredRecord {
    public static var ledgerKind: LedgerKind { .members }
    public var shardYear: Int? { nil }
    public var sortKey: String { id.uuidString }
}

extension CadenceRule: StoredRecord {
    public static var ledgerKind: LedgerKind { .cadence }
    /// Rules are keyed by kind; a stable id derived from it keeps the protocol uniform.
    public var id: UUID { UUID(uuidString: String(format: "00000000-0000-4000-A000-%012X", MeetingKind.allCases.firstIndex(of: kind)!))! }
    public var shardYear: Int? { nil }
    public var sortKey: String { String(format: "%02d", MeetingKind.allCases.firstIndex(of: kind)!) }
}

extension FiveOnesTemplate: StoredRecord {
    public static var ledgerKind: LedgerKind { .fiveOnesTemplates }
    public var shardYear: Int? { nil }
    public var sortKey: String { id.uuidString }
}

extension FiveOnesAdoption: StoredRecord {
    public static var ledgerKind: LedgerKind { .fiveOnesAdoptions }
    public var shardYear: Int? { nil }
    public var sortKey: String { period.firstDay.iso + id.uuidString }
}

extension Meeting: StoredRecord {
    public static var ledgerKind: LedgerKind { .meetings }
    public var shardYear: Int? { date.year }
    public var sortKey: String { date.iso + (startTime?.text ?? "") + id.uuidString }
}

extension FiveOnesLog: StoredRecord {
    public static var ledgerKind: LedgerKind { .fiveOnesLogs }
    public var shardYear: Int? { date.year }
    public var sortKey: String { date.iso + id.uuidString }
}

extension TalkCase: StoredRecord {
    public static var ledgerKind: LedgerKind { .talks }
    public var shardYear: Int? { openedOn.year }
    public var sortKey: String { openedOn.iso + id.uuidString }
}

extension ConductAnalysis: StoredRecord {
    public static var ledgerKind: LedgerKind { .talkAnalyses }
    public var shardYear: Int? { nil }
    public var sortKey: String { date.iso + id.uuidString }
}

extension LiaisonTask: StoredRecord {
    public static var ledgerKind: LedgerKind { .tasks }
    public var shardYear: Int? { due.year }
    public var sortKey: String { due.iso + id.uuidString }
}

extension Commitment: StoredRecord {
    public static var ledgerKind: LedgerKind { .commitments }
    public var shardYear: Int? { year }
    public var sortKey: String { memberId.uuidString + id.uuidString }
}

extension DuesPayment: StoredRecord {
    public static var ledgerKind: LedgerKind { .dues }
    public var shardYear: Int? { month.year }
    public var sortKey: String { month.iso + memberId.uuidString + id.uuidString }
}
