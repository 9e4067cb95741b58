import Foundation
import Model

/// The JSON store of one branch: reads the data directory into a `Ledger`, writes one
/// record at a time into its shard.
///
/// Layout (see ARCHITECTURE.md): `branch.json`, `members.json`, `cadence.json`,
/// `fiveones/templates.json`, `fiveones/adoptions.json`, and one file per year under
/// `meetings/`, `fiveones/logs/`, `talks/`, `tasks/`, `commitments/`, `dues/`.
///
/// Every save re-reads its shard from disk under the writer lock and applies just that
/// record, so a CLI writing while the TUI is open loses neither change. A file that could
/// not be read is reported in `issues` and never written.
public final class LedgerStore {
    public let directory: URL
    public let readOnly: Bool
    /// Files that could not be read, with position and reason.
    public private(set) var issues: [LoadIssue] = []
    /// What loading noticed that loses nothing and blocks nothing (a stray file beside the year
    /// shards, one record id in two years): `branchdesk check` lists these too (issue #9).
    public private(set) var notes: [LoadIssue] = []
    private var blocked: Set<String> = []
    private let lock: WriterLock
    /// Who writes through this store, named in every journal entry (issue #9).
    public var actor: JournalActor
    /// The clock of journal entries and backups (tests pass a fixed one).
    public let clock: () -> Date
    /// Whether this store has looked for version-1 files to migrate (once per store).
    var migrationChecked = false
    /// What went wrong beside a write that itself succeeded (a journal line or the day's backup
    /// that could not be written), for the caller to show.
    public internal(set) var warnings: [String] = []
    /// Each file as this store last read or wrote it (issue #9: conflicts, outside edits).
    var tracker = ShardTracker()
    /// Size, depth and string limits for reading files (issue #9; see `LoadLimits`).
    public var limits = LoadLimits.standard

    public init(directory: URL, readOnly: Bool = false, actor: JournalActor = .secretary, clock: @escaping () -> Date = Date.init) {
        self.directory = directory
        self.readOnly = readOnly
        self.lock = WriterLock(directory: directory)
        self.actor = actor
        self.clock = clock
    }

