import XCTest
import Model
@testable import Persistence

/// Issue #9: "fuzz the loaders with thousands of mutated files: no crash".
///
/// Takes a file of every ledger kind from the shipped demo ledger (cut to a few records each), mutates one at a time with
/// a seeded generator — bit flips, deletions, insertions, truncations, swapped value types, deep
/// nesting, huge and NaN-ish numbers, duplicate keys, spliced records — and runs the data
/// directory through `LedgerStore.load` and `LedgerCheck` (what `branchdesk check` runs). A
/// failure must come back as a `LoadIssue` with a position; the mutated file must be untouched.
///
/// 3,000 cases by default (about 13 s in a debug build here); `BRANCHDESK_FUZZ_CASES=100000` runs more,
/// `BRANCHDESK_FUZZ_SEED=…` another sequence (scripts/fuzz-loaders.sh).
final class LoaderFuzzTests: XCTestCase {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/demo")

    func testMutatedDemoFiles_NeverCrashAndEveryFailureHasAPosition() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["BRANCHDESK_FUZZ_CASES"].flatMap(Int.init) ?? 3_000
        let seed = environment["BRANCHDESK_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x9_2026_1204
        // The corpus: the demo ledger with every ledger cut to its first records, written by the
        // store itself, so each file is a real shard of its kind but small enough that a case
        // costs milliseconds even in a debug build (the 100 KB meeting shard cost ten times more).
        let root = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        try LedgerStore.create(Self.sample(try LedgerStore(directory: LoaderFuzzTests.demo, readOnly: true).load()), at: corpus)
        let files = try demoFiles(in: corpus)
        XCTAssertEqual(Set(files.map(\.kind)), Set(LedgerKind.allCases).subtracting([.talkAnalyses]),
                       "the demo ledger has a file of every kind the fuzzer should reach")
        let originals = try files.map { try Data(contentsOf: corpus.appendingPathComponent($0.file)) }
        // One small data directory per file: branch.json (so it counts as a ledger) and that
        // file. `load` then reads the whole directory in a few milliseconds, however many cases.
        var directories: [URL] = []
        for (index, entry) in files.enumerated() {
            let dir = root.appendingPathComponent("\(index)")
            try AtomicFile.makeDirectory(dir.appendingPathComponent(entry.file).deletingLastPathComponent())
            try Data(contentsOf: corpus.appendingPathComponent("branch.json")).write(to: dir.appendingPathComponent("branch.json"))
            try originals[index].write(to: dir.appendingPathComponent(entry.file))
            directories.append(dir)
        }
        let today = CalendarDate("2026-12-04")!

        var random = SplitMix64(seed: seed)
        var refused = 0, accepted = 0, byMutation: [String: Int] = [:]
        let started = Date()
        for number in 0..<cases {
            let pick = Int(random.next() % UInt64(files.count))
            let file = files[pick].file
            let dir = directories[pick]
            let url = dir.appendingPathComponent(file)
            let (name, mutated) = Mutator.mutate(originals[pick], using: &random)
            byMutation[name, default: 0] += 1
            try mutated.write(to: url)

            let store = LedgerStore(directory: dir)
            let ledger = try store.load()
            _ = LedgerCheck.problems(in: ledger, today: today)
            let issues = store.issues.filter { $0.file == file && $0.blocksWriting }
            for issue in issues {
                XCTAssertTrue(issue.line != nil || issue.path != nil,
                              "case \(number) (\(name), \(file)): no position in \(issue)")
                XCTAssertFalse(issue.reason.isEmpty)
            }
            if issues.isEmpty { accepted += 1 } else { refused += 1 }
            XCTAssertEqual(try Data(contentsOf: url), mutated, "case \(number): loading never writes")
            if !issues.isEmpty, number % 25 == 0 {
                // A save into a refused shard is refused and leaves the bytes alone.
                XCTAssertThrowsError(try saveInto(files[pick].kind, store: store), "case \(number) \(name) \(file)")
                XCTAssertEqual(try Data(contentsOf: url), mutated, "case \(number): refused file unchanged")
            }
            try originals[pick].write(to: url)
            if let failure = testRun?.failureCount, failure > 20 { break }
        }
        let seconds = Date().timeIntervalSince(started)
        print("fuzz: \(cases) cases (seed \(seed)) in \(String(format: "%.1f", seconds)) s: \(refused) refused with a LoadIssue, \(accepted) loaded; by mutation \(byMutation.sorted { $0.key < $1.key })")
    }

