import Foundation

/// Which journal entries a role sees and which one `undo` reverts next (issue #9).
///
/// Undo walks back from the newest entry: entries already undone and undo entries themselves are
/// skipped (so repeated undos step further back, never redo), entries the role may not see or
/// revert are passed over, and a restore from backup stops the walk (it is reverted by restoring
/// the backup taken just before it, not by undo).
public struct UndoHistory: Sendable {
    public let entries: [JournalEntry]
    public let undone: Set<UUID>

    public init(_ entries: [JournalEntry]) {
        self.entries = entries
        self.undone = Set(entries.compactMap { $0.operation == .undo ? $0.undoes : nil })
    }

    /// The entries `actor` may see, newest first (talk cases only for the secretary).
    public func visible(to actor: JournalActor) -> [JournalEntry] {
        entries.reversed().filter { actor.sees($0) }
    }

    /// The entry the next `undo` by `actor` reverts, or why there is none.
    public func next(for actor: JournalActor) -> Result<JournalEntry, UndoRefusal> {
        for entry in entries.reversed() {
            if entry.operation == .restore {
                let before = entry.backupBefore.map { "branchdesk restore \($0)" } ?? "branchdesk restore 恢复前的备份"
                return .failure(UndoRefusal("最近一次操作是从备份恢复（\(JournalText.time(entry.time))），撤销不会越过它。如要回到恢复前的状态，请用 \(before)。"))
            }
            guard entry.operation != .undo, !undone.contains(entry.id), actor.sees(entry), actor.mayUndo(entry) else { continue }
            return .success(entry)
        }
        return .failure(UndoRefusal("操作日志中没有可以撤销的修改。"))
    }
}

/// Why an undo was refused, in a sentence that says what to do.
public struct UndoRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
