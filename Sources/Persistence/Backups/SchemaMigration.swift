import Foundation
import Model

/// Schema version 1 → 2 (issue #9): version 2 envelopes name their ledger and year, so a
/// misplaced file is detected on load. Version 1 files keep loading forever; on the first write
/// session they are all rewritten as version 2 once, after a backup named `…-migrate-v1-v2`.
enum SchemaMigration {
    /// The ledger files of `directory` written in an older schema version.
    ///
    /// Keys are written sorted, so `schemaVersion` sits at the end of the file after `records`
    /// (and before `year`): reading the last bytes finds it without decoding a 20 MB shard. A file
    /// where it is not there (edited by hand) is parsed whole; one that does not parse is left to
    /// the loader, which reports it.
    static func outdatedFiles(in directory: URL) -> [String] {
        LedgerKind.files(in: directory).filter { file in
            guard let version = version(of: directory.appendingPathComponent(file)) else { return false }
            return version < currentSchemaVersion
        }
    }

    static func version(of url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 256 ? size - 256 : 0)
        // A plain search, not a regular expression: NSRegularExpression would start ICU on every write.
        let tail = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        if let key = tail.range(of: "\"schemaVersion\"", options: .backwards) {
            let rest = tail[key.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            if rest.first == ":" {
                let digits = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }.prefix { $0.isASCII && $0.isNumber }
                if let version = Int(digits) { return version }
            }
        }
        guard let data = try? Data(contentsOf: url),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        return object["schemaVersion"] as? Int
    }

    /// Rewrites one shard in the current version through the store (read, decode, encode, atomic write).
    struct Rewrite: StoredRecordAction {
        let store: LedgerStore
        let year: Int?

        func run<R: StoredRecord>(_ type: R.Type) throws {
            try store.update(R.self, year: year) { _ in }
        }
    }
}

extension LedgerStore {
    /// Before the first write of a session: migrate version-1 files once (backup first), then take
    /// the day's backup if none was taken today. Neither failing stops the write itself: a failed
    /// backup is a warning, and without a backup the migration is left for the next session.
    func prepareForWriting() {
        guard LedgerStore.ledgerExists(at: directory) else { return }
        let backups = BackupFolder(directory: directory, clock: clock)
        let keep = StoreSettings.load(directory).settings.keepBackups
        if !migrationChecked {
            migrationChecked = true
            let outdated = SchemaMigration.outdatedFiles(in: directory)
            if !outdated.isEmpty {
                do {
                    try backups.take(reason: "migrate-v1-v2")
                    backups.rotate(keep: keep)
                    migrate(outdated)
                } catch {
                    warnings.append("格式升级前的备份没有成功（\(error)），本次不升级文件格式。")
                }
            }
        }
        if !backups.hasBackupToday() {
            do {
                try backups.take(reason: "daily")
                backups.rotate(keep: keep)
            } catch {
                warnings.append("今天的自动备份没有成功（\(error)）。")
            }
        }
    }

    /// Rewrites each outdated file as the current version; an unreadable one is skipped (it is
    /// reported by the loader and never overwritten).
    private func migrate(_ files: [String]) {
        for file in files {
            guard let (kind, year) = LedgerKind.locate(file) else { continue }
            do {
                if kind == .branch {
                    let data = try Data(contentsOf: directory.appendingPathComponent(file))
                    let envelope = try JSONDecoder().decode(BranchEnvelope.self, from: data)
                    try AtomicFile.write(LedgerJSON.encode(BranchEnvelope(branch: envelope.branch)), to: directory.appendingPathComponent(file))
                } else {
                    _ = try kind.perform(SchemaMigration.Rewrite(store: self, year: year))
                }
            } catch {
                warnings.append("\(file) 没有升级为新格式（\(error)），仍按旧格式读取。")
            }
        }
    }
}
