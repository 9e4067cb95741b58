import Foundation
import Model
import Persistence

// MARK: - member import

extension MemberCommand {
    /// The JSON report of `member import --format json`.
    struct ImportReport: Encodable {
        struct Entry: Encodable {
            var row: Int
            var name: String
            var id: String?
            var changes: [String]?
        }

        struct Problem: Encodable {
            var row: Int
            var name: String
            var message: String
        }

        var file: String
        var encoding: String
        var headerRow: Int
        var rows: Int
        var added: [Entry]
        var updated: [Entry]
        var unchanged: [Entry]
        var newGroups: [String]
        var errors: [Problem]
        var warnings: [Problem]
        var ignoredColumns: [String]
        var skippedRows: [Int]
        var dryRun: Bool
        var written: Bool
    }

    static func runImport(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let dryRun = args.flag("--dry-run")
        let skipInvalid = args.flag("--skip-invalid")
        guard let path = args.positional() else {
            throw UsageError("请给出要导入的 CSV 文件，例如 branchdesk member import 花名册.csv --dry-run。")
        }
        try args.finish()
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError("找不到文件“\(path)”。")
        }

        let (store, ledger) = try openRoster(context)
        let plan: MemberImportPlan
        do {
            plan = try MemberImport.plan(file: url, members: ledger.members, groups: ledger.profile.groups, today: context.today)
        } catch let error as MemberImport.SheetError {
            throw UsageError("\(path)：\(error)")
        }

        let blocked = !plan.errors.isEmpty && !skipInvalid
        let willWrite = !dryRun && !blocked && !(plan.membersToSave.isEmpty && plan.newGroups.isEmpty)
        if willWrite {
            if !plan.newGroups.isEmpty {
                // Groups first: a crash in between leaves an unused group, never a member
                // pointing at a group that does not exist.
                var profile = ledger.profile
                profile.groups += plan.newGroups
                try store.saveProfile(profile)
            }
            try store.saveAll(plan.membersToSave)
        }

        if context.options.format == .json {
            try context.output.json(report(plan, file: path, dryRun: dryRun, written: willWrite,
                                           skipped: skipInvalid && !dryRun ? plan.invalidRows : []))
        } else {
            printImport(plan, file: path, dryRun: dryRun, skipInvalid: skipInvalid, written: willWrite, context: context)
        }
        return blocked ? 1 : 0
    }

    private static func printImport(_ plan: MemberImportPlan, file: String, dryRun: Bool, skipInvalid: Bool,
                                    written: Bool, context: CommandContext) {
        let out = context.output.out
        let header = plan.headerRow == 1 ? "" : "表头在第 \(plan.headerRow) 行，"
        out("读取 \(file)：\(plan.encoding) 编码，\(header)共 \(plan.rowCount) 行数据。")
        if !plan.ignoredColumns.isEmpty {
            out("未识别的列（已忽略）：\(plan.ignoredColumns.joined(separator: "、"))。")
        }
        for problem in plan.errors { out("错误 \(problem)") }
        for problem in plan.warnings { out("提示 \(problem)") }
        for update in plan.updates {
            out("更新 第 \(update.row) 行（\(update.after.name)）：\(update.changes.joined(separator: "、"))")
        }
        let counts = "新增 \(plan.additions.count) 名，更新 \(plan.updates.count) 名，无变化 \(plan.unchanged.count) 名"
        let groups = plan.newGroups.map(\.name).joined(separator: "、")
        let rows = plan.invalidRows.map(String.init).joined(separator: "、")

        if dryRun {
            out("试运行，未写入任何内容。")
            if !plan.errors.isEmpty {
                out(skipInvalid ? "正式导入时将跳过有错误的第 \(rows) 行（共 \(plan.invalidRows.count) 行）。"
                                : "第 \(rows) 行有错误（共 \(plan.invalidRows.count) 行）：正式导入前请改正，或加 --skip-invalid 跳过这些行。")
            }
            if !plan.errors.isEmpty && !skipInvalid { return }
            out("正式导入将\(counts)" + (groups.isEmpty ? "。" : "，并新建党小组：\(groups)。"))
            return
        }
        if !plan.errors.isEmpty && !skipInvalid {
            context.output.err("第 \(rows) 行有错误（共 \(plan.invalidRows.count) 行），未写入任何内容。请改正后重新导入，或加 --skip-invalid 跳过这些行。")
            return
        }
        if !plan.errors.isEmpty {
            out("已跳过有错误的第 \(rows) 行（共 \(plan.invalidRows.count) 行）。")
        }
        out((written ? "已导入：" : "没有需要写入的内容：") + counts + "。")
        if !groups.isEmpty { out("已新建党小组：\(groups)。") }
    }

    private static func report(_ plan: MemberImportPlan, file: String, dryRun: Bool, written: Bool, skipped: [Int]) -> ImportReport {
        func problems(_ list: [MemberImportPlan.Problem]) -> [ImportReport.Problem] {
            list.map { ImportReport.Problem(row: $0.row, name: $0.name, message: $0.message) }
        }
        return ImportReport(
            file: file, encoding: plan.encoding.rawValue, headerRow: plan.headerRow, rows: plan.rowCount,
            added: plan.additions.map { .init(row: $0.row, name: $0.member.name, id: $0.member.id.uuidString, changes: nil) },
            updated: plan.updates.map { .init(row: $0.row, name: $0.after.name, id: $0.after.id.uuidString, changes: $0.changes) },
            unchanged: plan.unchanged.map { .init(row: $0.row, name: $0.member.name, id: $0.member.id.uuidString, changes: nil) },
            newGroups: plan.newGroups.map(\.name), errors: problems(plan.errors), warnings: problems(plan.warnings),
            ignoredColumns: plan.ignoredColumns, skippedRows: skipped, dryRun: dryRun, written: written)
    }
}