    /// The demo ledger with each ledger cut to its first few records (members kept whole enough
    /// that meetings still name some of them).
    static func sample(_ ledger: Ledger) -> Ledger {
        var small = ledger
        small.members = Array(ledger.members.prefix(6))
        small.meetings = Array(ledger.meetings.prefix(4))
        small.fiveOnesLogs = Array(ledger.fiveOnesLogs.prefix(4))
        small.talkCases = Array(ledger.talkCases.prefix(3))
        small.tasks = Array(ledger.tasks.filter { $0.due.year == 2026 }.prefix(4))
        small.commitments = Array(ledger.commitments.prefix(3))
        small.dues = Array(ledger.dues.prefix(8))
        return small
    }

    /// Each kind's file in `directory` (the first year of dated ones).
    private func demoFiles(in directory: URL) throws -> [(kind: LedgerKind, file: String)] {
        var files: [(LedgerKind, String)] = []
        for kind in LedgerKind.allCases {
            if kind.isDated {
                let folder = directory.appendingPathComponent(kind.path)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if let name = names.filter({ ShardNames.year(of: $0) != nil }).sorted().first { files.append((kind, kind.path + "/" + name)) }
            } else if FileManager.default.fileExists(atPath: directory.appendingPathComponent(kind.path).path) {
                files.append((kind, kind.path))
            }
        }
        return files
    }

    private func saveInto(_ kind: LedgerKind, store: LedgerStore) throws {
        let day = CalendarDate("2026-06-01")!
        switch kind {
        case .branch: try store.saveProfile(BranchProfile(name: "法规处党支部"))
        case .members: try store.save(Member(name: "欧阳修", status: .full))
        case .meetings: try store.save(Meeting(kind: .themeDay, date: day, topic: "主题党日 😀"))
        case .tasks: try store.save(LiaisonTask(title: "报送材料", kind: .report, due: day))
        case .dues: try store.save(DuesPayment(memberId: UUID(), month: YearMonth(year: 2026, month: 6)!, amountFen: 100))
        case .cadence: try store.save(CadenceRule(kind: .themeDay, period: .month, source: "条例"))
        default:
            // Kinds whose records take more to build: the lock-and-refuse path is the same one.
            throw StoreError.readOnly
        }
    }
}

