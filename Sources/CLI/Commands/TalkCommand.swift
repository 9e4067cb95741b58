import Foundation
import Model
import Persistence

/// `branchdesk talk list|show|open|stage|correct|close|export|analysis`: reminder-talk
/// escalation cases (提醒谈话, issue #6, DOMAIN.md §4), stage by stage along `TalkLadder`.
///
/// Privacy: talk records are the secretary's alone. Every subcommand refuses `--as liaison` and
/// `--as member` before reading anything (exit 2), so neither text nor JSON ever reaches them.
///
/// Exit statuses: 0 done; 1 a record refused by the ladder's rules (every problem is listed and
/// nothing is written), a case, entry or member not found or ambiguous, a file that cannot be
/// read or written; 2 usage errors and the refusal of any role other than the secretary.
enum TalkCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "talk"
    static let summary = "提醒谈话：立案、逐级记录谈话、更正、结案、导出（仅书记）"
    static let usage = """
    用法：
      branchdesk talk list [--open] [--format json]
      branchdesk talk show 编号 [--format json]
      branchdesk talk open --member 姓名 --reason 事由 [--origin analysis|complaint] [--date YYYY-MM-DD]
      branchdesk talk stage 编号 --stage 阶段 --date YYYY-MM-DD --by 谈话人 --outcome 结果
                            [--deadline 日期] [--follow-up 日期] [--points 1,2,3,4] [--response 态度]
                            [--note-file 文件] [--action 处理方式] [--referred] [--skip-reason 理由]
      branchdesk talk correct 编号 --entry 记录编号 [与 stage 相同的选项，未写的沿用原记录]
      branchdesk talk close 编号 --reason 改正情况 [--date YYYY-MM-DD]
      branchdesk talk export 编号 --to 文件.txt
      branchdesk talk analysis --date YYYY-MM-DD [--period 2026H1] [--reviewed 姓名,…]
                               --flag '姓名:问题' … [--by 姓名] [--note 说明] [--open-cases]

    提醒谈话只有书记可以查看和记录：以 --as liaison 或 --as member 运行时一律拒绝（退出码 2）。

    阶段（--stage，可写标识或中文）：analysis 思想状况分析、counseling 思想工作、
      group-criticism 党小组批评帮助、branch-talk 党支部提醒谈话、committee-talk 机关党委提醒谈话、
      organizational-action 组织处理。
    结果（--outcome）：effective 有效、not-yet 尚待观察、no-effect 无效。
    处理方式（--action，组织处理必填）：ordered-correction 责令检查并限期改正、
      circulated-criticism 通报批评、advise-withdrawal 劝其退党。

    talk list：列出案件（进行中的在前）及其阶段、下次日期和改正期限；--open 只列进行中的。
    talk show：显示案件的全部经过；--format json 输出存储的记录。
    talk open：为党员立案，--origin 默认 complaint（群众反映）；该党员已有进行中的案件时不再立案。
    talk stage：记录一次谈话。规则：
      · 逐级进行，只有上一阶段“无效”才能升级；提前升级或跳过阶段须用 --skip-reason 写明理由
        （思想状况分析之后可直接做思想工作）；不能回到较低阶段，误记请用 talk correct。
      · 党支部提醒谈话须勾选四项内容（--points 1,2,3,4：指出问题、正面教育、批评指正、
        提出警告并限期改正）并填写 --deadline。
      · 机关党委提醒谈话须有书面记录（--note-file，UTF-8 或 GB18030 文本）。
      · 组织处理须写明 --action；违反纪律须进行诫勉谈话的，加 --referred 表示已会同纪检部门。
      · --deadline 限期改正不早于谈话日期、最长一年（党员教育管理工作条例 第三十条）；
        --follow-up 跟进日期不早于谈话日期。
      · 已结案的案件不再记录谈话。
    talk correct：更正一条记录。原记录保留在档案中并标为已更正，新记录指向它；不删除、不改写。
    talk close：以“已改正”结案，可在任何阶段；--date 默认今天。
    talk export：把案件的全部经过写成文本文件存档（仅在书记明确要求时导出，文件权限 0600）。
    talk analysis：记录半年一次的党员思想状况分析：--reviewed 参加分析的党员（默认全体在册党员），
      --flag 需要谈话的党员及问题（可重复），--period 默认刚结束或正在进行的半年；
      --open-cases 同时为被列出且没有进行中案件的党员立案（第一条记录为思想状况分析）。
    编号可只写前 8 位（不唯一时会列出候选）；党员可写姓名或编号。

    退出码：0 完成；1 记录不符合规则未保存（逐条列出问题，不写任何文件）、找不到案件、记录或党员、
    文件无法读取或写入；2 用法错误，或不是书记角色。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        // Talk cases are the secretary's alone (DOMAIN.md §4): refuse before reading anything.
        guard context.options.role == .secretary else {
            throw UsageError("提醒谈话只有书记可以查看和记录，当前角色（\(roleName(context.options.role))）不能使用 talk 命令。")
        }
        var args = ArgumentList(arguments, command: name)
        let actions = "list、show、open、stage、correct、close、export 或 analysis"
        guard let action = args.positional() else {
            throw UsageError("请指明 \(actions)，例如 branchdesk talk list。用 branchdesk help talk 查看用法。")
        }
        switch action {
        case "list": return try list(&args, context: context)
        case "show": return try show(&args, context: context)
        case "open": return try open(&args, context: context)
        case "stage": return try stage(&args, context: context)
        case "correct": return try correct(&args, context: context)
        case "close": return try close(&args, context: context)
        case "export": return try export(&args, context: context)
        case "analysis": return try analysis(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 \(actions)。用 branchdesk help talk 查看用法。")
        }
    }

    private static func roleName(_ role: RoleRequest) -> String {
        switch role {
        case .secretary: return "书记"
        case .liaison: return "联络员"
        case .member: return "党员"
        }
    }

    // MARK: - Shared

    /// The store and the ledger (talk cases are always read whole), refusing when a talk file is unreadable.
    static func openLedger(_ context: CommandContext) throws -> (LedgerStore, Ledger) {
        let store = try context.openStore()
        let ledger = try store.load(years: [context.today.year])
        let talkFiles = [LedgerKind.talks.path + "/", LedgerKind.talkAnalyses.path, LedgerKind.members.path]
        if let issue = store.issues.first(where: { issue in talkFiles.contains { issue.file.hasPrefix($0) } }) {
            throw TalkFailure("无法读取 \(issue.description)。请先修复该文件，可用 branchdesk check 查看。")
        }
        return (store, ledger)
    }

    /// A date as people type it (2026-03-05, 2026/3/5, 2026年3月5日).
    static func date(_ text: String, flag: String) throws -> CalendarDate {
        switch ChineseDateParser.parse(text, label: "\(flag) 的日期") {
        case .success(let date): return date
        case .failure(let error): throw UsageError(error.message)
        }
    }

    /// A required single-line value.
    static func required(_ args: inout ArgumentList, _ flag: String, example: String) throws -> String {
        guard let text = try args.value(flag)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw UsageError("请用 \(flag) 填写，例如 \(example)。")
        }
        return text
    }

    /// One case by its id or a unique prefix of at least 8 characters.
    static func talkCase(_ query: String?, in ledger: Ledger) throws -> TalkCase {
        guard let query else {
            throw UsageError("请给出案件编号，例如 branchdesk talk show 12d4491d。编号可用 branchdesk talk list 查看。")
        }
        let text = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard text.count >= 8 else { throw UsageError("案件编号“\(query)”太短：至少写前 8 位。") }
        let matches = ledger.talkCases.filter { $0.id.uuidString.lowercased().hasPrefix(text) }
        guard matches.count == 1, let talk = matches.first else {
            if matches.isEmpty { throw TalkFailure("找不到编号为“\(query)”的提醒谈话案件。可用 branchdesk talk list 查看编号。") }
            let list = matches.sorted { $0.openedOn < $1.openedOn }.prefix(5)
                .map { "\($0.id.uuidString)（\($0.openedOn.iso) \(ledger.memberName($0.memberId))）" }
            throw TalkFailure("编号“\(query)”对应 \(matches.count) 件案件：\(list.joined(separator: "、"))。请多写几位编号。")
        }
        return talk
    }

    /// Prints the problems that stopped a save, one per line.
    static func refuse(_ action: String, _ errors: [ValidationError], context: CommandContext) -> Int32 {
        context.output.err("branchdesk \(name) \(action)：没有保存。请改正以下问题后重试：")
        errors.forEach { context.output.err("  · \($0.message)") }
        return 1
    }
}
