import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
            // Everything that can be checked is checked before the first file is replaced (review of
            // #9): the snapshot's files read, and each target walked like a save's (`ShardReader`),
            // so a folder where a shard should be, or a ledger folder linked out of the data
            // directory, refuses the restore instead of stopping it half way or writing through the link.
            let incoming = try (plan.replace + plan.add).map { file -> (String, Data) in
                guard let data = try? Data(contentsOf: plan.source.appendingPathComponent(file)) else {
                    // E.g. rotated away by another window's daily backup while the question was asked.
                    throw StoreError.writeFailed(file: plan.source.appendingPathComponent(file).path,
                                                 reason: "备份中的这个文件无法读取（备份可能已被删除、移动或轮换掉），没有恢复任何文件。请用 branchdesk backup --list 查看现有的备份后再恢复")
                }
                return (file, data)
            }
            let reader = ShardReader(directory: directory, limits: limits)
            var targets: [String: String] = [:]
            for file in plan.replace + plan.add + plan.remove { targets[file] = try reader.writablePath(file) }
            let before = try backups.take(reason: "before-restore")
            var done = 0
            do {
                for (file, data) in incoming {
                    let target = URL(fileURLWithPath: targets[file]!)
                    try AtomicFile.makeDirectory(target.deletingLastPathComponent())
                    try AtomicFile.write(data, to: target)
                    done += 1
                }
                for file in plan.remove {
                    // Already gone (removed meanwhile) is what the plan wanted.
                    guard unlink(targets[file]!) == 0 || errno == ENOENT else {
                        throw StoreError.writeFailed(file: file, reason: AtomicFile.errnoText())
                    }
                    done += 1
                }
            } catch {
                // Past the first file the ledger is part backup, part present state: say so, and how back.
                guard done > 0 else { throw error }
                let inBackups = plan.source.deletingLastPathComponent().standardizedFileURL == backups.url.standardizedFileURL
                throw StoreError.restoreIncomplete(done: done, total: incoming.count + plan.remove.count,
                                                   source: inBackups ? plan.source.lastPathComponent : plan.source.path,
                                                   before: before.name, reason: StoreError.shortReason(error))
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