/// The ways a file gets damaged, by disks, editors, sync tools and people.
enum Mutator {
    static let values = ["null", "true", "false", "0", "-1", "1.5", "-0", "1e999", "-1e999", "99999999999999999999999",
                         "9223372036854775807", "-9223372036854775808", "NaN", "Infinity", "-Infinity", "nan", "undefined",
                         "\"\"", "\"x\"", "\"2026-13-45\"", "\"欧阳修😀\"", "\"\\u001b[2J\"", "\"\\ud800\"", "\"\\u0000\"",
                         "[]", "{}", "[null]", "{\"a\":1}", "\"00000000-0000-0000-0000-000000000000\"", "\"../../etc/passwd\""]
    static let inserts: [[UInt8]] = ["{", "}", "[", "]", "\"", ",", ":", "\\", "\0", "\u{1B}", " ", "\n", "\\u0000", "\\ud800", "\u{FEFF}"]
        .map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE6, 0xAC]]

    static func mutate(_ original: Data, using random: inout SplitMix64) -> (String, Data) {
        var bytes = [UInt8](original)
        func position(_ limit: Int) -> Int { limit <= 0 ? 0 : Int(random.next() % UInt64(limit)) }
        func chance(_ n: UInt64) -> Bool { random.next() % n == 0 }
        switch random.next() % 13 {
        case 0:
            for _ in 0...(random.next() % 4) { let i = position(bytes.count); bytes[i] ^= 1 << UInt8(random.next() % 8) }
            return ("bit-flip", Data(bytes))
        case 1:
            let i = position(bytes.count)
            bytes.removeSubrange(i..<min(bytes.count, i + 1 + Int(random.next() % 16)))
            return ("delete", Data(bytes))
        case 2:
            let insert = inserts[position(inserts.count)]
            bytes.insert(contentsOf: chance(4) ? Array(repeating: insert[0], count: 1 + position(64)) : insert, at: position(bytes.count + 1))
            return ("insert", Data(bytes))
        case 3:
            // Truncation at every kind of place: anywhere, inside a string, after a structural
            // character, in the middle of a Chinese character, one byte short.
            let cut: Int
            switch random.next() % 5 {
            case 0: cut = position(bytes.count)
            case 1: cut = nextIndex(in: bytes, from: position(bytes.count), where: { $0 == 0x22 }).map { $0 + 1 } ?? 0
            case 2: cut = nextIndex(in: bytes, from: position(bytes.count), where: { "{}[],:".utf8.contains($0) }).map { $0 + 1 } ?? 0
            case 3: cut = nextIndex(in: bytes, from: position(bytes.count), where: { $0 >= 0xE0 }).map { $0 + 1 } ?? 0
            default: cut = max(0, bytes.count - 1 - position(3))
            }
            return ("truncate", Data(bytes.prefix(cut)))
        case 4, 5:
            // Swap a value for one of another type (or a hostile one).
            guard let (start, end) = randomValue(in: bytes, using: &random) else { return ("swap-type", Data(bytes)) }
            bytes.replaceSubrange(start..<end, with: Array(values[position(values.count)].utf8))
            return ("swap-type", Data(bytes))
        case 6:
            let depth = chance(2) ? 100_000 : 64 + position(600)
            let opener = chance(2) ? Array("[".utf8) : Array("{\"a\":".utf8)
            let i = randomValue(in: bytes, using: &random)?.0 ?? position(bytes.count)
            bytes.insert(contentsOf: Array(Array(repeating: opener, count: depth).joined()), at: i)
            return ("deep-nesting", Data(bytes))
        case 7:
            guard let (start, end) = randomValue(in: bytes, using: &random) else { return ("huge-number", Data(bytes)) }
            let digits = String((0..<(20 + position(400))).map { _ in Character(String(random.next() % 10)) })
            bytes.replaceSubrange(start..<end, with: Array((chance(2) ? digits : "1e" + digits).utf8))
            return ("huge-number", Data(bytes))
        case 8:
            // A key line given twice.
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let keyed = lines.indices.filter { lines[$0].contains(0x3A) && lines[$0].last == 0x2C }
            guard !keyed.isEmpty else { return ("duplicate-key", Data(bytes)) }
            let i = keyed[position(keyed.count)]
            var out = Array(lines)
            out.insert(lines[i], at: i)
            return ("duplicate-key", Data(out.joined(separator: [0x0A])))
        case 9:
            // Splice a chunk of the file somewhere else (duplicated records, half objects).
            let a = position(bytes.count), length = 1 + position(min(4096, max(1, bytes.count - a)))
            let chunk = Array(bytes[a..<min(bytes.count, a + length)])
            bytes.insert(contentsOf: chunk, at: position(bytes.count + 1))
            return ("splice", Data(bytes))
        case 10:
            guard let range = find(Array("\"schemaVersion\" : 1".utf8), in: bytes) else { return ("schema-version", Data(bytes)) }
            let versions = ["0", "-1", "2", "99", "1.0", "\"1\"", "null", "[1]", "18446744073709551616"]
            bytes.replaceSubrange(range.upperBound - 1..<range.upperBound, with: Array(versions[position(versions.count)].utf8))
            return ("schema-version", Data(bytes))
        case 11:
            // Text with control characters or of absurd length inside a string.
            guard let quote = nextIndex(in: bytes, from: position(bytes.count), where: { $0 == 0x22 }) else { return ("string", Data(bytes)) }
            let payloads = ["\u{1B}[31m", "\\u001b]0;title\\u0007", "\u{85}", "\u{202E}", "\r", "\t", "\\n",
                            String(repeating: "欧阳修😀", count: chance(8) ? 120_000 : 60)]
            bytes.insert(contentsOf: Array(payloads[position(payloads.count)].utf8), at: quote + 1)
            return ("string", Data(bytes))
        default:
            // Several small faults at once.
            for _ in 0..<(2 + position(6)) {
                let i = position(bytes.count)
                if bytes.isEmpty { break }
                if chance(2) { bytes[i] = UInt8(truncatingIfNeeded: random.next()) } else { bytes.remove(at: i) }
            }
            return ("bytes", Data(bytes))
        }
    }

    private static func nextIndex(in bytes: [UInt8], from start: Int, where match: (UInt8) -> Bool) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(where: match)
    }

    /// A value after a `: ` somewhere in the file: from its first byte to the end of its line.
    private static func randomValue(in bytes: [UInt8], using random: inout SplitMix64) -> (Int, Int)? {
        guard !bytes.isEmpty else { return nil }
        var i = Int(random.next() % UInt64(bytes.count))
        guard let colon = bytes[i...].firstIndex(of: 0x3A) ?? bytes.firstIndex(of: 0x3A) else { return nil }
        i = colon + 1
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        var end = i
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > i, bytes[end - 1] == 0x2C { end -= 1 }
        // A value that opens an object or array: swap only the opening line's token.
        return (i, max(i, end))
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle { return start..<(start + needle.count) }
        }
        return nil
    }
}
