import Foundation
import Model
import Persistence

/// Decides which directory the workbench opens: a fresh temporary copy of the demo, or
/// the data directory (offering to create a ledger there when it has none).
public struct WorkbenchLaunch {
    public let directory: URL
    private let temporary: Bool

    public static func prepare(_ context: CommandContext) throws -> WorkbenchLaunch {
        if context.options.demo {
            // --demo never touches the shipped files: it opens a copy that is removed on exit.
            let base = URL(fileURLWithPath: context.environment["TMPDIR"] ?? "/tmp")
            let directory = base.appendingPathComponent("branchdesk-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            try context.shippedData().copyDemo(to: directory)
            return WorkbenchLaunch(directory: directory, temporary: true)
        }
        let directory = context.dataDirectory
        if !LedgerStore.ledgerExists(at: directory) {
            try offerToCreate(directory, context: context)
        }
        return WorkbenchLaunch(directory: directory, temporary: false)
    }

    /// Removes the demo's temporary copy.
    public func cleanUp() {
        if temporary { try? FileManager.default.removeItem(at: directory) }
    }

    /// Asks for a branch name on the terminal; without a terminal, says how to create one.
    private static func offerToCreate(_ directory: URL, context: CommandContext) throws {
        guard isatty(STDIN_FILENO) == 1 else { throw StoreError.notFound(directory: directory.path) }
        print("数据目录 \(directory.path) 中还没有台账。")
        print("要在这里新建吗？请输入支部名称（直接回车取消；想先看看示例请用 branchdesk --demo）：", terminator: " ")
        guard let line = readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("已取消，没有创建任何文件。")
        }
        let name = line.trimmingCharacters(in: .whitespaces)
        if let error = TextRule.required(name, field: "name", label: "支部名称").first { throw UsageError(error.message) }
        let shipped = try context.shippedData()
        try LedgerStore.create(Ledger(profile: BranchProfile(name: name), cadenceRules: try shipped.cadenceRules(),
                                      fiveOnesTemplates: try shipped.fiveOnesTemplates()), at: directory)
        print("已新建“\(name)”的台账。")
    }
}
