import Foundation
import Model
import Persistence

/// `branchdesk init --name NAME`: an empty ledger with the shipped cadence rules and templates.
enum InitCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "init"
    static let summary = "新建一个空的支部台账"
    static let usage = """
    用法：branchdesk init --name 支部名称 [--organ 上级机关党委] [--data-dir 目录]

    在数据目录中新建台账，并带上默认的会议周期规则和“五个一”模板，以及可修改的年度自评
    评分细则（assessment/rubric.json）。
    数据目录中已有台账时拒绝执行（退出码 1），不会覆盖任何文件。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        guard let branchName = try args.value("--name") else {
            throw UsageError("请用 --name 给出支部名称，例如 --name 省地方税务局法规处党支部。")
        }
        let organ = try args.value("--organ") ?? ""
        try args.finish()
        let errors = TextRule.required(branchName, field: "name", label: "支部名称")
            + TextRule.singleLine(organ, field: "organPartyCommittee", label: "上级机关党委")
        if let first = errors.first { throw UsageError(first.message) }

        let shipped = try context.shippedData()
        let ledger = Ledger(profile: BranchProfile(name: branchName, organPartyCommittee: organ),
                            cadenceRules: try shipped.cadenceRules(),
                            fiveOnesTemplates: try shipped.fiveOnesTemplates())
        let directory = context.dataDirectory
        try LedgerStore.create(ledger, at: directory)
        context.output.out("已在 \(directory.path) 新建“\(branchName)”的台账。运行 branchdesk 打开工作台。")
        // The branch's own, editable copy of the 年度自评 rubric (issue #10).
        do {
            let url = try AssessmentStore(directory: directory).copyRubric(from: shipped)
            context.output.out("年度自评评分细则已复制到 \(url.path)，可按上级当年细则修改。")
        } catch {
            context.output.err("branchdesk init：未能复制年度自评评分细则（\(error)）；年度自评将使用默认细则，可稍后用 branchdesk assess rubric --copy 复制。")
        }
        return 0
    }
}
