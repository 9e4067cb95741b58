import Foundation
import Model
import Persistence
#if canImport(Glibc)
import Glibc
#endif

/// `branchdesk dev save-loop`: saves records one after another through `LedgerStore`, exactly
/// as `member add`, `meeting add` and `task add` do, and prints one line per save *after* the
/// store returned, flushed at once. The crash harness (issue #9; `scripts/crash-harness.sh`,
/// `CrashHarnessTests`) kills it with SIGKILL at random moments and then checks that every
/// line printed names a record that is on disk.
///
/// Cycle of four: a new member, a new meeting (today, 主题党日), a new task, then an edit of
/// that task's note. Lines: `saved member|meeting|task UUID` and `edited task UUID 修改 N`.
enum SaveLoop {
    static func run(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let countText = try args.value("--count")
        try args.finish()
        guard let count = Int(countText ?? "0"), count >= 0 else {
            throw UsageError("--count 须是非负整数（0 表示一直写到被终止）。")
        }
        let store = try context.openStore()
        _ = try store.load(years: [context.today.year])
        let today = context.today
        var lastTask: LiaisonTask?
        var index = 0
        while count == 0 || index < count {
            let line: String
            switch index % 4 {
            case 0:
                let member = Member(name: "压测党员\(index)", status: .full)
                try store.save(member)
                line = "saved member \(member.id.uuidString)"
            case 1:
                let meeting = Meeting(kind: .themeDay, date: today, topic: "压测主题党日\(index)")
                try store.save(meeting)
                line = "saved meeting \(meeting.id.uuidString)"
            case 2:
                let task = LiaisonTask(title: "压测任务\(index)", kind: .report, due: today)
                try store.save(task)
                lastTask = task
                line = "saved task \(task.id.uuidString)"
            default:
                guard var task = lastTask else { index += 1; continue }
                task.note = "修改 \(index)"
                try store.save(task)
                lastTask = nil
                line = "edited task \(task.id.uuidString) \(task.note)"
            }
            context.output.out(line)
            fflush(nil)  // every open stream: the line must be out before the next save can be killed
            index += 1
        }
        return 0
    }
}
