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
    ///   "as loaded" state and the shard is noted for reloading, so the owner sees the other
    ///   version; a second, deliberate save goes through — a conflict is raised once per version
    ///   on disk (`ShardTracker.acknowledged`) and never loops.
    /// `expected`: for records the caller edited from a known version (`save(_:previous:)`,
    /// the form's original), that version is the base, whatever this store re-read since — a
    /// form opened before an outside reload still counts as started from what it showed.
    func checkConflicts<R: StoredRecord>(_ type: R.Type, file: String, status: FileStatus?, disk data: Data?,
                                         records: [R], touching ids: Set<UUID>, expected: [UUID: R] = [:]) throws {
        let snapshot = tracker.snapshot(file)
        let changed = snapshot != nil && data.map(ContentHash.fnv1a64) != snapshot?.fingerprint.hash
        if changed { tracker.noteChangedElsewhere(file) }
        defer { if changed { tracker.remember(file, status: status, data: data, records: records) } }
        guard !ids.isEmpty else { return }
        let loaded = changed ? (snapshot?.records as? [R]).map { Dictionary($0.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) } : nil
        let now = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) {
            let base: R?
            if let known = expected[id] {
                base = known
            } else if let loaded {
                base = loaded[id]
            } else {
                continue
            }
            guard !sameContent(base, now[id]) else { continue }
            // Raised once per version on disk: after the message, saving again is deliberate.
            let seen = digest(now[id])
            guard tracker.acknowledged[id] != seen else { continue }
            tracker.acknowledged[id] = seen
            if !changed { tracker.noteChangedElsewhere(file) }
            throw StoreError.conflict(file: file, record: "\(R.ledgerKind.chineseName) \(id.uuidString.prefix(8))",
                                      modified: status.map { Date(timeIntervalSince1970: Double($0.modified) / 1e9) },
                                      deleted: base != nil && now[id] == nil)
        }
    }

    /// The same rule for branch.json, which is one record (review of #9): written whole, so when
    /// its bytes changed since this store read them (another `member import` added its groups),
    /// refuse once rather than drop the other's change; saving again is deliberate.
    func checkProfileConflict(_ profile: BranchProfile) throws {
        let file = LedgerKind.branch.path
        guard let snapshot = tracker.snapshot(file) else { return }
        let status = FileStatus.of(directory.appendingPathComponent(file).path)
        guard case .data(let data) = ShardReader(directory: directory, limits: limits).read(file) else { return }
        let hash = ContentHash.fnv1a64(data)
        guard hash != snapshot.fingerprint.hash, tracker.acknowledged[profile.id] != hash else { return }
        tracker.acknowledged[profile.id] = hash
        tracker.noteChangedElsewhere(file)
        throw StoreError.conflict(file: file, record: "支部信息", modified: status.map { Date(timeIntervalSince1970: Double($0.modified) / 1e9) },
                                  deleted: false)
    }

    private func digest<R: StoredRecord>(_ record: R?) -> UInt64 {
        guard let record, let data = try? LedgerJSON.encoder().encode(record) else { return 0 }
        return ContentHash.fnv1a64(data)
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
