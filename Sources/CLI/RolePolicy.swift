import Foundation

/// Which commands each `--as` role may run, decided in one place before any command reads
/// the ledger (issue #8: the CLI honours the same roles as the workbench).
///
/// - The secretary runs everything.
/// - The liaison reads meetings, cadence, the masked roster, dues, five-ones status and
///   reminders, and keeps the task ledger; it writes no meeting, member file or five-ones deed,
///   and never sees private numbers (talk cases and commitments refuse it themselves).
/// - A member reaches only their own record: `commitment` (own, checked there), `remind` (own
///   reminders), `member show` of themselves; `talk` refuses them itself; everything else is refused.
enum RolePolicy {
    static func refusal(command: String, arguments: [String], role: RoleRequest) -> String? {
        let sub = arguments.first { !$0.hasPrefix("-") } ?? ""
        switch role {
        case .secretary:
            return nil
        case .liaison:
            let writes: Set<String> = ["meeting add", "member add", "member import", "fiveones log", "fiveones adopt", "init", "dev make-demo", "dev generate", "backup", "restore"]
            if writes.contains("\(command) \(sub)") || writes.contains(command) {
                return "联络员不能修改会议记录、党员档案和“五个一”记录；请由书记操作。"
            }
            // 年度自评: the liaison reads it; scoring and the rubric copy are the secretary's (issue #10).
            if command == "assess", sub == "score" || arguments.contains("--copy") {
                return "联络员可以查看年度自评，评分和复制评分细则请由书记进行。"
            }
            // Talk cases are the secretary's alone (DOMAIN.md §4), in any export (issue #10).
            if command == "export", sub == "ledger", let kind = arguments.firstIndex(of: "--kind").map({ arguments.index(after: $0) }),
               kind < arguments.count, arguments[kind] == "talks" {
                return "只有书记可以导出提醒谈话记录（--kind talks）。"
            }
            if arguments.contains("--include-private") {
                return "联络员看不到完整的手机号和身份证号（--include-private 只限书记）。"
            }
            return nil
        case .member(let name):
            switch command {
            case "commitment", "remind", "pin", "talk":
                // These check the role themselves (`talk` refuses everyone but the secretary
                // with its own message; `commitment` and `remind` narrow to the member).
                return nil
            case "member" where sub == "show":
                let target = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? ""
                if target == name, !arguments.contains("--include-private") { return nil }
                return "党员本人只能查看自己的档案（branchdesk member show \(name) --as member \(name)）。"
            default:
                return "党员本人只能查看自己的记录：可用 branchdesk --as member \(name) 打开本人页面，或 commitment、remind、member show \(name)。"
            }
        }
    }
}
