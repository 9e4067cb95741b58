import Foundation
import Model
import Persistence

extension TalkCommand {
    /// `talk export ID --to FILE.txt`: the case's full timeline as a text document for the file.
    ///
    /// Only on this explicit request do talk records leave the data directory (DOMAIN.md §4);
    /// the file is written atomically and readable by its owner only (0600).
    static func export(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let query = args.positional()
        guard let path = try args.value("--to"), !path.isEmpty else {
            throw UsageError("请用 --to 给出要写入的文本文件，例如 --to 孙浩提醒谈话记录.txt。")
        }
        try args.finish()
        let (_, ledger) = try openLedger(context)
        let talk = try talkCase(query, in: ledger)
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError("--to \(url.path) 是一个目录，请给出文件名，例如 \(url.appendingPathComponent("提醒谈话记录.txt").path)。")
        }
        let text = TalkCaseDocument.text(case: talk, ledger: ledger, exportedOn: context.today)
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw TalkFailure("无法写入 \(url.path)：\(error)。请检查目录是否存在、是否可写。")
        }
        context.output.out("已导出\(ledger.memberName(talk.memberId))的提醒谈话记录（\(talk.entries.count) 条）到 \(url.path)。")
        context.output.out("该文件含敏感信息，请妥善保管。")
        return 0
    }
}
