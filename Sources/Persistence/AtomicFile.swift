import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash, a kill or a full disk leaves either the old content or
/// the new, never a truncated mix (Taskwarrior and calcurse lost data by writing in place).
///
/// Temp file in the same directory (created 0600), write, fsync, rename over the target,
/// fsync the directory so the rename itself is durable. The temp file is named
/// `.<name>.bdtmp-<pid>-<random>` so that one left by a killed writer is recognisable, never
/// loaded (loaders only read `<year>.json` and fixed names) and swept by the next writer that
/// takes the lock (`StaleTempFiles`, issue #9). Any thrown error removes the temp file.
public enum AtomicFile {
    /// The marker in every temp file name, followed by the writer's pid.
    public static let tempMarker = ".bdtmp-"

    /// The temp file name for `name` written by process `pid`.
    static func tempName(for name: String, pid: Int32 = getpid()) -> String {
        ".\(name)\(tempMarker)\(pid)-\(UInt32.random(in: 0...UInt32.max))"
    }

    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent().path
        let temp = "\(directory)/\(tempName(for: url.lastPathComponent))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(url, bytes: data.count) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        do {
            try writeAllAndSync(data, to: fd) { failure(url, bytes: data.count) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw failure(url, bytes: data.count) }
        guard rename(temp, url.path) == 0 else { throw failure(url, bytes: data.count) }
        ok = true
        syncDirectory(directory)
    }

    /// Writes every byte of `data` to `fd` (again after EINTR or a short write), then fsyncs it:
    /// on file systems with delayed allocation a full disk shows up only at the fsync.
    /// `failure` makes the error from the current `errno`. Shared by the atomic write, the
    /// journal's append and the backup copy.
    static func writeAllAndSync(_ data: Data, to fd: Int32, failure: () -> StoreError) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure()
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw failure() }
    }

    /// The error for the current `errno`: a full disk gets its own message (what to do),
    /// everything else the reason in Chinese.
    static func failure(_ url: URL, bytes: Int) -> StoreError {
        if errno == ENOSPC || errno == EDQUOT { return .diskFull(file: url.path, bytes: bytes) }
        return .writeFailed(file: url.path, reason: errnoText())
    }

    /// Makes a rename durable. Failure here is not fatal: the data is already in place.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates a directory (and parents) with mode 0700.
    public static func makeDirectory(_ url: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw StoreError.writeFailed(file: url.path, reason: "已存在同名文件，不是文件夹") }
            return
        }
        try makeDirectory(url.deletingLastPathComponent())
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST {
            throw failure(url, bytes: 0)
        }
    }

    /// The C error in Chinese where it matters to a secretary (full disk, permissions).
    static func errnoText() -> String {
        switch errno {
        case ENOSPC: return "磁盘空间已满"
        case EDQUOT: return "超出磁盘配额"
        case EACCES, EPERM: return "没有写入权限"
        case EROFS: return "文件系统只读"
        case ENOENT: return "路径不存在"
        default: return String(cString: strerror(errno))
        }
    }
}
