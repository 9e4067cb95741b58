import Foundation
import Model
import Persistence

// MARK: - member export

extension MemberCommand {
    static func runExport(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let target = try args.value("--to") else {
            throw UsageError("请用 --to 给出导出的文件，例如 branchdesk member export --to 花名册.csv。")
        }
        let includePrivate = args.flag("--include-private")
        try args.finish()
        let (_, ledger) = try openRoster(context)
        let members = sorted(ledger.members, groups: ledger.profile.groups)
        let url = URL(fileURLWithPath: target)
        // Atomic and 0600 like the ledger files: the sheet holds personal data.
        try AtomicFile.write(MemberExport.fileData(members, groups: ledger.profile.groups, includePrivate: includePrivate), to: url)
        let privacy = includePrivate
            ? "含完整的手机号和身份证号，请妥善保管"
            : "手机号和身份证号已打码；要导出完整号码请加 --include-private"
        context.output.out("已导出 \(members.count) 名人员到 \(url.path)（UTF-8 带 BOM，Excel 可直接打开；\(privacy)）。")
        return 0
    }
}
