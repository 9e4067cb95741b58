import Foundation
import Model
import Persistence

/// `branchdesk member import|export|list|add|show`: the member files (党员档案) from the
/// command line. Each action lives in its own `MemberCommand+Action.swift`.
enum MemberCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "member"
    static let summary = "党员档案：导入、导出、名单、新增、查看"
    static let usage = """
    用法：
      branchdesk member import 文件.csv [--dry-run] [--skip-invalid]
          导入 Excel/WPS 花名册（CSV；UTF-8 带或不带 BOM、GB18030/GBK 均可，自动识别）。
          表头用中文：姓名（必填）、性别、民族、出生日期、学历、职务/岗位、党小组、人员类别、
          入党日期、转正日期、手机、身份证号、党费基数、党费类别、备注。日期可写
          2026-03-05、2026/3/5、2026.3.5、2026年3月5日。同一人（身份证号相同，或姓名和出生日期
          相同）再次导入时更新而不重复；空白单元格不覆盖原有内容；没有的党小组自动新建。
          --dry-run       只检查并列出每行的问题（行号即表格中的行号，表头为第 1 行），不写入
          --skip-invalid  有错误的行跳过不导入，其余照常导入（不加时，只要有一行错误就不写入）
      branchdesk member export --to 文件.csv [--include-private]
          导出花名册（UTF-8 带 BOM，Excel 可直接打开）。手机号和身份证号默认打码，
          --include-private 导出完整号码。
      branchdesk member list [--status 人员类别] [--group 党小组] [--all] [--include-private] [--format json]
          名单（默认只列在册人员，--all 连同已转出、去世、离开的）。人员类别可写中文或英文标识，
          如 预备党员 / probationary；“流动”列出流动党员。json 为存储格式的档案记录，号码打码。
      branchdesk member add --name 姓名 [--gender 男|女] [--birth 日期] [--status 人员类别]
                            [--joined 入党日期] [--full-date 转正日期] [--group 党小组]
                            [--phone 手机] [--id-number 身份证号] [--dues-base 元] [--dues-category 类别]
          新增一名党员（或入党申请人等），按规则检查后保存。未给人员类别时：有转正日期或入党满一年
          为正式党员，入党不满一年为预备党员。
      branchdesk member show 姓名或编号 [--include-private] [--format json]
          查看档案、时间线和党费情况（号码打码）。重名时请用编号（前 8 位即可）。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard let action = arguments.first, !action.hasPrefix("-") else {
            throw UsageError("请指明 import、export、list、add 或 show，例如 branchdesk member list。")
        }
        var args = ArgumentList(Array(arguments.dropFirst()), command: "\(name) \(action)")
        switch action {
        case "import": return try runImport(&args, context: context)
        case "export": return try runExport(&args, context: context)
        case "list": return try runList(&args, context: context)
        case "add": return try runAdd(&args, context: context)
        case "show": return try runShow(&args, context: context)
        default:
            throw UsageError("不认识“\(action)”：只能是 import、export、list、add 或 show。用 branchdesk help member 查看用法。")
        }
    }

    // MARK: - Shared

    /// The store and the undated ledgers (profile, members): no year shards are decoded.
    /// Refuses when branch.json or members.json could not be read, rather than acting on an
    /// empty list.
    static func openRoster(_ context: CommandContext) throws -> (LedgerStore, Ledger) {
        let store = try context.openStore()
        let ledger = try store.load(years: [])
        let essential = [LedgerKind.branch.path, LedgerKind.members.path]
        if let issue = store.issues.first(where: { essential.contains($0.file) }) {
            throw StoreError.unreadableFile(file: issue.file, reason: issue.description)
        }
        return (store, ledger)
    }

    /// Every dues payment on file (all years), warning on stderr about shards that could not be read.
    static func allDues(_ store: LedgerStore, context: CommandContext) -> [DuesPayment] {
        let before = store.issues.count
        let payments = store.years(of: .dues).flatMap { store.records(DuesPayment.self, year: $0) }
        for issue in store.issues.dropFirst(before) {
            context.output.err("注意：\(issue)；该文件中的党费记录未计入。")
        }
        return payments
    }

    /// The order lists and sheets use: by group as the branch lists them (no group last),
    /// members on the roll before those who left, then by pinyin so 欧阳修 sits among the O's.
    static func sorted(_ members: [Member], groups: [PartyGroup]) -> [Member] {
        let groupOrder = Dictionary(groups.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let search = MemberSearch(members: members, groups: groups)
        let pinyin = Dictionary(search.keys.map { ($0.memberId, $0.fullPinyin) }, uniquingKeysWith: { a, _ in a })
        return members.sorted { a, b in
            let ka = (a.groupId.flatMap { groupOrder[$0] } ?? Int.max, a.isOnRoll ? 0 : 1, pinyin[a.id] ?? "", a.name)
            let kb = (b.groupId.flatMap { groupOrder[$0] } ?? Int.max, b.isOnRoll ? 0 : 1, pinyin[b.id] ?? "", b.name)
            return ka < kb
        }
    }

    /// A member record as lists and `show` print it: phone and ID number masked unless asked.
    static func masked(_ member: Member, includePrivate: Bool) -> Member {
        guard !includePrivate else { return member }
        var m = member
        m.phone = Masking.phone(m.phone)
        m.idNumber = Masking.idNumber(m.idNumber)
        return m
    }

    /// A status typed on the command line: Chinese name, short name or identifier.
    static func status(_ text: String, flag: String) throws -> MemberStatus {
        guard let status = MemberStatus(chinese: text) else {
            let allowed = MemberStatus.allCases.map { "\($0.chineseName)（\($0.rawValue)）" }.joined(separator: "、")
            throw UsageError("\(flag) 的人员类别“\(text)”无法识别：可写 \(allowed)。")
        }
        return status
    }

    /// A group named on the command line, which must exist.
    static func group(named text: String, in profile: BranchProfile) throws -> PartyGroup {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let group = profile.groups.first(where: { $0.name == name }) { return group }
        let known = profile.groups.isEmpty ? "本支部还没有党小组（导入花名册时会按“党小组”列自动新建）" : "现有：\(profile.groups.map(\.name).joined(separator: "、"))"
        throw UsageError("没有名为“\(name)”的党小组。\(known)。")
    }

    /// A date typed on the command line, in any form `ChineseDateParser` reads.
    static func date(_ text: String?, label: String) throws -> CalendarDate? {
        guard let text else { return nil }
        switch ChineseDateParser.parse(text, label: label) {
        case .success(let date): return date
        case .failure(let error): throw UsageError(error.message)
        }
    }
}
