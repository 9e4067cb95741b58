import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes temp files that writers killed mid-save left behind (issue #9, crash safety).
///
/// `AtomicFile` names its temp files `.<name>.bdtmp-<pid>-<random>`. A SIGKILL between
/// creating one and renaming it leaves it in the data directory. Such a file never replaces
/// data (the rename did not happen) and loaders never read it, but it would pile up and
/// confuse a person looking at the folder. Whoever takes the writer lock next sweeps the temp
/// files whose writer is no longer running. Files of a live process are left alone: it may be
/// writing right now (a pid reused by an unrelated process only delays the sweep).
enum StaleTempFiles {
    /// How deep below the data directory to look: `fiveones/logs/` is the deepest folder.
    static let depth = 3

    /// Removes the dead writers' temp files under `directory`; returns their paths.
    @discardableResult
    static func sweep(_ directory: URL) -> [String] {
        var removed: [String] = []
        sweep(directory.path, depth: depth, removed: &removed)
        return removed
    }

    private static func sweep(_ path: String, depth: Int, removed: inout [String]) {
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            let full = path + "/" + name
            if let pid = writerPid(name) {
                if !ProcessProbe.isRunning(pid), unlink(full) == 0 { removed.append(full) }
                continue
            }
            var info = stat()
            if lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { sweep(full, depth: depth - 1, removed: &removed) }
        }
    }

    /// The pid in `.<name>.bdtmp-<pid>-<random>`, or nil when `name` is not a temp file.
    static func writerPid(_ name: String) -> Int32? {
        guard name.hasPrefix("."), let marker = name.range(of: AtomicFile.tempMarker) else { return nil }
        let rest = name[marker.upperBound...]
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        return Int32(rest[..<dash])
    }
}

/// Whether a process exists, by `kill(pid, 0)`: EPERM still means it runs (someone else's).
enum ProcessProbe {
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) == 0 { return true }
        return errno == EPERM
    }
}
