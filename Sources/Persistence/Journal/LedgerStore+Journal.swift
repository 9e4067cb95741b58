import Foundation
import Model

/// The journal side of saving (issue #9).
///
/// Ordering: the shard is written first, the journal line after it, both under the writer lock.
/// A crash between the two leaves a change on disk without its journal line (never a journal
/// line for a change that did not happen); undo therefore checks that the record on disk still
/// equals the entry's `after` before reverting, and refuses when someone changed it since.
extension LedgerStore {
    public var journal: Journal { Journal(directory: directory) }

    /// Appends the entry for a save or delete just written. A journal that cannot be written does
    /// not undo the save (the record is on disk): it becomes a warning.
    func journal<R: StoredRecord>(_ operation: JournalOperation, before: R?, after: R?, undoes: UUID? = nil) {
        guard let record = after ?? before else { return }
        do {
            let entry = JournalEntry(time: clock(), actor: actor, kind: R.ledgerKind, file: R.ledgerKind.file(year: record.shardYear),
                                     record: record.id, operation: operation, undoes: undoes,
                                     before: try JSONValue(before), after: try JSONValue(after))
            try journal.append(entry)
        } catch {
            warnings.append("已保存，但操作日志未能写入（\(error)），这一步无法撤销。")
        }
    }

    /// The entries of a batch save (`saveAll`): one per record whose content changed, appended
    /// together. A batch left out of the journal would make the next undo revert an older change
    /// instead, and talk cases opened by an analysis would be missing from their audit trail.
    func journal<R: StoredRecord>(saved changes: [(before: R?, after: R)]) {
        do {
            var entries: [JournalEntry] = []
            for change in changes {
                let before = try JSONValue(change.before), after = try JSONValue(change.after)
                guard before != after else { continue }
                entries.append(JournalEntry(time: clock(), actor: actor, kind: R.ledgerKind, file: R.ledgerKind.file(year: change.after.shardYear),
                                            record: change.after.id, operation: .save, before: before, after: after))
            }
            guard !entries.isEmpty else { return }
            try journal.append(entries)
        } catch {
            warnings.append("已保存，但操作日志未能写入（\(error)），这些修改无法撤销。")
        }
    }
}
