import Foundation
import Model

/// One line of the operation journal (`journal/2026.jsonl`): who changed which record when,
/// and the record before and after (issue #9, "undo and audit").
///
/// The journal is append-only: an undo does not edit the entry it reverts, it adds a new entry
/// (`operation: undo`, `undoes: <id>`), so the file is also the audit trail of talk cases.
public struct JournalEntry: Codable, Equatable, Sendable {
    public var id: UUID
    public var time: Date
    public var actor: JournalActor
    /// `LedgerKind.rawValue` of the record's ledger; nil for a restore.
    public var kind: String?
    /// The shard the record was written to, relative to the data directory.
    public var file: String?
    public var record: UUID?
    public var operation: JournalOperation
    /// For `undo`: the entry reverted.
    public var undoes: UUID?
    /// For `restore`: the backup restored from, and the one taken just before.
    public var backup: String?
    public var backupBefore: String?
    /// The record as it was and as it became; `null` when absent (a create, a delete).
    public var before: JSONValue
    public var after: JSONValue

    public init(id: UUID = UUID(), time: Date, actor: JournalActor, kind: LedgerKind?, file: String?, record: UUID?,
                operation: JournalOperation, undoes: UUID? = nil, backup: String? = nil, backupBefore: String? = nil,
                before: JSONValue, after: JSONValue) {
        self.id = id
        self.time = time
        self.actor = actor
        self.kind = kind?.rawValue
        self.file = file
        self.record = record
        self.operation = operation
        self.undoes = undoes
        self.backup = backup
        self.backupBefore = backupBefore
        self.before = before
        self.after = after
    }

    public var ledgerKind: LedgerKind? { kind.flatMap(LedgerKind.init(rawValue:)) }

    /// 新建 / 修改 / 删除, read from before and after.
    public var change: JournalChange {
        switch (before.isNull, after.isNull) {
        case (true, _): return .created
        case (false, true): return .deleted
        case (false, false): return .modified
        }
    }
}

public enum JournalOperation: String, Codable, Sendable {
    case save
    case delete
    case undo
    case restore
}

public enum JournalChange: Sendable {
    case created, modified, deleted

    public var chineseName: String {
        switch self {
        case .created: return "新建"
        case .modified: return "修改"
        case .deleted: return "删除"
        }
    }
}

/// Who made a change: the role, and the member's name when a member wrote their own record.
public struct JournalActor: Codable, Equatable, Sendable {
    /// `secretary`, `liaison` or `member`.
    public var role: String
    public var name: String?

    public init(role: String, name: String? = nil) {
        self.role = role
        self.name = name
    }

    public static let secretary = JournalActor(role: "secretary")
    public static let liaison = JournalActor(role: "liaison")
    public static func member(_ name: String) -> JournalActor { JournalActor(role: "member", name: name) }

    /// The workbench's role; a member is named from the ledger.
    public init(_ role: Role, memberName: String? = nil) {
        switch role {
        case .secretary: self = .secretary
        case .liaison: self = .liaison
        case .member: self = JournalActor(role: "member", name: memberName)
        }
    }

    public var chinese: String {
        switch role {
        case "secretary": return "书记"
        case "liaison": return "联络员"
        case "member": return "党员" + (name.map { " \($0)" } ?? "")
        default: return role
        }
    }

    /// Talk cases are the secretary's alone (DOMAIN.md §4): their journal entries too. Members'
    /// commitments are not the liaison's either (`commitment` refuses it, issue #8).
    public func sees(_ entry: JournalEntry) -> Bool {
        if role == "secretary" { return true }
        guard let kind = entry.ledgerKind else { return role != "member" }
        if kind == .talks || kind == .talkAnalyses || kind == .commitments { return false }
        return role == "liaison"
    }

    /// What a role may revert: the secretary anything; the liaison the task ledger it keeps.
    public func mayUndo(_ entry: JournalEntry) -> Bool {
        if role == "secretary" { return true }
        return role == "liaison" && entry.ledgerKind == .tasks
    }
}
