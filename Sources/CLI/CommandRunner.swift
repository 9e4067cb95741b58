import Foundation
import Persistence

/// Dispatches a parsed invocation to its command and turns errors into exit statuses:
/// 2 for usage errors, 1 for failures, each with a message on stderr.
public enum CommandRunner {
    public static let version = "0.1.0"

    /// Every command, in the order `--help` lists them.
    public static let commands: [Command] = [
        InitCommand.command,
        DemoCommand.command,
        CheckCommand.command,
        MeetingCommand.command,
        CadenceCommand.command,
        FiveOnesCommand.command,
        MemberCommand.command,
        DuesCommand.command,
        RemindCommand.command,
        TalkCommand.command,
        TaskCommand.command,
        ExportCommand.command,
        CommitmentCommand.command,
        AssessCommand.command,
        PinCommand.command,
        UndoCommand.command, BackupCommand.command, RestoreCommand.command,
        DevCommand.command,
    ]

    public static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    public static func run(name: String, arguments: [String], context: CommandContext) -> Int32 {
        guard let command = command(named: name) else {
            context.output.err("branchdesk：没有“\(name)”这个命令。可用的命令：\(commands.filter { !$0.hidden }.map(\.name).joined(separator: "、"))。用 branchdesk --help 查看说明。")
            return 2
        }
        if let refusal = RolePolicy.refusal(command: name, arguments: arguments, role: context.options.role) {
            context.output.err("branchdesk \(name)：\(refusal)")
            return 2
        }
        // A role with a PIN runs nothing before the PIN is given (issue #8; see PinLogin).
        if let refused = PinLogin.admit(command: name, context: context) { return refused }
        do {
            return try command.run(arguments, context)
        } catch let error as UsageError {
            context.output.err("branchdesk \(name)：\(error.message)")
            return 2
        } catch let error as StoreError {
            context.output.err("branchdesk \(name)：\(error)")
            return 1
        } catch {
            context.output.err("branchdesk \(name)：\(error)")
            return 1
        }
    }

    /// `branchdesk --help` or `branchdesk help COMMAND`.
    public static func help(topic: String?) -> (text: String, status: Int32) {
        if let topic {
            guard let command = command(named: topic) else {
                return ("没有“\(topic)”这个命令。\n\n" + overview, 2)
            }
            return ("branchdesk \(command.name) — \(command.summary)\n\n\(command.usage)\n\n" + globalOptionsText, 0)
        }
        return (overview, 0)
    }

    static var overview: String {
        let width = commands.map(\.name.count).max() ?? 8
        let list = commands.filter { !$0.hidden }.map {
            "  \($0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.summary)"
        }.joined(separator: "\n")
        return """
        branchdesk \(version) — 支部工作台：三会一课、党员档案、五个一、提醒谈话、联络任务、承诺践诺

        用法：
          branchdesk [全局选项]              打开终端工作台（数据目录中的台账）
          branchdesk --demo                  打开示例台账的临时副本（不改动随程序发布的文件）
          branchdesk 命令 [选项] [全局选项]

        命令：
        \(list)
          help 命令                          查看某个命令的用法

        \(globalOptionsText)
        """
    }

    static let globalOptionsText = """
    全局选项：
      --data-dir 目录     数据目录（优先于 BRANCHDESK_DATA_DIR、$XDG_DATA_HOME/branchdesk、~/.local/share/branchdesk）
      --today YYYY-MM-DD  以该日期为“今天”计算所有期限（也可用 BRANCHDESK_TODAY）
      --format text|json  输出格式；json 供脚本使用
      --no-color          不用颜色（也可设置 NO_COLOR）
      --read-only         只读打开，不写任何文件
      --as 角色           secretary（书记，默认）、liaison（联络员）或 member 姓名（党员本人）
      --version           显示版本
      --help, -h          显示帮助
    """
}
