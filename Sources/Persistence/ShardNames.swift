import Foundation

/// Which names in a dated ledger's folder are year shards (issue #9).
///
/// A shard is exactly four ASCII digits and `.json` (`2026.json`). Anything else is not read:
/// `-123.json` or `+999.json` used to pass `Int(…)`; `2026 (冲突副本).json` from a sync tool
/// or `2026.json.bak` may hold records the secretary expects to see, so each is reported (not
/// blocking: nothing is written to it). Hidden names (`.2026.json.tmp-…` from an interrupted
/// save, `.DS_Store`) and the files that live beside the shards (`talks/analyses.json`) are
/// passed over silently.
enum ShardNames {
    static func years(in names: [String], of kind: LedgerKind) -> (years: [Int], strays: [LoadIssue]) {
        var years: [Int] = []
        var strays: [LoadIssue] = []
        let companions = Set(LedgerKind.allCases.filter { !$0.isDated && $0.path.hasPrefix(kind.path + "/") }.map(\.path))
        let subfolders = Set(LedgerKind.allCases.filter { $0.isDated && $0.path.hasPrefix(kind.path + "/") }.map(\.path))
        for name in names.sorted() {
            if let year = year(of: name) {
                years.append(year)
                continue
            }
            let relative = kind.path + "/" + name
            if name.hasPrefix(".") || companions.contains(relative) || subfolders.contains(relative) { continue }
            var issue = LoadIssue(file: relative, reason: "不是年份分片（应为 4 位年份加 .json，如 2026.json），未读取其中内容：如是备份或同步冲突副本，请核对后移出数据目录")
            issue.blocksWriting = false
            strays.append(issue)
        }
        return (years.sorted(), strays)
    }

    /// Refuses to file a record under a year no shard name can hold (a commitment's year is a
    /// plain number): it would be written where no load ever looks.
    static func requireShardYear(_ year: Int?, of kind: LedgerKind) throws {
        guard kind.isDated, let year, !(1...9999).contains(year) else { return }
        throw StoreError.writeFailed(file: kind.path, reason: "年份 \(year) 不在 1–9999 之间，无法归入年份文件")
    }

    /// 2026 for `2026.json`; nil for anything else.
    static func year(of name: String) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count == 9, name.hasSuffix(".json"), bytes.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(name.prefix(4))
    }
}
