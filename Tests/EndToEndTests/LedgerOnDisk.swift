import Foundation
import XCTest

/// Reads a data directory the way a person checking it would: every `.json` file must parse
/// as JSON; record ids and fields are collected without the program's own decoder.
struct LedgerOnDisk {
    let directory: URL

    /// Relative paths of every file under the directory.
    func files() -> [String] {
        var result: [String] = []
        let walker = FileManager.default.enumerator(atPath: directory.path)
        while let relative = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path, isDirectory: &isDir), !isDir.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    /// Temp files a writer left (`.<name>.bdtmp-<pid>-<random>`).
    func tempFiles() -> [String] { files().filter { $0.contains(".bdtmp-") } }

    /// Every `.json` file parsed; fails the test naming any that does not parse.
    func parseAll(file: StaticString = #filePath, line: UInt = #line) -> Int {
        var parsed = 0
        for relative in files() where relative.hasSuffix(".json") {
            do {
                _ = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(relative)))
                parsed += 1
            } catch {
                XCTFail("\(relative) does not parse: \(error)", file: file, line: line)
            }
        }
        return parsed
    }

    /// The records of a ledger: `members.json`, or every year's shard of `meetings`/`tasks`.
    func records(_ ledger: String) -> [[String: Any]] {
        let paths = ledger.hasSuffix(".json") ? [ledger] : files().filter { $0.hasPrefix(ledger + "/") && $0.hasSuffix(".json") && !$0.contains("/.") }
        return paths.flatMap { path -> [[String: Any]] in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(path)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
            return object["records"] as? [[String: Any]] ?? []
        }
    }

    /// Record id → record, of one ledger.
    func recordsById(_ ledger: String) -> [String: [String: Any]] {
        Dictionary(records(ledger).compactMap { record in (record["id"] as? String).map { ($0, record) } }, uniquingKeysWith: { a, _ in a })
    }
}
