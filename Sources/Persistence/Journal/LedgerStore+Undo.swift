import Foundation
import Model

extension LedgerStore {
    /// The journal's entries with the lines that could not be read (reported, never fatal).
    public func history() -> (history: UndoHistory, skipped: [LoadIssue]) {
        let read = journal.read()
        return (UndoHistory(read.entries), read.skipped)
    }

    /// Reverts one journal entry and journals the undo; returns the new entry.
    ///
    /// Under the writer lock the journal is read again (another window may have undone it), then
    /// the record on disk must still equal the entry's `after`: otherwise someone changed it
    /// since, and reverting would throw their work away, so the undo is refused.
    @discardableResult
    public func undo(_ entryId: UUID) throws -> JournalEntry {
        try withLock {
            let history = UndoHistory(journal.read().entries)
            guard let entry = history.entries.first(where: { $0.id == entryId }) else {
                throw UndoRefusal("操作日志中找不到这条记录（\(entryId.uuidString)）。")
            }
            guard !history.undone.contains(entry.id) else { throw UndoRefusal("这一步已经撤销过了。") }
            guard entry.operation == .save || entry.operation == .delete else {
                throw UndoRefusal("只能撤销新建、修改和删除；撤销本身和从备份恢复不能再撤销。")
            }
            guard actor.mayUndo(entry) else { throw UndoRefusal("\(actor.chinese)不能撤销这一类记录的修改，请由书记操作。") }
            guard let kind = entry.ledgerKind, let reverted = try kind.perform(Revert(store: self, entry: entry)) else {
                throw UndoRefusal("操作日志中的这条记录不完整，无法撤销。")
            }
            return reverted
        }
    }

    private struct Revert: StoredRecordAction {
        let store: LedgerStore
        let entry: JournalEntry

        func run<R: StoredRecord>(_ type: R.Type) throws -> JournalEntry {
            let before = try entry.before.decoded(R.self)
            let after = try entry.after.decoded(R.self)
            guard let id = entry.record, let year = (after ?? before).map({ $0.shardYear }) else {
                throw UndoRefusal("操作日志中的这条记录不完整，无法撤销。")
            }
            var current: R?
            try store.update(R.self, year: year) { records in
                current = records.first { $0.id == id }
                guard try JSONValue(current) == entry.after else {
                    throw UndoRefusal("这条记录在 \(JournalText.time(entry.time)) 之后又被修改过（磁盘上的内容与操作日志不同），为免覆盖之后的修改，没有撤销。可用 branchdesk undo --list 查看之后的修改。")
                }
                records.removeAll { $0.id == id }
                if let before, before.shardYear == year { records.append(before) }
            }
            if let before, before.shardYear != year {
                try store.update(R.self, year: before.shardYear) { records in
                    records.removeAll { $0.id == id }
                    records.append(before)
                }
            }
            let undo = JournalEntry(time: store.clock(), actor: store.actor, kind: R.ledgerKind,
                                    file: R.ledgerKind.file(year: (before ?? after)!.shardYear), record: id,
                                    operation: .undo, undoes: entry.id, before: try JSONValue(current), after: entry.before)
            do { try store.journal.append(undo) } catch {
                store.warnings.append("已撤销，但操作日志未能写入（\(error)）。")
            }
            return undo
        }
    }
}
