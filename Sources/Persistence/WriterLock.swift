import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one advisory writer lock of a data directory (`.lock`, flock).
///
/// flock is released by the kernel when the holder dies, so a lock can never go stale;
/// the holder's pid is written into the file only to name it in the message a second
/// writer gets.
final class WriterLock {
    private let path: String
    private var fd: Int32 = -1

    init(directory: URL) {
        path = directory.appendingPathComponent(".lock").path
    }

    /// Takes the lock, retrying briefly so two quick CLI calls queue instead of failing,
    /// then gives up with the holder's pid rather than hanging.
    func acquire(waitMilliseconds: Int = 2000) throws {
        guard fd < 0 else { return }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)   // a planted .lock link must not truncate its target
        guard descriptor >= 0 else { throw StoreError.writeFailed(file: path, reason: AtomicFile.errnoText()) }
        var waited = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if waited >= waitMilliseconds {
                let holder = WriterLock.readPid(descriptor)
                close(descriptor)
                throw StoreError.locked(pid: holder)
            }
            usleep(20_000)
            waited += 20
        }
        let text = "\(getpid())\n"
        ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        fd = descriptor
    }

    func release() {
        guard fd >= 0 else { return }
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buffer, 31, 0)
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer.prefix(n), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
