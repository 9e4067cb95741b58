import Foundation
import Model

/// The PINs of a data directory (`pins.json`, 0600): salted crypt(3) hashes keyed by role
/// (`secretary`, `liaison`, `member:<UUID>`), never the PINs themselves (issue #8).
///
/// Wrong PINs are counted in the same file with the time of the last one; after
/// `PinRule.freeFailures` in a row each try must wait `PinRule.delaySeconds` from the last
/// failure, and a try inside the wait is refused unchecked. Because the count is on disk,
/// restarting the program does not reset it. The count is written even when the ledger is
/// opened `--read-only`; otherwise read-only would switch the slow-down off.
///
/// Every change is a read-modify-write under the directory's writer lock, written atomically.
/// A file that cannot be read is never overwritten and refuses every check (fail closed).
public final class PinStore {
    /// One role that has a PIN, as `pin status` lists it (never the hash).
    public struct Status: Equatable, Sendable {
        public var role: Role
        /// When the PIN was set, ISO 8601.
        public var setAt: String
        /// Wrong PINs in a row since the last right one.
        public var failures: Int
        /// Seconds before the next try is checked (0: now).
        public var waitSeconds: Int
    }

    public let directory: URL
    private let now: () -> Date
    private let lock: WriterLock

    /// `now` is the clock the wait is measured with; tests pass their own.
    public init(directory: URL, now: @escaping () -> Date = Date.init) {
        self.directory = directory
        self.now = now
        self.lock = WriterLock(directory: directory)
    }

    public var fileURL: URL { directory.appendingPathComponent(PinFile.name) }

    // MARK: - Reading

    /// Whether `role` has a PIN. Throws when pins.json cannot be read.
    public func hasPin(role: Role) throws -> Bool {
        try read().pins[role.pinKey] != nil
    }

    /// The roles that have a PIN, secretary first, then liaison, then members by key.
    public func statuses() throws -> [Status] {
        let file = try read()
        return file.pins.compactMap { key, entry -> Status? in
            guard let role = Role(pinKey: key) else { return nil }
            let failures = file.failures[key]?.count ?? 0
            return Status(role: role, setAt: entry.setAt, failures: failures, waitSeconds: wait(file.failures[key]))
        }.sorted { order($0.role) < order($1.role) }
    }

    /// Seconds before a PIN for `role` will be checked again (0: it may be tried now).
    public func waitSeconds(role: Role) throws -> Int {
        wait(try read().failures[role.pinKey])
    }

    // MARK: - Checking

    /// Checks `pin` for `role`: `.accepted` (the failure count is cleared), `.wrong` (counted,
    /// with the wait it now causes), `.mustWait` (inside a wait: not checked, not counted),
    /// `.noPin`, or `.unavailable` when pins.json cannot be read or the count cannot be saved.
    public func attempt(role: Role, pin: String) -> PinOutcome {
        do {
            return try withLock {
                var file = try read()
                let key = role.pinKey
                guard let entry = file.pins[key] else { return .noPin }
                let remaining = wait(file.failures[key])
                if remaining > 0 { return .mustWait(seconds: remaining) }
                if PinHasher.matches(pin, stored: entry.hash) {
                    if file.failures.removeValue(forKey: key) != nil { try write(file) }
                    return .accepted
                }
                let count = (file.failures[key]?.count ?? 0) + 1
                file.failures[key] = PinFile.Failures(count: count, last: now().timeIntervalSince1970)
                try write(file)
                return .wrong(failures: count, waitSeconds: PinRule.delaySeconds(afterFailures: count))
            }
        } catch {
            return .unavailable("无法核对 PIN：\(error)")
        }
    }

    /// Whether `pin` is right for `role` now (false with no PIN set, inside a wait, or on error).
    public func verify(role: Role, pin: String) -> Bool {
        attempt(role: role, pin: pin) == .accepted
    }

    // MARK: - Changing

    /// Sets (or replaces) the PIN of `role` and clears its failure count. Throws the
    /// `ValidationError` of `PinRule` for an unacceptable PIN, or a `StoreError`.
    public func set(role: Role, pin: String) throws {
        if let problem = PinRule.problem(pin) { throw problem }
        let hash = try PinHasher.hash(pin)
        try withLock {
            var file = try read()
            file.pins[role.pinKey] = PinFile.Entry(hash: hash, setAt: ISO8601DateFormatter().string(from: now()))
            file.failures[role.pinKey] = nil
            try write(file)
        }
    }

    /// Removes the PIN of `role`; returns whether there was one.
    @discardableResult
    public func remove(role: Role) throws -> Bool {
        try withLock {
            var file = try read()
            let had = file.pins.removeValue(forKey: role.pinKey) != nil
            let hadFailures = file.failures.removeValue(forKey: role.pinKey) != nil
            if had || hadFailures { try write(file) }
            return had
        }
    }

    // MARK: - File

    private func read() throws -> PinFile {
        let url = fileURL
        let data: Data
        // The same door as the ledger files: no FIFO, device or link out of the directory (issue #9).
        switch ShardReader(directory: directory, limits: .standard).read(PinFile.name) {
        case .missing: return PinFile()
        case .issue(let issue): throw StoreError.unreadableFile(file: url.path, reason: issue.reason)
        case .data(let read): data = read
        }
        let file: PinFile
        do {
            file = try JSONDecoder().decode(PinFile.self, from: data)
        } catch {
            throw StoreError.unreadableFile(file: url.path, reason: JSONErrorLocator.issue(file: PinFile.name, data: data, error: error).reason)
        }
        guard file.schemaVersion <= PinFile.currentSchemaVersion else {
            throw StoreError.unreadableFile(file: url.path, reason: "由更新版本的 BranchDesk 写入（schemaVersion \(file.schemaVersion)）")
        }
        return file
    }

    private func write(_ file: PinFile) throws {
        try AtomicFile.write(LedgerJSON.encode(file), to: fileURL)
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        try lock.acquire()
        defer { lock.release() }
        return try body()
    }

    /// Whole seconds left of the wait after `failures` (rounded up; 0 when it is over).
    private func wait(_ failures: PinFile.Failures?) -> Int {
        guard let failures else { return 0 }
        let delay = Double(PinRule.delaySeconds(afterFailures: failures.count))
        guard delay > 0 else { return 0 }
        // A clock set back before the last failure must not shorten the wait to nothing.
        let elapsed = max(0, now().timeIntervalSince1970 - failures.last)
        return Int((delay - elapsed).rounded(.up)).clamped(0, Int(delay))
    }

    private func order(_ role: Role) -> String {
        switch role {
        case .secretary: return "0"
        case .liaison: return "1"
        case .member: return "2" + role.pinKey
        }
    }
}

private extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
