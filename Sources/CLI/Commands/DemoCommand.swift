import Foundation
import Persistence

/// `branchdesk demo --to DIR`: a fresh copy of the shipped demo ledger.
enum DemoCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "demo"
    static let summary = "把示例台账复制到指定目录"
    static let usage = """
    用法：branchdesk demo --to 目录

    把随程序发布的示例台账（省地方税务局法规处党支部）复制到“目录”，之后可用
    branchdesk --data-dir 目录 打开并随意修改。目录中已有台账时拒绝执行。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let target = try args.value("--to") else {
            throw UsageError("请用 --to 给出目标目录，例如 branchdesk demo --to ~/branchdesk-demo。")
        }
        try args.finish()
        let url = URL(fileURLWithPath: target)
        try context.shippedData().copyDemo(to: url)
        context.output.out("示例台账已复制到 \(url.path)。用 branchdesk --data-dir \(target) 打开。")
        return 0
    }
}
