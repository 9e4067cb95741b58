import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens ledger files without trusting what is on disk (issue #9, "corrupt and hostile files").
///
/// Before a byte is read the path is walked one component at a time with `lstat`:
/// - a symlink is followed only when it resolves inside the data directory (the data directory
///   itself may be a link, e.g. into a synced folder); one pointing outside is reported and is
///   neither read nor written through;
/// - a folder must be a folder and a file a regular file: a FIFO would block `read` forever and
///   a device could be endless, so neither is opened;
/// - the size is checked from `fstat` against `LoadLimits.maxFileBytes` before reading, and the
///   read stops at the limit even if the file grows meanwhile.
/// Each refusal is a `LoadIssue` naming the file and what to do; the store then blocks writing it.
struct ShardReader {
    let directory: URL
    let limits: LoadLimits

    enum Outcome {
        /// Nothing there (the shard has not been written yet).
        case missing
        case data(Data)
        case issue(LoadIssue)
    }

    /// Where a relative path leads once its symlinks are checked.
    enum Resolution: Equatable {
        /// The path (or one of its folders) does not exist; `path` is where it would be written.
        case missing(path: String)
        case found(path: String)
        case refused(LoadIssue)
    }

    // MARK: - Reading

    /// Reads `file` (relative to the data directory) if it is a regular file inside it.
    func read(_ file: String) -> Outcome {
        let path: String
        switch resolve(file, expectDirectory: false) {
        case .missing: return .missing
        case .refused(let issue): return .issue(issue)
        case .found(let found): path = found
        }
        // O_NONBLOCK: should the file have been swapped for a FIFO since the lstat, open returns at once.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == EACCES || code == EPERM {
                return .issue(LoadIssue(file: file, reason: "没有读取权限：请把文件权限改回只有本人可读写（chmod 600 \(file)），或换用文件的所有者运行"))
            }
            return .issue(LoadIssue(file: file, reason: "无法打开：\(String(cString: strerror(code)))"))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .issue(LoadIssue(file: file, reason: "无法读取文件信息：\(String(cString: strerror(errno)))")) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .issue(notRegular(file, mode: info.st_mode, what: "文件")) }
        if Int(info.st_size) > limits.maxFileBytes { return .issue(tooLarge(file, size: Int(info.st_size))) }

        var data = Data(capacity: Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .issue(LoadIssue(file: file, reason: "读取中断：\(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
            if data.count > limits.maxFileBytes { return .issue(tooLarge(file, size: data.count)) }
        }
        return .data(data)
    }

    /// The names inside a ledger folder (`meetings`), or nil when it does not exist yet.
    func contents(ofFolder folder: String) -> Result<[String], LoadIssue>? {
        switch resolve(folder, expectDirectory: true) {
        case .missing: return nil
        case .refused(let issue): return .failure(issue)
        case .found(let path):
            do {
                return .success(try FileManager.default.contentsOfDirectory(atPath: path))
            } catch {
                return .failure(LoadIssue(file: folder, reason: "无法列出文件夹内容：没有读取权限或已损坏"))
            }
        }
    }

    /// The real path to write `file` to: the same walk as reading, so a save never follows a
    /// link out of the data directory or replaces a folder, FIFO or device.
    func writablePath(_ file: String) throws -> String {
        switch resolve(file, expectDirectory: false) {
        case .missing(let path), .found(let path): return path
        case .refused(let issue): throw StoreError.unreadableFile(file: file, reason: issue.reason)
        }
    }

    // MARK: - Walking the path

    /// Walks `relative` from the data directory with `lstat`, following only links that stay inside.
    func resolve(_ relative: String, expectDirectory: Bool) -> Resolution {
        let root = realPath(directory.path) ?? directory.standardizedFileURL.path
        let components = relative.split(separator: "/").map(String.init)
        // Ledger paths are fixed names (LedgerKind); refuse anything that could climb out.
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
            return .refused(LoadIssue(file: relative, reason: "路径不在数据目录之内"))
        }
        var current = root
        for (index, name) in components.enumerated() {
            let isLast = index == components.count - 1
            let path = current + "/" + name
            let shown = components[...index].joined(separator: "/")
            var info = stat()
            if lstat(path, &info) != 0 {
                if errno == ENOENT || errno == ENOTDIR {
                    return .missing(path: ([path] + components[(index + 1)...]).joined(separator: "/"))
                }
                return .refused(LoadIssue(file: relative, reason: "无法查看 \(shown)：\(String(cString: strerror(errno)))"))
            }
            var resolved = path
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = realPath(path) else {
                    return .refused(LoadIssue(file: relative, reason: "\(shown) 是符号链接，指向的位置不存在"))
                }
                guard target == root || target.hasPrefix(root == "/" ? "/" : root + "/") else {
                    return .refused(LoadIssue(file: relative, reason: "\(shown) 是指向数据目录之外（\(target)）的符号链接：为安全起见既不读取也不写入。请把文件移回数据目录，或删除该链接"))
                }
                guard stat(target, &info) == 0 else {
                    return .refused(LoadIssue(file: relative, reason: "无法查看 \(shown)：\(String(cString: strerror(errno)))"))
                }
                resolved = target
            }
            let type = info.st_mode & S_IFMT
            if !isLast || expectDirectory {
                guard type == S_IFDIR else { return .refused(notFolder(relative, shown: shown, mode: info.st_mode)) }
            } else {
                guard type == S_IFREG else { return .refused(notRegular(relative, mode: info.st_mode, what: "文件")) }
            }
            current = resolved
        }
        return .found(path: current)
    }

    private func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    // MARK: - Messages

    static func typeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "文件夹"
        case S_IFIFO: return "命名管道（FIFO）"
        case S_IFCHR: return "字符设备"
        case S_IFBLK: return "块设备"
        case S_IFSOCK: return "套接字"
        case S_IFLNK: return "符号链接"
        case S_IFREG: return "普通文件"
        default: return "特殊文件"
        }
    }

    private func notRegular(_ file: String, mode: mode_t, what: String) -> LoadIssue {
        LoadIssue(file: file, reason: "这里应是台账文件，却是\(ShardReader.typeName(mode))：不读取也不写入，请把它移走后再保存")
    }

    private func notFolder(_ file: String, shown: String, mode: mode_t) -> LoadIssue {
        LoadIssue(file: file, reason: "\(shown) 应是文件夹，却是\(ShardReader.typeName(mode))：不读取也不写入，请把它移走")
    }

    private func tooLarge(_ file: String, size: Int) -> LoadIssue {
        LoadIssue(file: file, reason: "文件过大（\(LoadLimits.sizeText(size))），超过单个台账文件的上限 \(LoadLimits.sizeText(limits.maxFileBytes))：不像是 BranchDesk 写的文件，未读取")
    }
}
