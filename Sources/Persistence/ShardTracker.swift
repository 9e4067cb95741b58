import Foundation

/// What a `LedgerStore` last saw of each file it read or wrote: the fingerprint, and for
/// shards the records as decoded then. This is the "as loaded" state its owner (the workbench,
/// a CLI command) is editing from (issue #9, two writers and outside edits):
///
/// - a save that finds a shard's digest changed knows someone else wrote it, and compares the
///   record it is about to replace with the loaded one to see whether that same record changed;
/// - the outside-edit check compares each file's `stat`, then digest, against it.
struct ShardTracker {
    struct Snapshot {
        var fingerprint: FileFingerprint
        /// The decoded `[R]` of the shard as read (nil for branch.json or an unreadable file).
        var records: Any?
    }

    private(set) var snapshots: [String: Snapshot] = [:]
    /// `stat` of each dated ledger's folder when its years were listed: a new year's shard
    /// written by someone else changes the folder.
    var folders: [String: FileStatus?] = [:]
    /// Shards a save found changed by someone else (and re-applied its change on): the owner's
    /// in-memory ledger lacks that other change until it reloads them.
    private(set) var changedElsewhere: Set<String> = []
    /// Records whose conflict was reported, with the digest of the version on disk then: saving
    /// again over that same version is the user's deliberate choice, not a loop.
    var acknowledged: [UUID: UInt64] = [:]

    /// A fresh load: forget files and folders, keep the conflicts already reported (the reload
    /// that follows a conflict must not make the same conflict come back).
    mutating func forgetFiles() {
        snapshots = [:]
        folders = [:]
        changedElsewhere = []
    }

    mutating func remember(_ file: String, status: FileStatus?, data: Data?, records: Any?) {
        let fingerprint = FileFingerprint(status: status, hash: data.map(ContentHash.fnv1a64))
        snapshots[file] = Snapshot(fingerprint: fingerprint, records: records)
    }

    /// Only the `stat` part changed (same bytes rewritten): keep the digest, take the new stat.
    mutating func refreshStatus(_ file: String, _ status: FileStatus?) {
        snapshots[file]?.fingerprint.status = status
    }

    func snapshot(_ file: String) -> Snapshot? { snapshots[file] }

    mutating func noteChangedElsewhere(_ file: String) {
        changedElsewhere.insert(file)
    }

    mutating func takeChangedElsewhere() -> Set<String> {
        defer { changedElsewhere = [] }
        return changedElsewhere
    }
}
