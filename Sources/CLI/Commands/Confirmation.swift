import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The y/n question before an undo or a restore (issue #9): asked only on a terminal; a script
/// passes `--yes`, and without either nothing is changed.
public enum Confirmation {
    public static func askOnTerminal(_ question: String) -> Bool? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        print(question + "（y 确定 / n 取消）", terminator: " ")
        fflush(nil)
        guard let line = readLine() else { return false }
        return ["y", "yes", "是"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// `--yes`, else the answer on the terminal; throws when there is no terminal to ask on.
    static func confirmed(_ question: String, yes: Bool, command: String, context: CommandContext) throws -> Bool {
        if yes { return true }
        guard let answer = context.ask(question) else {
            throw UsageError("没有终端可以确认，未做任何修改。确认无误后请加 --yes 再运行 branchdesk \(command)。")
        }
        if !answer { context.output.out("已取消，没有修改任何文件。") }
        return answer
    }
}
