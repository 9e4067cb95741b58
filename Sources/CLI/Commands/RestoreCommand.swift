import Foundation
import Model
import Persistence

/// `branchdesk restore BACKUP [--yes]`: puts a snapshot's ledger files back (issue #9). Shows
/// what it will replace, asks, backs up the present state first, then replaces file by file.
enum RestoreCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "restore"
    static let summary = "用备份恢复台账（先确认，并先备份当前数据）"
    static let usage = """
    用法：branchdesk restore 备份 [--yes]

    备份：backups/ 中的文件夹名（见 branchdesk backup --list），或备份文件夹的路径。
    先列出将替换、新增和删除的文件，在终端中询问 y/n；脚本中请加 --yes（没有终端又没有 --yes 时不做任何修改）。
    恢复前先把当前数据备份为 …-before-restore，然后逐个原子替换文件；备份中没有的台账文件在其余文件复制完后才删除。
    不动 backups/ 和操作日志 journal/；恢复本身记入操作日志，不能 undo——要回到恢复前，请恢复 …-before-restore 那份备份。
    仅书记可用；--read-only 时拒绝。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        let yes = args.flag("--yes")
        guard let which = args.positional() else {
            throw UsageError("请写出要恢复的备份，例如 branchdesk restore 20261204-182000。可用 branchdesk backup --list 查看。")
        }
        try args.finish()
        let store = try context.openStore()
        guard !context.options.readOnly else { throw StoreError.readOnly }
        let source = try store.backups.resolve(which)
        let plan = store.restorePlan(from: source)
        if plan.changesNothing {
            context.output.out("备份 \(source.lastPathComponent) 与当前台账完全相同，无需恢复。")
            return 0
        }
        context.output.out("将用备份 \(source.path) 恢复 \(store.directory.path) 中的台账：")
        func show(_ label: String, _ files: [String]) {
            guard !files.isEmpty else { return }
            context.output.out("  \(label) \(files.count) 个文件：\(files.prefix(8).joined(separator: "、"))\(files.count > 8 ? " 等" : "")")
        }
        show("替换", plan.replace)
        show("新增", plan.add)
        show("删除（备份中没有）", plan.remove)
        if !plan.unchanged.isEmpty { context.output.out("  不变 \(plan.unchanged.count) 个文件。") }
        context.output.out("恢复前会先把当前数据备份一份。")
        guard try Confirmation.confirmed("确定恢复吗？", yes: yes, command: "restore \(which)", context: context) else { return 1 }
        let before = try store.restore(plan)
        store.warnings.forEach { context.output.err("branchdesk restore：\($0)") }
        context.output.out("已恢复。恢复前的数据已备份为 \(before.name)；要回到恢复前，可用 branchdesk restore \(before.name)。")
        return 0
    }
}
