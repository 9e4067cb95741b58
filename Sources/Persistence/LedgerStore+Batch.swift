import Foundation
import Model

extension LedgerStore {
    /// Inserts or replaces many records at once: each shard they fall into is re-read and
    /// written once, all under one hold of the writer lock.
    ///
    /// An import of 5,000 members through `save(_:)` would rewrite members.json 5,000 times;
    /// this rewrites it once. As with `save`, records not in `records` are left as they are on
    /// disk, so a change made meanwhile by the workbench is kept. A record must not change shard
    /// here (use `save(_:previous:)` for that).
    public func saveAll<R: StoredRecord>(_ records: [R]) throws {
        guard !records.isEmpty else { return }
        let byShard = Dictionary(grouping: records, by: \.shardYear)
        try withLock {
            // Journaled like `save` (issue #9, undo and audit), in one append after all shards are written.
            var changes: [(before: R?, after: R)] = []
            defer { journal(saved: changes) }
            for year in byShard.keys.sorted(by: { ($0 ?? .min) < ($1 ?? .min) }) {
                let incoming = byShard[year] ?? []
                // Last one wins when the same id is given twice.
                let replacements = Dictionary(incoming.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
                var shardChanges: [(before: R?, after: R)] = []
                try update(R.self, year: year, touching: Set(replacements.keys)) { stored in
                    var seen = Set<UUID>()
                    for index in stored.indices {
                        if let replacement = replacements[stored[index].id] {
                            shardChanges.append((stored[index], replacement))
                            stored[index] = replacement
                            seen.insert(stored[index].id)
                        }
                    }
                    var added = Set<UUID>()
                    for record in incoming where !seen.contains(record.id) && !added.contains(record.id) {
                        shardChanges.append((nil, replacements[record.id]!))
                        stored.append(replacements[record.id]!)
                        added.insert(record.id)
                    }
                }
                // Only once the shard is written: never a journal line for a change not on disk.
                changes += shardChanges
            }
        }
    }
}
