import Foundation
import Model
import Persistence

/// `branchdesk dev outside-check-cost`: loads the ledger as the workbench does and times the
/// outside-edit check it runs on every key press and once a second (`LedgerStore.outsideChanges`,
/// issue #9) when nothing changed. Prints the files watched and the cost per check.
enum OutsideCheckCost {
    static func run(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let rounds = Int(try args.value("--rounds") ?? "10000") ?? 10000
        try args.finish()
        let store = try context.openStore()
        let years = Set(ReminderEngine.years(today: context.today, horizonDays: 30))
        let loadStarted = Date()
        _ = try store.load(years: years)
        let loadTime = Date().timeIntervalSince(loadStarted)
        var changed = 0
        let started = Date()
        for _ in 0..<max(1, rounds) { changed += store.outsideChanges(years: years).count }
        let perCheck = Date().timeIntervalSince(started) / Double(max(1, rounds))
        context.output.out(String(format: "load (years %@, with file digests): %.1f ms; outside-edit check, nothing changed: %.1f µs per check over %d rounds (%d changes seen)",
                                  years.sorted().map(String.init).joined(separator: ","), loadTime * 1000, perCheck * 1e6, rounds, changed))
        // What a reload costs when one small file changed (a sync tool touching this year's tasks):
        // only that file is read again (`reread`), not the loaded years.
        let tasks = LedgerKind.tasks.file(year: context.today.year)
        let rereadStarted = Date()
        _ = store.reread([tasks])
        context.output.out(String(format: "reload after %@ changed (that file only): %.1f ms", tasks,
                                  Date().timeIntervalSince(rereadStarted) * 1000))
        // What the digests add to a load: FNV-1a over the same shards' bytes.
        var bytes = 0
        var digest: UInt64 = 0
        let hashStarted = Date()
        let walker = FileManager.default.enumerator(atPath: store.directory.path)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".json"), let data = FileManager.default.contents(atPath: store.directory.appendingPathComponent(relative).path) else { continue }
            bytes += data.count
            digest ^= ContentHash.fnv1a64(data)
        }
        let hashTime = Date().timeIntervalSince(hashStarted)
        context.output.out(String(format: "FNV-1a 64 over every file (%.1f MB, read and hashed): %.1f ms (%016llx)", Double(bytes) / 1e6, hashTime * 1000, digest))
        return 0
    }
}
