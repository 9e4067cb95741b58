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
