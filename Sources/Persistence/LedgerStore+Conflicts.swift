import Foundation
import Model

extension LedgerStore {
    /// The same-record rule of issue #9 (two writers), checked under the lock before a shard is
    /// rewritten.
    ///
    /// - The shard's bytes are what this store last read or wrote: nobody else touched it.
    /// - The shard changed, but none of the records this save replaces or removes did (another
    ///   writer added or edited other records): the change is applied to the fresh content,
    ///   so both survive; the shard is noted so the owner reloads it.
    /// - One of those records changed (or vanished, or appeared) since this store loaded it:
    ///   refuse rather than overwrite the other's work. The fresh content becomes the new
    ///   "as loaded" state, so the owner sees the other version and a second, deliberate save
    ///   goes through — a conflict is raised once per outside change and never loops.
    func checkConflicts<R: StoredRecord>(_ type: R.Type, file: String, status: FileStatus?, disk data: Data?,
                                         records: [R], touching ids: Set<UUID>) throws {
        guard let snapshot = tracker.snapshot(file) else { return }
        let diskHash = data.map(ContentHash.fnv1a64)
        guard diskHash != snapshot.fingerprint.hash else { return }
        tracker.noteChangedElsewhere(file)
        guard !ids.isEmpty, let loaded = snapshot.records as? [R] else {
            tracker.remember(file, status: status, data: data, records: records)
            return
        }
        let before = Dictionary(loaded.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) where !sameContent(before[id], now[id]) {
            tracker.remember(file, status: status, data: data, records: records)
            throw StoreError.conflict(file: file, record: "\(R.ledgerKind.chineseName) \(id.uuidString.prefix(8))",
                                      modified: status.map { Date(timeIntervalSince1970: Double($0.modified) / 1e9) },
                                      deleted: before[id] != nil && now[id] == nil)
        }
        tracker.remember(file, status: status, data: data, records: records)
    }

    /// Compares two versions as they would be written: the file's own encoding, so a record
    /// counts as changed exactly when its bytes on disk would differ.
    private func sameContent<R: StoredRecord>(_ a: R?, _ b: R?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?):
            let encoder = LedgerJSON.encoder()
            return (try? encoder.encode(a)) == (try? encoder.encode(b))
        default: return false
        }
    }
}
