import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one advisory writer lock of a data directory (`.lock`, flock).
///
/// flock is released by the kernel when the holder dies, so a killed writer leaves no lock
/// behind. The file names the holder (`pid`, then the host name) so that a second writer is
/// told who holds it, and so that a lock that outlived its writer is recognised (issue #9):
/// a flock stays held while any process keeps the descriptor, e.g. a child that inherited it
/// or a file system that emulates flock. When the file names a process on this host that no
/// longer exists and the lock stays held, the lock file is replaced by a fresh one (the old
/// inode keeps its orphaned lock and harms nobody).
///
/// Taking the lock also sweeps temp files that killed writers left (`StaleTempFiles`).
final class WriterLock {
    private let directory: URL
    private let path: String
    private var fd: Int32 = -1
    /// The pid of a dead writer whose lock was replaced on the last `acquire`, for tests and messages.
    private(set) var recoveredFrom: Int32?
    /// Temp files of dead writers removed on the last `acquire`.
    private(set) var sweptTempFiles: [String] = []
    /// Tests only: runs after the flock is taken and before this writer names itself in the file.
    var beforeNaming: (() -> Void)?

    init(directory: URL) {
        self.directory = directory
        path = directory.appendingPathComponent(".lock").path
    }

    /// Takes the lock, retrying briefly so two quick CLI calls queue instead of failing,
    /// then gives up with the holder's pid rather than hanging.
    func acquire(waitMilliseconds: Int = 2000) throws {
        guard fd < 0 else { return }
        recoveredFrom = nil
        var waited = 0
        while true {
            // O_NOFOLLOW: a planted .lock link must not truncate its target (issue #9).
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else { throw AtomicFile.failure(URL(fileURLWithPath: path), bytes: 0) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // Checked and named under `.lock.break`, where a waiter re-reads the holder before
                // replacing a stale lock file: until our pid is written the file still names a
                // killed writer, and a waiter must not replace the file we now hold (review of #9).
                let guardFd = open(path + ".break", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
                if guardFd >= 0 { flock(guardFd, LOCK_EX) }
                defer {
                    if guardFd >= 0 {
                        flock(guardFd, LOCK_UN)
                        close(guardFd)
                    }
                }
                // The file may have been replaced (a stale lock recovered) while this descriptor
                // was open: only a lock on the file now at `.lock` counts.
                guard WriterLock.isCurrent(descriptor, path: path) else {
                    close(descriptor)
                    continue
                }
                beforeNaming?()
                let text = "\(getpid())\n\(WriterLock.hostName)\n"
                ftruncate(descriptor, 0)
                _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
                fd = descriptor
                break
            }
            let holder = WriterLock.readHolder(descriptor)
            close(descriptor)
            if let holder, holder.isDeadHereAndNow, try recoverStaleLock(of: holder) {
                recoveredFrom = holder.pid
                continue
            }
            if waited >= waitMilliseconds { throw StoreError.locked(pid: holder?.pid) }
            usleep(20_000)
            waited += 20
        }
        sweptTempFiles = StaleTempFiles.sweep(directory)
    }

    func release() {
        guard fd >= 0 else { return }
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    // MARK: - Stale locks

    /// Who the lock file names.
    struct Holder: Equatable {
        var pid: Int32
        /// nil in lock files written before the host was recorded: taken as this host.
        var host: String?

        /// Named process is on this host and no longer runs. (A pid on another host sharing
        /// the folder cannot be checked from here, so such a lock is never broken.)
        var isDeadHereAndNow: Bool {
            (host == nil || host == WriterLock.hostName) && !ProcessProbe.isRunning(pid)
        }
    }

    /// Replaces the lock file when it is still held and still names the same dead process.
    ///
    /// Checked twice, 50 ms apart, and the second time under `.lock.break` so that two waiters
    /// cannot both replace it: right after a killed holder's flock is released, the next writer
    /// holds the lock for a few microseconds before it writes its own pid over the dead one.
    private func recoverStaleLock(of holder: Holder) throws -> Bool {
        usleep(50_000)
        let guardPath = path + ".break"
        let guardFd = open(guardPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard guardFd >= 0 else { return false }
        defer {
            flock(guardFd, LOCK_UN)
            close(guardFd)
        }
        guard flock(guardFd, LOCK_EX) == 0 else { return false }
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            // Free after all: let the caller take it normally.
            flock(descriptor, LOCK_UN)
            return true
        }
        guard WriterLock.readHolder(descriptor) == holder, holder.isDeadHereAndNow else { return false }
        let fresh = directory.appendingPathComponent(AtomicFile.tempName(for: ".lock")).path
        let created = open(fresh, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard created >= 0 else { throw AtomicFile.failure(URL(fileURLWithPath: path), bytes: 0) }
        close(created)
        guard rename(fresh, path) == 0 else {
            unlink(fresh)
            throw AtomicFile.failure(URL(fileURLWithPath: path), bytes: 0)
        }
        return true
    }

    private static func isCurrent(_ descriptor: Int32, path: String) -> Bool {
        var held = stat(), named = stat()
        guard fstat(descriptor, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    static func readHolder(_ fd: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 300)
        let n = pread(fd, &buffer, 299, 0)
        guard n > 0 else { return nil }
        let lines = String(decoding: buffer.prefix(n), as: UTF8.self).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let first = lines.first, let pid = Int32(first) else { return nil }
        return Holder(pid: pid, host: lines.count > 1 ? lines[1] : nil)
    }

    static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, 255) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
