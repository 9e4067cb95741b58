import Foundation
import Model
import Persistence

extension MeetingCommand {
    /// `meeting list`: one line per meeting, oldest first; JSON is the stored records as they are.
    static func list(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let year = try args.value("--year").map(self.year)
        let kind = try args.value("--kind").map(self.kind)
        try args.finish()
        let store = try context.openStore()
        // With --year only that year's shard is decoded (ARCHITECTURE.md, performance notes).
        let ledger = try store.load(years: year.map { [$0] })
        let meetings = ledger.meetings
            .filter { kind == nil || $0.kind == kind }
            .sorted { ($0.date, $0.startTime?.text ?? "", $0.id.uuidString) < ($1.date, $1.startTime?.text ?? "", $1.id.uuidString) }
        // What could be read is still listed; a skipped file makes the exit status 1.
        let unreadable = warnUnreadable(store, context: context)

        if context.options.format == .json {
            try context.output.json(meetings)
        } else if meetings.isEmpty {
            let when = year.map { "\($0) 年" } ?? ""
            context.output.out("\(when)没有\(kind?.chineseName ?? "")会议记录。可用 branchdesk meeting add 记录一次会议。")
        } else {
            let idLength = shortIdLength(meetings)
            var rows = [["编号", "日期", "类型", "状态", "应到/实到", "议题"]]
            rows += meetings.map { meeting in
                [String(meeting.id.uuidString.prefix(idLength)), meeting.date.iso, kindLabel(meeting, ledger: ledger),
                 meeting.state.chineseName, "\(meeting.expectedCount)/\(meeting.presentCount)", meeting.topic]
            }
            MeetingText.table(rows).forEach(context.output.out)
            context.output.out("共 \(meetings.count) 条。用 branchdesk meeting show 编号 查看详情。")
        }
        return unreadable ? 1 : 0
    }
}
