import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the store knows about a file as it last read or wrote it: the cheap part (`stat`:
/// device, inode, size, modification time in nanoseconds) and the content digest.
///
/// Checking for outside edits costs one `stat` per file; only when that differs is the file
/// read and hashed, so a touched-but-unchanged file (a sync tool rewriting the same bytes)
/// is not reported as an edit.
struct FileFingerprint: Equatable, Sendable {
    /// `stat` of the file, nil when it does not exist.
    var status: FileStatus?
    /// FNV-1a 64 of the content, nil when the file does not exist.
    var hash: UInt64?

    static let absent = FileFingerprint(status: nil, hash: nil)
}

/// The `stat` fields that change whenever a file is rewritten or replaced.
struct FileStatus: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64

    /// nil when `path` does not exist (or cannot be stat'ed).
    static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStatus(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                          modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
