import Foundation
import Model

/// Splits argv into global options, a command word and the command's own arguments.
///
/// Global options may come before or after the command (`branchdesk check --data-dir D`
/// and `branchdesk --data-dir D check` mean the same), as scripts write both.
public enum InvocationParser {
    public static func parse(_ arguments: [String], environment: [String: String]) throws -> Invocation {
        var options = GlobalOptions()
        var command: String?
        var rest: [String] = []
        var index = 0
        func value(_ flag: String) throws -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") || arguments[index] == "-" else {
                throw UsageError("\(flag) 后面需要一个值。")
            }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String?
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: eq)...])
                argument = String(argument[..<eq])
            }
            func take(_ flag: String) throws -> String { try inlineValue ?? value(flag) }
            switch argument {
            case "--version", "-V":
                if command == nil { return .version }
                rest.append(argument)
            case "--help", "-h":
                return .help(topic: command)
            case "--data-dir":
                options.dataDir = try take(argument)
            case "--today":
                options.today = try parseToday(try take(argument))
            case "--no-color":
                options.noColor = true
            case "--demo":
                options.demo = true
            case "--read-only":
                options.readOnly = true
            case "--as":
                switch try take(argument) {
                case "secretary", "书记": options.role = .secretary
                case "liaison", "联络员": options.role = .liaison
                case "member", "党员":
                    options.role = .member(try value("--as member"))
                case let other:
                    throw UsageError("--as 只能是 secretary（书记）、liaison（联络员）或 member 姓名（党员），而不是“\(other)”。")
                }
            case "--format" where command == "export" && rest.first == "ledger":
                // `export ledger --format html|md|csv` names the file's format, not the output's (issue #10).
                rest.append(arguments[index])
                if inlineValue == nil, index + 1 < arguments.count {
                    index += 1
                    rest.append(arguments[index])
                }
            case "--format":
                let text = try take(argument)
                if let format = OutputFormat(rawValue: text) {
                    options.format = format
                } else {
                    // Another format (html for `assess`, issue #10) is the command's to accept;
                    // one the command does not take is refused by ArgumentList.finish.
                    rest += ["--format", text]
                }
            default:
                if command == nil, !argument.hasPrefix("-") {
                    command = argument
                } else {
                    rest.append(arguments[index])
                }
            }
            index += 1
        }
        if options.today == nil, let text = environment["BRANCHDESK_TODAY"], !text.isEmpty {
            options.today = try parseToday(text)
        }
        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { options.noColor = true }
        guard let command else {
            if let i = rest.firstIndex(of: "--format"), i + 1 < rest.count {
                throw UsageError("--format 只能是 text 或 json，而不是“\(rest[i + 1])”。")
            }
            if let stray = rest.first { throw UsageError("不认识的选项 \(stray)。用 branchdesk --help 查看可用的命令和选项。") }
            return .workbench(options)
        }
        if command == "help" { return .help(topic: rest.first) }
        if command == "version" { return .version }
        return .command(name: command, arguments: rest, options: options)
    }

    private static func parseToday(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw UsageError("--today 的日期“\(text)”无效：应为存在的日期，格式 YYYY-MM-DD，例如 2026-03-05。")
        }
        return date
    }
}
