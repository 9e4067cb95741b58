import Foundation
import Model
import Persistence

/// `branchdesk export ledger --kind K --year Y --format html|md|csv --to PATH [--include-private]`:
/// a print-ready ledger (台账) from the records already kept (issue #10).
///
/// The liaison may export every ledger but talk cases, the roster masked (`RolePolicy` refuses
/// `--include-private`); a member is refused (`RolePolicy`); `--kind talks` is the secretary's
/// alone and is never part of another kind's export (DOMAIN.md §4).
extension ExportCommand {
    static let ledgerUsage = """
    用法：branchdesk export ledger --kind 种类 --year 年份 --format html|md|csv --to 文件 [--include-private]

    按已记录的内容生成可打印的台账，每年一份：
      meetings     三会一课台账：每次会议一页（时间、地点、主持人、记录人、应到/实到/请假/缺席及名单、
                   议题、会议记录、决议，党员大会的表决）
      members      党员名册：名册总表，每名党员一页；手机号和身份证号部分隐藏，书记加 --include-private 才完整
      fiveones     “五个一”活动台账：当年开展的每个模板的完成情况表和活动记录
      dues         党费收缴登记表：每名党员每月已缴 / 未缴 / 免缴，全年合计和欠缴月数
      commitments  党员承诺践诺台账：每名党员一页（承诺事项、践诺记录、义工时数、年终评议）
      talks        党员提醒谈话记录：只有书记可以导出，且只在明确指定 --kind talks 时导出
    格式：html（一个自带样式的文件，A4 打印，每条记录一页，黑白打印清楚）、
          md（Markdown，顺序固定，便于比较版本）、csv（带 BOM 的 UTF-8，Excel/WPS 直接打开，每条记录一行）。
    --year 默认今年。文件先写临时文件再改名，权限 0600；所在文件夹须已存在。
    联络员可以导出除提醒谈话以外的台账（名册隐藏证件号）；党员本人不能导出台账。

    退出码：0 已写入；1 需要的台账文件无法读取（未写入）或无法写入目标文件；2 用法错误。
    """

    static func runLedger(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let kindText = try args.value("--kind") else {
            throw UsageError("请用 --kind 指明台账种类：\(PrintedLedgerKind.allowedList)。")
        }
        guard let kind = PrintedLedgerKind(rawValue: kindText) else {
            throw UsageError("不认识台账种类“\(kindText)”：只能是 \(PrintedLedgerKind.allowedList)。")
        }
        guard let formatText = try args.value("--format") else {
            throw UsageError("请用 --format 指明文件格式：\(PrintFormat.allowedList)。")
        }
        guard let format = PrintFormat(rawValue: formatText) else {
            throw UsageError("不认识文件格式“\(formatText)”：只能是 \(PrintFormat.allowedList)。")
        }
        let year: Int
        if let yearText = try args.value("--year") {
            guard let parsed = Int(yearText), (1921...9999).contains(parsed) else {
                throw UsageError("--year 的年份“\(yearText)”无效：应为四位数字，例如 2026。")
            }
            year = parsed
        } else {
            year = context.today.year
        }
        guard let path = try args.value("--to"), !path.isEmpty else {
            throw UsageError("请用 --to 给出要写入的文件，例如 --to \(LedgerPrint.fileName(kind, year: year, format: format))。")
        }
        let includePrivate = args.flag("--include-private")
        try args.finish()
        // Talk cases leave the secretary's hands only on explicit request (DOMAIN.md §4).
        if kind.isSecretaryOnly && context.options.role != .secretary {
            throw UsageError("只有书记可以导出提醒谈话记录（--kind talks）。")
        }
        if includePrivate && kind != .members {
            throw UsageError("--include-private 只用于党员名册（--kind members）。")
        }

        let store = try context.openStore()
        let options = LedgerPrintOptions(year: year, today: context.today, includePrivate: includePrivate)
        let document: PrintedLedger
        do {
            document = try LedgerExport.document(kind, store: store, options: options)
        } catch let failure as LedgerExport.Failure {
            throw TaskFailure(failure.description)
        }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath,
                      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            try LedgerExport.write(LedgerExport.data(document, format: format), to: url)
        } catch let failure as LedgerExport.Failure {
            throw TaskFailure("无法写入 \(path)：\(failure.description)")
        }
        context.output.out("已写入 \(path)：\(document.branch) \(document.title)，\(document.recordCount) \(kind.recordUnit)（\(format.rawValue)）。")
        return 0
    }
}
