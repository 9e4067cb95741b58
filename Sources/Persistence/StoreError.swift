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
        }
    }
}
