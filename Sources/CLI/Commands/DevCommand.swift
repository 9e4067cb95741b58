import Foundation
import Model
import Persistence

/// `branchdesk dev …`: developer tools, hidden from `--help`.
/// `make-demo` rebuilds `data/demo/`; `generate` writes a large ledger for benchmarks.
enum DevCommand {
    static let command = Command(name: "dev", summary: "开发工具：生成示例与基准台账", usage: usage, hidden: true, run: run)

    static let usage = """
    用法：
      branchdesk dev make-demo --to 目录
          按 Sources/CLI/Dev/DemoLedgerBuilder 重新生成示例台账（data/demo 即由此生成）。
      branchdesk dev generate --to 目录 [--members 5000] [--meetings 50000] [--years 10] [--seed 42]
          生成供基准测试用的大型台账（确定性，同样的参数得到同样的文件）。
      branchdesk dev save-loop [--count N] [--data-dir 目录]
          连续保存记录（党员、会议、任务、修改任务），每保存成功一条输出一行；供崩溃测试反复 kill -9。
      branchdesk dev outside-check-cost [--rounds 10000] [--data-dir 目录]
          测量工作台每次按键时检查外部修改（stat 每个已读文件）的耗时。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: "dev")
        guard let action = args.positional() else { throw UsageError("请指明 make-demo 或 generate。\n\(usage)") }
        if action == "save-loop" { return try SaveLoop.run(&args, context: context) }
        if action == "outside-check-cost" { return try OutsideCheckCost.run(&args, context: context) }
        guard let target = try args.value("--to") else { throw UsageError("请用 --to 给出目标目录。") }
        let shipped = try context.shippedData()
        let templates = try shipped.fiveOnesTemplates(), cadence = try shipped.cadenceRules()
        let ledger: Ledger
        switch action {
        case "make-demo":
            try args.finish()
            ledger = DemoLedgerBuilder.build(templates: templates, cadence: cadence)
        case "generate":
            let members = try number(args.value("--members"), default: 5000, flag: "--members")
            let meetings = try number(args.value("--meetings"), default: 50000, flag: "--meetings")
            let years = try number(args.value("--years"), default: 10, flag: "--years")
            let seed = try number(args.value("--seed"), default: 42, flag: "--seed")
            try args.finish()
            ledger = SyntheticLedgerGenerator(members: members, meetings: meetings, years: years, seed: UInt64(seed))
                .build(templates: templates, cadence: cadence)
        default:
            throw UsageError("不认识“\(action)”：只能是 make-demo 或 generate。")
        }
        let url = URL(fileURLWithPath: target)
        try LedgerStore.create(ledger, at: url)
        context.output.out("已写入 \(url.path)：\(ledger.members.count) 名党员，\(ledger.meetings.count) 条会议记录。")
        return 0
    }

    private static func number(_ text: String?, default value: Int, flag: String) throws -> Int {
        guard let text else { return value }
        guard let n = Int(text), n >= 0 else { throw UsageError("\(flag) 须是非负整数，而不是“\(text)”。") }
        return n
    }
}
