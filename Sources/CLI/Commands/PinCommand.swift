import Foundation
import Model
import Persistence

/// `branchdesk pin set|remove|status`: PINs for the secretary, the liaison and each member
/// (issue #8). Only the secretary manages PINs. PINs are stored only as salted crypt(3) hashes
/// in pins.json (see `PinStore`); they are read without echo and never printed.
///
/// Exit statuses: 0 done; 1 the two PINs differ, the PIN breaks the rule, nothing was read, or
/// pins.json cannot be read or written; 2 usage errors and any role other than the secretary.
enum PinCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "pin"
    static let summary = "PIN：为书记、联络员和党员设置或取消 PIN，查看哪些角色已设"
    static let usage = """
    用法：
      branchdesk pin set secretary|liaison|member [姓名或编号]
          设置（或更换）该角色的 PIN。终端中输入两次，不回显；标准输入不是终端时，从标准输入读两行
          （如 printf '204851\\n204851\\n' | branchdesk pin set liaison）。
          PIN 为 4 到 32 位数字、英文字母或符号（不含空格和中文），例如 6 位数字。
      branchdesk pin remove secretary|liaison|member [姓名或编号]
          取消该角色的 PIN。
      branchdesk pin status [--format json]
          列出已设 PIN 的角色、设置时间和连续输错次数（不显示 PIN 或其散列值）。

    只有书记可以管理 PIN。PIN 只以 crypt(3) 加盐散列（yescrypt 或 SHA-512-crypt）存于数据目录的
    pins.json（权限 0600），不存明文。某角色设了 PIN 后，用 --as 以该角色运行任何命令（书记为默认角色）
    都要先输入 PIN：终端中不回显输入，脚本可设环境变量 BRANCHDESK_PIN。连续输错 3 次后，每次再试须等待
    1、2、4 … 秒（最多 60 秒），重启程序也不清零；输对一次即清零。

    退出码：0 完成；1 两次输入不一致、PIN 不合要求、未读到 PIN、PIN 文件无法读写；2 用法错误或非书记角色。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        // PINs protect the roles: only the secretary may change or list them (issue #8).
        guard context.options.role == .secretary else {
            throw UsageError("只有书记可以管理 PIN，当前角色不能使用 pin 命令。")
        }
        var args = ArgumentList(arguments, command: name)
        guard let action = args.positional() else {
            throw UsageError("请指明 set、remove 或 status，例如 branchdesk pin status。用 branchdesk help pin 查看用法。")
        }
        switch action {
        case "set": return try set(&args, context: context)
        case "remove": return try remove(&args, context: context)
        case "status": return try status(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 set、remove 或 status。用 branchdesk help pin 查看用法。")
        }
    }

    // MARK: - pin set

    static func set(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let (store, role, who) = try target(&args, context: context)
        if context.options.readOnly { throw StoreError.readOnly }
        guard let first = context.input("请输入\(who)的新 PIN：") else {
            throw PinFailure("没有读到 PIN，未保存。请在终端中输入，或从标准输入给出两行相同的 PIN。")
        }
        if let problem = PinRule.problem(first) { throw PinFailure(problem.message + "未保存。") }
        guard let second = context.input("请再输入一次：") else {
            throw PinFailure("没有读到第二次输入的 PIN，未保存。")
        }
        guard first == second else { throw PinFailure("两次输入的 PIN 不一致，未保存。请重新设置。") }
        try store.set(role: role, pin: first)
        context.output.out("已为\(who)设置 PIN。")
        return 0
    }

    // MARK: - pin remove

    static func remove(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let (store, role, who) = try target(&args, context: context)
        if context.options.readOnly { throw StoreError.readOnly }
        context.output.out(try store.remove(role: role) ? "已取消\(who)的 PIN。" : "\(who)本来就没有设 PIN。")
        return 0
    }

    // MARK: - pin status

    struct StatusJSON: Encodable {
        var role: String
        var memberId: String?
        var member: String?
        var setAt: String
        var failures: Int
        var waitSeconds: Int
    }

    static func status(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        try args.finish()
        let ledgerStore = try context.openStore()
        let members = ledgerStore.records(Member.self, year: nil)
        let statuses = try PinStore(directory: ledgerStore.directory).statuses()
        func describe(_ role: Role) -> (key: String, id: String?, name: String?, label: String) {
            switch role {
            case .secretary: return ("secretary", nil, nil, "书记")
            case .liaison: return ("liaison", nil, nil, "联络员")
            case .member(let id):
                let name = members.first { $0.id == id }?.name
                return ("member", id.uuidString, name, "党员 \(name ?? "（已不在档案中）\(id.uuidString.prefix(8))")")
            }
        }
        if context.options.format == .json {
            try context.output.json(statuses.map { s in
                let d = describe(s.role)
                return StatusJSON(role: d.key, memberId: d.id, member: d.name, setAt: s.setAt, failures: s.failures, waitSeconds: s.waitSeconds)
            })
            return 0
        }
        if statuses.isEmpty {
            context.output.out("还没有角色设置 PIN。可用 branchdesk pin set secretary 为书记设置。")
            return 0
        }
        for s in statuses {
            var line = "\(describe(s.role).label)：已设 PIN（\(s.setAt)）"
            if s.failures > 0 { line += "，连续输错 \(s.failures) 次" + (s.waitSeconds > 0 ? "，须等 \(s.waitSeconds) 秒" : "") }
            context.output.out(line)
        }
        context.output.out("共 \(statuses.count) 个角色设了 PIN；未设的角色打开时不问 PIN，但仍只能看到本角色可看的内容。")
        return 0
    }

    // MARK: - Shared

    /// The PIN store and the role named by `secretary|liaison|member NAME`, with its Chinese label.
    static func target(_ args: inout ArgumentList, context: CommandContext) throws -> (PinStore, Role, String) {
        guard let kind = args.positional() else {
            throw UsageError("请指明角色：secretary、liaison 或 member 姓名，例如 branchdesk pin set member 欧阳修。")
        }
        let ledgerStore = try context.openStore()
        let store = PinStore(directory: ledgerStore.directory)
        switch kind {
        case "secretary", "书记":
            try args.finish()
            return (store, .secretary, "书记")
        case "liaison", "联络员":
            try args.finish()
            return (store, .liaison, "联络员")
        case "member", "党员":
            guard let query = args.positional() else { throw UsageError("请给出党员姓名或编号，例如 branchdesk pin set member 欧阳修。") }
            try args.finish()
            switch MemberLookup.resolve(query, in: ledgerStore.records(Member.self, year: nil)) {
            case .success(let member): return (store, .member(member.id), "党员 \(member.name) ")
            case .failure(let error): throw UsageError(error.message)
            }
        default:
            throw UsageError("不认识角色“\(kind)”：只能是 secretary（书记）、liaison（联络员）或 member 姓名（党员）。")
        }
    }
}
