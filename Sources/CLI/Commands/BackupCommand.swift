import Foundation
import Model
import Persistence

/// `branchdesk backup [--list]`: a snapshot of the ledger files now, or the list of snapshots
/// (issue #9). Daily, pre-migration and pre-restore snapshots are taken by the store itself.
enum BackupCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "backup"
    static let summary = "立即备份台账；--list 查看备份"
    static let usage = """
    用法：
      branchdesk backup
      branchdesk backup --list [--format json]

    备份即把数据目录中的全部台账文件原样复制到 备份文件夹 backups/年月日-时分秒[-原因]/（文件夹 0700、文件 0600；
    先写入临时文件夹，完整后才改名，中途断电不会留下看似完整的半份备份）。不复制 backups/ 本身、.lock、
    操作日志 journal/、pins.json 和 settings.json。
    每天第一次保存前、升级文件格式前、恢复备份前都会自动备份。只保留最近 14 份（较旧的自动删除），
    可在数据目录的 settings.json 中修改：{"keepBackups": 30, "schemaVersion": 1}。
    backup：立即备份一次，显示备份的位置和大小。
    backup --list：列出备份（新的在前）：名称、时间、原因（手动/每日/格式升级前/恢复前）、文件数和大小。
    恢复请用 branchdesk restore 备份名称。仅书记可用。
    """

    struct Row: Encodable {
        var name: String
        var path: String
        var reason: String?
        var files: Int
        var bytes: Int64
    }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let list = args.flag("--list")
        try args.finish()
        let store = try context.openStore()
        let settings = StoreSettings.load(store.directory)
        if let problem = settings.problem { context.output.err("branchdesk backup：\(problem)") }
        if list {
            let backups = store.backups.list()
            if context.options.format == .json {
                try context.output.json(backups.map { Row(name: $0.name, path: $0.url.path, reason: $0.reason, files: $0.files, bytes: $0.bytes) })
                return 0
            }
            guard !backups.isEmpty else {
                context.output.out("还没有备份。可用 branchdesk backup 立即备份一次。")
                return 0
            }
            context.output.out("备份（\(store.backups.url.path)，新的在前，保留最近 \(settings.settings.keepBackups) 份）：")
            for backup in backups {
                context.output.out("  \(backup.name)  \(backup.timeText)  \(backup.reasonText)  \(backup.files) 个文件  \(Backup.sizeText(backup.bytes))")
            }
            return 0
        }
        guard !context.options.readOnly else { throw StoreError.readOnly }
        let started = Date()
        let backup = try store.backUp()
        let seconds = Date().timeIntervalSince(started)
        if context.options.format == .json {
            try context.output.json(Row(name: backup.name, path: backup.url.path, reason: backup.reason, files: backup.files, bytes: backup.bytes))
        } else {
            context.output.out("已备份到 \(backup.url.path)（\(backup.files) 个文件，\(Backup.sizeText(backup.bytes))，用时 \(String(format: "%.1f", seconds)) 秒）。")
        }
        return 0
    }
}
