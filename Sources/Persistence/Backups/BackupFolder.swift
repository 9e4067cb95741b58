import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The backups of a data directory: `<data>/backups/<yyyyMMdd-HHmmss>[-reason]/` holding a plain
/// copy of every ledger file at its relative path (issue #9).
///
/// What is copied: the ledger files `LedgerKind.files(in:)` finds (branch.json, members.json, the
/// yearly shards …), even unreadable ones, byte for byte. Not copied: `backups/` itself, `.lock`,
/// `journal/` (the audit trail only grows; a restore is journaled, never rewinds it), `pins.json`
/// (access control, not records) and `settings.json`.
///
/// A snapshot is written into `backups/.partial-NAME/` and renamed into place when complete, so a
/// crash never leaves a half backup that looks whole; leftovers are removed by the next backup.
/// Folders are 0700, files 0600.
public struct BackupFolder {
    public static let folder = "backups"
    public let directory: URL
    let clock: () -> Date

    public init(directory: URL, clock: @escaping () -> Date = Date.init) {
        self.directory = directory
        self.clock = clock
    }

    public var url: URL { directory.appendingPathComponent(BackupFolder.folder) }

    /// Copies every ledger file into a new snapshot and returns it.
    public func take(reason: String? = nil) throws -> Backup {
        try AtomicFile.makeDirectory(url)
        // Copies of every ledger, talk cases included: never through a `backups` link out of the
        // data directory (review of #9), checked as a save checks its shard's folder.
        if case .refused(let issue) = ShardReader(directory: directory, limits: .standard).resolve(BackupFolder.folder, expectDirectory: true) {
            throw StoreError.writeFailed(file: BackupFolder.folder, reason: issue.reason)
        }
        removePartials()
        var name = LocalTime(clock()).stamp + (reason.map { "-\($0)" } ?? "")
        var n = 2
        while FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
            name = LocalTime(clock()).stamp + (reason.map { "-\($0)" } ?? "") + "-\(n)"
            n += 1
        }
        let partial = url.appendingPathComponent(".partial-\(name)")
        try AtomicFile.makeDirectory(partial)
        var bytes: Int64 = 0
        let files = LedgerKind.files(in: directory)
        do {
            for file in files {
                let data = try Data(contentsOf: directory.appendingPathComponent(file))
                let target = partial.appendingPathComponent(file)
                try AtomicFile.makeDirectory(target.deletingLastPathComponent())
                try BackupFolder.writeNew(data, to: target, name: "\(BackupFolder.folder)/\(name)/\(file)")
                bytes += Int64(data.count)
            }
            let final = url.appendingPathComponent(name)
            guard rename(partial.path, final.path) == 0 else {
                throw StoreError.writeFailed(file: final.path, reason: AtomicFile.errnoText())
            }
            AtomicFile.syncDirectory(url.path)
            return Backup(name: name, url: final, reason: reason, files: files.count, bytes: bytes)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// The complete snapshots, newest first.
    public func list() -> [Backup] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter(BackupFolder.isSnapshotName)
        return names.sorted(by: >).map { name in
            let folder = url.appendingPathComponent(name)
            let files = LedgerKind.files(in: folder)
            let bytes = files.reduce(Int64(0)) { sum, file in
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.size] as? NSNumber)??.int64Value ?? 0
                return sum + size
            }
            let parts = name.split(separator: "-", maxSplits: 2).map(String.init)
            var reason = parts.count > 2 ? parts[2] : nil
            // `-2` marks a second snapshot in the same second: not part of the reason.
            if let r = reason, Int(r) != nil { reason = nil }
            if let r = reason, let dash = r.lastIndex(of: "-"), Int(r[r.index(after: dash)...]) != nil { reason = String(r[..<dash]) }
            return Backup(name: name, url: folder, reason: reason, files: files.count, bytes: bytes)
        }
    }

    /// Whether a snapshot was taken on the clock's local day (the daily backup is due otherwise).
    public func hasBackupToday() -> Bool {
        let day = LocalTime(clock()).dayStamp + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.contains { $0.hasPrefix(day) && BackupFolder.isSnapshotName($0) }
    }

    /// Removes the oldest snapshots beyond `keep`; returns their names. Only folders named like a
    /// snapshot are ever removed.
    @discardableResult
    public func rotate(keep: Int) -> [String] {
        let all = list()
        guard all.count > keep else { return [] }
        let old = all.suffix(from: max(keep, 0))
        for backup in old { try? FileManager.default.removeItem(at: backup.url) }
        return old.map(\.name)
    }

    /// A snapshot by folder name (under `backups/`) or by path.
    public func resolve(_ text: String) throws -> URL {
        let byName = url.appendingPathComponent(text)
        let candidate = text.contains("/") ? URL(fileURLWithPath: (text as NSString).expandingTildeInPath) : byName
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue else {
            let names = list().prefix(5).map(\.name).joined(separator: "、")
            throw StoreError.writeFailed(file: text, reason: "找不到这个备份。可用 branchdesk backup --list 查看备份\(names.isEmpty ? "" : "（最近的：\(names)）")")
        }
        guard FileManager.default.fileExists(atPath: candidate.appendingPathComponent(LedgerKind.branch.path).path) else {
            throw StoreError.writeFailed(file: candidate.path, reason: "这个文件夹里没有 branch.json，不是 BranchDesk 的备份")
        }
        return candidate
    }

    static func isSnapshotName(_ name: String) -> Bool {
        let chars = Array(name)
        guard chars.count >= 15, chars[8] == "-" else { return false }
        return chars[0..<8].allSatisfy(\.isASCII) && chars[0..<8].allSatisfy(\.isNumber)
            && chars[9..<15].allSatisfy(\.isASCII) && chars[9..<15].allSatisfy(\.isNumber)
            && (chars.count == 15 || chars[15] == "-")
    }

    /// Leftovers of an interrupted backup (only one backup runs at a time: under the writer lock).
    private func removePartials() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasPrefix(".partial-") {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// Writes a new file 0600 and fsyncs it (the folder is renamed into place only afterwards).
    static func writeNew(_ data: Data, to url: URL, name: String) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.writeFailed(file: name, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        try AtomicFile.writeAllAndSync(data, to: fd) { AtomicFile.failure(url, bytes: data.count) }
    }
}