    /// Whether `directory` holds a ledger (its branch.json exists).
    public static func ledgerExists(at directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(LedgerKind.branch.path).path)
    }

    // MARK: - Creating

    /// Writes a whole new ledger into `directory` (0700, files 0600). Refuses where one exists.
    public static func create(_ ledger: Ledger, at directory: URL) throws {
        if ledgerExists(at: directory) { throw StoreError.alreadyExists(directory: directory.path) }
        try AtomicFile.makeDirectory(directory)
        let store = LedgerStore(directory: directory)
        try store.withLock {
            try store.writeAll(ledger.members)
            try store.writeAll(ledger.cadenceRules)
            try store.writeAll(ledger.fiveOnesTemplates)
            try store.writeAll(ledger.fiveOnesAdoptions)
            try store.writeAll(ledger.meetings)
            try store.writeAll(ledger.fiveOnesLogs)
            try store.writeAll(ledger.talkCases)
            try store.writeAll(ledger.tasks)
            try store.writeAll(ledger.commitments)
            try store.writeAll(ledger.dues)
            try store.writeAll(ledger.talkAnalyses)
            // branch.json last: until it exists the directory does not count as a ledger,
            // so an interrupted create can simply be run again.
            try store.write(LedgerJSON.encode(BranchEnvelope(branch: ledger.profile)), to: LedgerKind.branch.path)
        }
    }

    private func writeAll<R: StoredRecord>(_ records: [R]) throws {
        let byYear = Dictionary(grouping: records) { $0.shardYear }
        for (year, shard) in byYear {
            try write(LedgerJSON.encode(ShardEnvelope(records: shard.sorted { $0.sortKey < $1.sortKey }, kind: R.ledgerKind, year: year)),
                      to: R.ledgerKind.file(year: year))
        }
    }

    // MARK: - Loading

    /// Loads the profile, the undated ledgers and the dated shards of `years` (all years when nil;
    /// talk cases and tasks always in full).
    /// Unreadable files are skipped, reported in `issues`, and blocked from writing.
    public func load(years: Set<Int>? = nil) throws -> Ledger {
        guard LedgerStore.ledgerExists(at: directory) else { throw StoreError.notFound(directory: directory.path) }
        issues = []
        notes = []
        blocked = []
        tracker.forgetFiles()
        let profile = readProfile() ?? BranchProfile(name: "（支部信息无法读取）")
        func dated<R: StoredRecord>(_ type: R.Type) -> [R] {
            // Talk cases and tasks stay open across years and are small: always read them whole,
            // so an old case's follow-up or last year's overdue task is never missed.
            let whole = R.ledgerKind == .talks || R.ledgerKind == .tasks
            let wanted = self.years(of: R.ledgerKind).filter { whole || (years?.contains($0) ?? true) }
            var seen: [UUID: String] = [:]
            return wanted.flatMap { year -> [R] in
                let shard = records(type, year: year)
                let file = R.ledgerKind.file(year: year)
                for record in shard {
                    if let first = seen[record.id] {
                        report(RecordIdentity.duplicateAcrossShards(id: record.id, first: first, second: file))
                    }
                    seen[record.id] = file
                }
                return shard
            }
        }
        return Ledger(profile: profile,
                      members: records(Member.self, year: nil),
                      meetings: dated(Meeting.self),
                      cadenceRules: records(CadenceRule.self, year: nil),
                      fiveOnesTemplates: records(FiveOnesTemplate.self, year: nil),
                      fiveOnesAdoptions: records(FiveOnesAdoption.self, year: nil),
                      fiveOnesLogs: dated(FiveOnesLog.self),
                      talkCases: dated(TalkCase.self),
                      tasks: dated(LiaisonTask.self),
                      commitments: dated(Commitment.self),
                      dues: dated(DuesPayment.self),
                      talkAnalyses: records(ConductAnalysis.self, year: nil))
    }

    /// branch.json's profile, or nil when it cannot be read (then reported in `issues`).
    func readProfile() -> BranchProfile? {
        let branchStatus = FileStatus.of(directory.appendingPathComponent(LedgerKind.branch.path).path)
        let branchData = readData(LedgerKind.branch.path)
        tracker.remember(LedgerKind.branch.path, status: branchStatus, data: branchData, records: nil)
        guard let data = branchData else { return nil }
        return decode(BranchEnvelope.self, data, file: LedgerKind.branch.path)?.branch
    }

    /// Drops what was reported about `file`, before it is read again.
    func forgetIssues(of file: String) {
        issues.removeAll { $0.file == file }
        notes.removeAll { $0.file == file }
        blocked.remove(file)
    }

    /// The dated records of one year (the workbench loads other years on demand).
    public func loadYear(_ year: Int) -> LedgerYear {
        LedgerYear(year: year,
                   meetings: records(Meeting.self, year: year),
                   fiveOnesLogs: records(FiveOnesLog.self, year: year),
                   talkCases: records(TalkCase.self, year: year),
                   tasks: records(LiaisonTask.self, year: year),
                   commitments: records(Commitment.self, year: year),
                   dues: records(DuesPayment.self, year: year))
    }

    /// The years that have a shard for a dated ledger, ascending.
    /// The folder is listed through `ShardReader` (no link out of the data directory); a name
    /// that is not a year shard is reported, not read (see `ShardNames`).
    public func years(of kind: LedgerKind) -> [Int] {
        guard kind.isDated else { return [] }
        tracker.folders[kind.path] = FileStatus.of(directory.appendingPathComponent(kind.path).path)
        switch reader.contents(ofFolder: kind.path) {
        case nil: return []
        case .failure(let issue)?:
            report(issue)
            return []
        case .success(let names)?:
            let (years, strays) = ShardNames.years(in: names, of: kind)
            strays.forEach(report)
            return years
        }
    }

    /// The records of one shard (empty when the file does not exist or cannot be read).
    public func records<R: StoredRecord>(_ type: R.Type, year: Int?) -> [R] {
        let file = R.ledgerKind.file(year: year)
        let status = FileStatus.of(directory.appendingPathComponent(file).path)
        guard let data = readData(file) else {
            tracker.remember(file, status: nil, data: nil, records: [R]())
            return []
        }
        let records = decode(ShardEnvelope<R>.self, data, file: file).flatMap { envelope -> [R]? in
            if let misplaced = envelope.misplacement(file: file, data: data, kind: R.ledgerKind, year: year) {
                report(misplaced)
                return nil
            }
            return envelope.records
        }
        tracker.remember(file, status: status, data: data, records: records)
        // Shown, but not written while two records share an id (RecordIdentity).
        if let records, let duplicate = RecordIdentity.duplicateInShard(records, data: data, file: file, limits: limits) { report(duplicate) }
        return records ?? []
    }

    /// Checks type, links and size before reading (`ShardReader`); a refusal becomes an issue.
    private var reader: ShardReader { ShardReader(directory: directory, limits: limits) }

    private func readData(_ file: String) -> Data? {
        switch reader.read(file) {
        case .missing: return nil
        case .data(let data): return data
        case .issue(let issue):
            report(issue)
            return nil
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data, file: String) -> T? {
        switch ShardDecoder.decode(type, data, file: file, limits: limits) {
        case .success(let value): return value
        case .failure(let issue):
            report(issue)
            return nil
        }
    }

    private func report(_ issue: LoadIssue) {
        guard issue.blocksWriting else {
            if !notes.contains(issue) { notes.append(issue) }
            return
        }
        if !issues.contains(issue) { issues.append(issue) }
        blocked.insert(issue.file)
    }

    // MARK: - Saving

    /// Inserts or replaces `record` in its shard. When an edit moved it to another shard
    /// (its date changed year), `previous` removes it from the old one afterwards: a crash in
    /// between leaves a duplicate, never a loss.
    public func save<R: StoredRecord>(_ record: R, previous: R? = nil) throws {
        try withLock {
            // `before` as on disk now, for the journal (from the old shard when the record moves).
            let moved = previous.map { $0.shardYear != record.shardYear } ?? false
            var before: R?
            if moved, let previous {
                // The same-record rule in the shard the record leaves, before anything is written:
                // its removal below would otherwise drop a change made there meanwhile (review of #9).
                try update(R.self, year: previous.shardYear, touching: [record.id], expected: [record.id: previous], writing: false) { records in
                    before = records.first { $0.id == record.id }
                }
            }
            // `previous` is the version the editor started from: the base of the same-record rule.
            let expected = previous.flatMap { $0.shardYear == record.shardYear ? [record.id: $0] : nil } ?? [:]
            try update(R.self, year: record.shardYear, touching: [record.id], expected: expected) { records in
                if !moved { before = records.first { $0.id == record.id } }
                records.removeAll { $0.id == record.id }
                records.append(record)
            }
            if let previous, previous.shardYear != record.shardYear {
                try update(R.self, year: previous.shardYear) { $0.removeAll { $0.id == previous.id } }
            }
            journal(.save, before: before, after: record)
        }
    }

    /// Removes `record` from its shard.
    public func delete<R: StoredRecord>(_ record: R) throws {
        try withLock {
            var before: R?
            try update(R.self, year: record.shardYear, touching: [record.id]) { records in
                guard let found = records.first(where: { $0.id == record.id }) else {
                    throw StoreError.recordNotFound(record.id.uuidString)
                }
                before = found
                records.removeAll { $0.id == record.id }
            }
            journal(.delete, before: before, after: nil as R?)
        }
    }

    /// Replaces the branch profile.
    public func saveProfile(_ profile: BranchProfile) throws {
        try withLock {
            try ensureWritable(LedgerKind.branch.path)
            try checkProfileConflict(profile)
            let written = try LedgerJSON.encode(BranchEnvelope(branch: profile))
            try write(written, to: LedgerKind.branch.path)
            tracker.remember(LedgerKind.branch.path, status: FileStatus.of(directory.appendingPathComponent(LedgerKind.branch.path).path),
                             data: written, records: nil)
        }
    }

    /// Read-modify-write of one shard, under the lock, from what is on disk now.
    /// `touching`: the records the change replaces or removes, refused if someone else changed
    /// them since this store loaded them (`checkConflicts`).
    /// `writing: false` only reads and checks (the change sees the records, nothing is written).
    func update<R: StoredRecord>(_ type: R.Type, year: Int?, touching ids: Set<UUID> = [], expected: [UUID: R] = [:],
                                 writing: Bool = true, _ change: (inout [R]) throws -> Void) throws {
        try ShardNames.requireShardYear(year, of: R.ledgerKind)
        let file = R.ledgerKind.file(year: year)
        try ensureWritable(file)
        var records: [R] = []
        let status = FileStatus.of(directory.appendingPathComponent(file).path)
        let data = readData(file)
        if let data {
            guard let envelope = decode(ShardEnvelope<R>.self, data, file: file) else {
                throw StoreError.unreadableFile(file: file, reason: issues.last?.reason ?? "格式错误")
            }
            if let misplaced = envelope.misplacement(file: file, data: data, kind: R.ledgerKind, year: year) {
                report(misplaced)
                throw StoreError.unreadableFile(file: file, reason: misplaced.positionedReason)
            }
            records = envelope.records
            if let duplicate = RecordIdentity.duplicateInShard(records, data: data, file: file, limits: limits) { report(duplicate) }
        }
        // Refused while reading (a FIFO, no permission, a link out, duplicate ids): never write over it.
        try ensureWritable(file)
        try checkConflicts(R.self, file: file, status: status, disk: data, records: records, touching: ids, expected: expected)
        try change(&records)
        guard writing else { return }
        records.sort { $0.sortKey < $1.sortKey }
        let written = try LedgerJSON.encode(ShardEnvelope(records: records, kind: R.ledgerKind, year: year))
        try write(written, to: file)
        tracker.remember(file, status: FileStatus.of(directory.appendingPathComponent(file).path), data: written, records: records)
    }

    private func ensureWritable(_ file: String) throws {
        if readOnly { throw StoreError.readOnly }
        if blocked.contains(file) {
            let issue = issues.first { $0.file == file }
            throw StoreError.unreadableFile(file: file, reason: issue?.positionedReason ?? "格式错误")
        }
    }

    private func write(_ data: Data, to file: String) throws {
        let url = URL(fileURLWithPath: try reader.writablePath(file))
        try AtomicFile.makeDirectory(url.deletingLastPathComponent())
        try AtomicFile.write(data, to: url)
    }

    func withLock<T>(_ body: () throws -> T) throws -> T {
        try withBareLock {
            // Issue #9: migrate version-1 files once and take the day's backup before the first write
            // (Backups/LedgerStore+Maintenance.swift).
            prepareForWriting()
            return try body()
        }
    }

    /// The writer lock without the day's backup or the migration: for backup and restore themselves.
    func withBareLock<T>(_ body: () throws -> T) throws -> T {
        if readOnly { throw StoreError.readOnly }
        try lock.acquire()
        defer { lock.release() }
        return try body()
    }
}
