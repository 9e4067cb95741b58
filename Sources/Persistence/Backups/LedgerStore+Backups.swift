import Foundation
import Model

/// What a restore would do: which ledger files it replaces, adds and removes.
public struct RestorePlan: Equatable, Sendable {
    public var source: URL
    /// Files in the backup whose content differs from the data directory's.
    public var replace: [String]
    /// Files in the backup the data directory lacks.
    public var add: [String]
    /// Ledger files in the data directory the backup does not have (removed last).
    public var remove: [String]
    public var unchanged: [String]

    public var changesNothing: Bool { replace.isEmpty && add.isEmpty && remove.isEmpty }
}

extension LedgerStore {
    public var backups: BackupFolder { BackupFolder(directory: directory, clock: clock) }

    /// `branchdesk backup`: one snapshot now, then the oldest beyond the kept number are removed.
    public func backUp(reason: String? = nil) throws -> Backup {
        try withBareLock {
            let backup = try backups.take(reason: reason)
            backups.rotate(keep: StoreSettings.load(directory).settings.keepBackups)
            return backup
        }
    }

    public func restorePlan(from source: URL) -> RestorePlan {
        let incoming = LedgerKind.files(in: source)
        let present = Set(LedgerKind.files(in: directory))
        var plan = RestorePlan(source: source, replace: [], add: [], remove: [], unchanged: [])
        for file in incoming {
            if !present.contains(file) {
                plan.add.append(file)
            } else if (try? Data(contentsOf: source.appendingPathComponent(file))) == (try? Data(contentsOf: directory.appendingPathComponent(file))) {
                plan.unchanged.append(file)
            } else {
                plan.replace.append(file)
            }
        }
        plan.remove = present.subtracting(incoming).sorted()
        return plan
    }

    /// Restores a snapshot: a backup of the present state first (`…-before-restore`), then each
    /// file of the snapshot copied in atomically, one by one, and only then the ledger files the
    /// snapshot lacks removed. `backups/` and `journal/` are never touched; the restore is journaled.
    /// Returns the backup taken before.
    @discardableResult
    public func restore(_ plan: RestorePlan) throws -> Backup {
        try withBareLock {
            let before = try backups.take(reason: "before-restore")
            for file in plan.replace + plan.add {
                let data = try Data(contentsOf: plan.source.appendingPathComponent(file))
                let target = directory.appendingPathComponent(file)
                try AtomicFile.makeDirectory(target.deletingLastPathComponent())
                try AtomicFile.write(data, to: target)
            }
            for file in plan.remove {
                try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
            }
            let entry = JournalEntry(time: clock(), actor: actor, kind: nil, file: nil, record: nil, operation: .restore,
                                     backup: plan.source.lastPathComponent, backupBefore: before.name, before: .null, after: .null)
            do { try journal.append(entry) } catch { warnings.append("已恢复，但操作日志未能写入（\(error)）。") }
            // Rotate after restoring, and never the snapshot just restored.
            let keep = StoreSettings.load(directory).settings.keepBackups
            let all = backups.list().filter { $0.url.standardizedFileURL != plan.source.standardizedFileURL }
            for old in all.dropFirst(keep) { try? FileManager.default.removeItem(at: old.url) }
            return before
        }
    }
}
