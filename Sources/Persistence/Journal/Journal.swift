import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The append-only operation journal of a data directory: `journal/YYYY.jsonl`, one JSON
/// object per line (issue #9).
///
/// Each append opens the file with O_APPEND, writes one whole line and fsyncs; the folder is
/// 0700 and the files 0600 like every data file. A crash can at worst leave a torn last line:
/// the next append starts on a fresh line, and reading skips (and reports) any line that does
/// not parse — a bad line is never fatal.
public struct Journal {
    public static let folder = "journal"
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    var folderURL: URL { directory.appendingPathComponent(Journal.folder) }

    /// The journal file for an entry's time, by the local calendar year.
    func file(for time: Date) -> String {
        let year = LocalTime(time).year
        return "\(Journal.folder)/\(String(format: "%04d", year)).jsonl"
    }

    public func append(_ entry: JournalEntry) throws {
        try append([entry])
    }

    /// Appends several entries (one batch save: `saveAll`) with one write and one fsync per file,
    /// so an import of thousands of records is not thousands of fsyncs.
    public func append(_ entries: [JournalEntry]) throws {
        var byFile: [String: Data] = [:]
        var order: [String] = []
        for entry in entries {
            let relative = file(for: entry.time)
            if byFile[relative] == nil { order.append(relative) }
            var line = try Journal.encoder.encode(entry)
            line.append(0x0A)
            byFile[relative, default: Data()].append(line)
        }
        for relative in order { try append(lines: byFile[relative]!, to: relative) }
    }

    private func append(lines: Data, to relative: String) throws {
        var line = lines
        try AtomicFile.makeDirectory(folderURL)
        // The same walk as a ledger file (review of #9): never through a link out of the data
        // directory (the journal holds talk cases' before and after), never into a FIFO or folder.
        let url = URL(fileURLWithPath: try ShardReader(directory: directory, limits: .standard).writablePath(relative))
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StoreError.writeFailed(file: relative, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        // A torn last line (a crash mid-append) must not swallow this entry: start a fresh line.
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, off_t(info.st_size - 1)) == 1, last != 0x0A { line.insert(0x0A, at: 0) }
        }
        try AtomicFile.writeAllAndSync(line, to: fd) { AtomicFile.failure(url, bytes: line.count) }
    }

    /// Every entry, oldest first, and the lines that could not be read (file, line, reason).
    public func read() -> (entries: [JournalEntry], skipped: [LoadIssue]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? [])
            .filter { $0.count == 10 && $0.hasSuffix(".jsonl") && Int($0.prefix(4)) != nil }.sorted()
        var entries: [JournalEntry] = []
        var skipped: [LoadIssue] = []
        let decoder = Journal.decoder
        for name in names {
            let relative = "\(Journal.folder)/\(name)"
            guard let data = try? Data(contentsOf: folderURL.appendingPathComponent(name)) else {
                skipped.append(LoadIssue(file: relative, reason: "无法打开操作日志"))
                continue
            }
            for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) {
                    entries.append(entry)
                } else {
                    skipped.append(LoadIssue(file: relative, line: index + 1, reason: "这一行无法解析（可能是写入时中断留下的半行），已跳过"))
                }
            }
        }
        return (entries, skipped)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
