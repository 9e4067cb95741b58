import Foundation

/// Why the store refused or failed; each message says what happened and what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case locked(pid: Int32?)
    case writeFailed(file: String, reason: String)
    /// The target file could not be read when loaded: writing would destroy what is in it.
    case unreadableFile(file: String, reason: String)
    case alreadyExists(directory: String)
    case notFound(directory: String)
    case recordNotFound(String)
    case readOnly
    /// No space left (ENOSPC / EDQUOT) while writing `file`; `bytes` is what the write needed.
    case diskFull(file: String, bytes: Int)
    /// The record this save replaces was changed (or deleted) in `file` by someone else since
    /// it was loaded: refused instead of overwriting their work (issue #9, two writers).
    case conflict(file: String, record: String, modified: Date?, deleted: Bool)
    /// A restore that failed after `done` of `total` files were replaced or removed: the ledger
    /// is a mix of the backup `source` and the state backed up as `before`.
    case restoreIncomplete(done: Int, total: Int, source: String, before: String, reason: String)

    public var description: String {
        switch self {
        case .locked(let pid):
            let who = pid.map { "进程 \($0)" } ?? "另一个程序"
            return "数据目录正由\(who)写入，请稍后再试（若该进程已退出，锁会自动释放）。"
        case .writeFailed(let file, let reason):
            return "保存失败：\(file)：\(reason)。原有数据未受影响。"
        case .unreadableFile(let file, let reason):
            return "文件 \(file) 无法读取（\(reason)），为免覆盖其中内容，本次不写入。请先修复该文件，可用 branchdesk check 查看。"
        case .alreadyExists(let directory):
            return "\(directory) 已有台账，不会覆盖。如要重新开始，请换一个目录（--data-dir）。"
        case .notFound(let directory):
            return "\(directory) 还没有台账。可用 branchdesk init --name 支部名称 新建，或用 branchdesk --demo 查看示例。"
        case .recordNotFound(let what):
            return "找不到记录：\(what)。"
        case .readOnly:
            return "以只读方式打开，不能保存。"
        case .diskFull(let file, let bytes):
            let size = bytes >= 1024 ? "约 \((bytes + 1023) / 1024) KB" : "\(bytes) 字节"
            return "磁盘已满：\(file) 没有保存（需要\(size)的空间）。原有数据未受影响，也没有留下临时文件。请清理该磁盘的空间（df -h 可查看剩余空间），或用 --data-dir 把台账移到空间更大的磁盘，然后再保存一次。"
        case .conflict(let file, let record, let modified, let deleted):
            let when = modified.map { "，\(StoreError.clockText($0)) 修改" } ?? ""
            let what = deleted ? "已被另一处删除" : "已被另一处修改"
            return "这条记录\(what)（\(record)，文件 \(file)\(when)）：为免覆盖对方的修改，本次没有保存，已重新读取。请核对后再保存；再次保存将以你的内容为准。"
        case .restoreIncomplete(let done, let total, let source, let before, let reason):
            return "恢复没有完成：\(total) 个文件中已处理 \(done) 个后出错（\(reason)）。台账现在一部分来自备份，一部分是恢复前的内容。请先排除问题（如清理磁盘空间），再运行 branchdesk restore \(source) 重新恢复；或运行 branchdesk restore \(before) 回到恢复前的状态。"
        }
    }
}

extension StoreError {
    /// What went wrong in a few words, without the "nothing was changed" of a single save: for a
    /// message that goes on to say what was changed (`restoreIncomplete`).
    static func shortReason(_ error: Error) -> String {
        switch error as? StoreError {
        case .diskFull(let file, _)?: return "\(file)：磁盘空间已满"
        case .writeFailed(let file, let reason)?: return "\(file)：\(reason)"
        default: return "\(error)"
        }
    }

    /// `18:42:07` in local time, or with the date when not today: when the other writer saved.
    static func clockText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = Calendar.current.isDateInToday(date) ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
