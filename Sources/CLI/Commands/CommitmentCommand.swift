import Foundation
import Model
import Persistence

/// `branchdesk commitment list|show|add|progress|review`: 党员承诺践诺 (DOMAIN.md §7, issue #8).
///
/// Roles: the secretary sees and edits everyone's; `--as member NAME` sees only their own
/// commitment and may add their own progress entries and self-assessment, nothing else;
/// the liaison has no business here and is refused.
///
/// Exit statuses: 0 done; 1 a rule is broken (nothing saved), no commitment to add to, or a
/// file could not be read; 2 usage errors and refusals by role.
enum CommitmentCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "commitment"
    static let summary = "承诺践诺：承诺事项、践诺记录、义工时长、年终评议"
    static let usage = """
    用法：
      branchdesk commitment list [--year 年度] [--format json]
          列出该年度（默认今年）的承诺，书记另见尚未完成年终评议的党员；党员本人（--as member）只见自己的。
      branchdesk commitment show 姓名或编号 [--year 年度] [--format json]
          查看一名党员的承诺、践诺记录和评议。党员本人可省略姓名。
      branchdesk commitment add --member 姓名 [--year 年度] --pledge '类别:内容' [--pledge …]
                                [--public|--private] [--post 先锋岗或责任区]
          登记承诺（书记）。类别常用 勤政、廉政、服务群众、岗位，也可自拟；已有当年承诺时追加事项。
      branchdesk commitment progress [--member 姓名] --date 日期 --text 做了什么 [--hours 小时]
          记一条践诺情况；--hours 为党员义工、社区报到的时长（0 到 24），计入全年义工时长。
          日期须在承诺年度内且不晚于今天。党员本人可为自己记录。
      branchdesk commitment review [--member 姓名] [--year 年度] [--self-file 文件]
                                   [--grade 优秀|合格|基本合格|不合格] [--comment 评语]
          年终评议：--self-file 为自我评价（UTF-8 文本文件，党员本人或书记）；--grade 与 --comment
          只有书记可填。评为优秀的不超过参加评议党员（当年有承诺的党员）的三分之一
          （党员教育管理工作条例 第十八条）。

    退出码：0 完成；1 不符合规则（未保存）、还没有承诺、文件无法读取；2 用法错误或角色不允许。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        if context.options.role == .liaison {
            throw UsageError("承诺践诺由书记和党员本人查看，联络员不能使用 commitment 命令。")
        }
        var args = ArgumentList(arguments, command: name)
        guard let action = args.positional() else {
            throw UsageError("请指明 list、show、add、progress 或 review，例如 branchdesk commitment list。")
        }
        switch action {
        case "list": return try list(&args, context: context)
        case "show": return try show(&args, context: context)
        case "add": return try add(&args, context: context)
        case "progress": return try progress(&args, context: context)
        case "review": return try review(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 list、show、add、progress 或 review。用 branchdesk help commitment 查看用法。")
        }
    }

    // MARK: - Shared

    /// What one run works on: the members, the commitments of one year, and who is asking
    /// (nil for the secretary, the member's file for `--as member`).
    struct Scope {
        var store: LedgerStore
        var members: [Member]
        var commitments: [Commitment]
        var year: Int
        var asMember: Member?

        func name(_ id: UUID) -> String { members.first { $0.id == id }?.name ?? "（未知党员）" }
    }

    /// Loads members and the commitments of `year`, refusing when either file is unreadable.
    static func scope(_ context: CommandContext, year: Int) throws -> Scope {
        let store = try context.openStore()
        let members = store.records(Member.self, year: nil)
        let commitments = store.records(Commitment.self, year: year)
        if let issue = store.issues.first {
            throw CommitmentFailure("无法读取 \(issue.description)。可用 branchdesk check 查看。")
        }
        var asMember: Member?
        if case .member(let query) = context.options.role {
            switch MemberLookup.resolve(query, in: members) {
            case .success(let member): asMember = member
            case .failure(let error): throw UsageError("--as member：\(error.message)")
            }
        }
        return Scope(store: store, members: members, commitments: commitments, year: year, asMember: asMember)
    }

    /// `--year`, default this year.
    static func year(_ args: inout ArgumentList, context: CommandContext) throws -> Int {
        guard let text = try args.value("--year") else { return context.today.year }
        guard let year = Int(text), (1921...9999).contains(year) else { throw UsageError("--year 应为四位年份，而不是“\(text)”。") }
        return year
    }

    /// The member a command is about: `--member` / positional for the secretary; for
    /// `--as member` their own file, and naming anyone else is refused.
    static func subject(_ query: String?, in scope: Scope, flag: String) throws -> Member {
        if let own = scope.asMember {
            guard let query else { return own }
            let named = try resolve(query, scope.members)
            // A member reaches only their own record (DOMAIN.md §7), whatever name they type.
            guard named.id == own.id else { throw UsageError("以党员身份只能查看和填写自己的承诺。") }
            return own
        }
        guard let query else { throw UsageError("请用 \(flag) 给出党员姓名或编号。") }
        return try resolve(query, scope.members)
    }

    static func resolve(_ query: String, _ members: [Member]) throws -> Member {
        switch MemberLookup.resolve(query, in: members) {
        case .success(let member): return member
        case .failure(let error): throw UsageError(error.message)
        }
    }

    /// Refuses anything but the secretary for `what`.
    static func requireSecretary(_ context: CommandContext, _ what: String) throws {
        guard context.options.role == .secretary else { throw UsageError("\(what)只有书记可以填写。") }
    }

    /// Validates and saves, or fails with every broken rule.
    static func save(_ commitment: Commitment, in scope: Scope, today: CalendarDate) throws {
        let errors = commitment.validate(today: today)
        guard errors.isEmpty else { throw CommitmentFailure(errors.map(\.message).joined(separator: "\n") + "\n未保存。") }
        try scope.store.save(commitment)
    }
}
