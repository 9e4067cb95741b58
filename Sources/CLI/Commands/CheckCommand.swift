import Foundation
import Model
import Persistence

/// `branchdesk check`: reads every file and checks every record; lists each problem with
/// file and position. Exit 0 clean, 1 problems found, 2 usage error.
enum CheckCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "check"
    static let summary = "检查台账的每个文件和每条记录"
    static let usage = """
    用法：branchdesk check [--data-dir 目录] [--format json]

    逐个读取数据目录中的文件并按规则检查每条记录，列出每个问题所在的文件和位置。
    无问题时退出码为 0，发现问题为 1，用法错误为 2。不会修改任何文件。
    """

    /// One line of the report, also the JSON shape (`--format json`).
    struct Finding: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var path: String?
        var record: String?
        var id: String?
        var reason: String
    }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        try ArgumentList(arguments, command: name).finish()
        let store = try context.openStore()
        let ledger = try store.load()
        // Unreadable files, then what loading noticed without refusing anything (issue #9).
        var findings = (store.issues + store.notes).map {
            Finding(file: $0.file, line: $0.line, column: $0.column, path: $0.path, record: nil, id: nil, reason: $0.reason)
        }
        // Talk cases are the secretary's alone (DOMAIN.md §4) and commitments are not the liaison's
        // (issue #8): another role is told how many problems they hold, not which records (review of #9).
        let problems = LedgerCheck.problems(in: ledger, today: context.today)
        let privateLedgers: Set<String> = context.options.role == .secretary ? [] : ["talks", "commitments"]
        findings += problems.filter { !privateLedgers.contains($0.ledger) }.map {
            Finding(file: file(of: $0), line: nil, column: nil, path: $0.error.field, record: $0.record,
                    id: $0.recordId?.uuidString, reason: $0.error.message)
        }
        let hidden = problems.filter { privateLedgers.contains($0.ledger) }.count
        if hidden > 0 {
            findings.append(Finding(file: "提醒谈话、党员承诺", line: nil, column: nil, path: nil, record: nil, id: nil,
                                    reason: "另有 \(hidden) 个问题，只有书记能看到：请书记运行 branchdesk check 查看"))
        }
        if context.options.format == .json {
            try context.output.json(findings)
        } else if findings.isEmpty {
            context.output.out("检查完毕：\(store.directory.path) 中的台账没有发现问题（\(ledger.members.count) 名党员，\(ledger.meetings.count) 条会议记录）。")
        } else {
            for finding in findings {
                var location = finding.file
                if let line = finding.line { location += ":\(line)" + (finding.column.map { ":\($0)" } ?? "") }
                let what = finding.record.map { "\($0)：" } ?? ""
                let at = finding.path.map { "（\($0)）" } ?? ""
                context.output.out("\(location): \(what)\(finding.reason)\(at)")
            }
            context.output.out("共发现 \(findings.count) 个问题。")
        }
        return findings.isEmpty ? 0 : 1
    }

    /// The shard file a problem's record lives in.
    private static func file(of problem: LedgerProblem) -> String {
        let kind: LedgerKind
        switch problem.ledger {
        case "branch": kind = .branch
        case "members": kind = .members
        case "meetings": kind = .meetings
        case "fiveones": kind = .fiveOnesLogs
        case "talks": kind = .talks
        case "tasks": kind = .tasks
        case "commitments": kind = .commitments
        default: kind = .dues
        }
        return kind.file(year: problem.year)
    }
}
