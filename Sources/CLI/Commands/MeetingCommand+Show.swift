import Foundation
import Model
import Persistence

extension MeetingCommand {
    /// `meeting show ID`: one meeting in the layout of a paper 会议记录, or its stored JSON.
    static func show(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let query = args.positional() else {
            throw UsageError("请给出会议编号，例如 branchdesk meeting show 3f2a9c1e。编号可用 branchdesk meeting list 查看。")
        }
        try args.finish()
        let text = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard text.count >= 8 else {
            throw UsageError("会议编号“\(query)”太短：至少写前 8 位。")
        }
        let store = try context.openStore()
        // An id says nothing about its year, so every shard is read.
        let ledger = try store.load()
        let matches = ledger.meetings.filter { $0.id.uuidString.lowercased().hasPrefix(text) }
        guard matches.count == 1, let meeting = matches.first else {
            if matches.isEmpty {
                let skipped = store.issues.isEmpty ? "" : "（有 \(store.issues.count) 个文件无法读取，未能查找其中的记录，可用 branchdesk check 查看。）"
                throw MeetingFailure("找不到编号为“\(query)”的会议记录。可用 branchdesk meeting list 查看编号。\(skipped)")
            }
            let shown = 5
            let list = matches.sorted { $0.date < $1.date }.prefix(shown)
                .map { "\($0.id.uuidString)（\($0.date.iso) \($0.kind.shortName)“\($0.topic)”）" }
            let more = matches.count > shown ? "等" : ""
            throw MeetingFailure("编号“\(query)”对应 \(matches.count) 条会议记录：\(list.joined(separator: "、"))\(more)。请多写几位编号。")
        }
        if context.options.format == .json {
            try context.output.json(meeting)
        } else {
            MeetingSheet.lines(meeting, ledger: ledger).forEach(context.output.out)
        }
        return 0
    }
}
