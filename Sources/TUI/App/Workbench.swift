import Foundation
import Model
import Persistence
#if canImport(Glibc)
import Glibc
#endif

/// Opens the terminal workbench on a data directory: loads the ledger, takes over the
/// terminal, runs the loop, and always gives the terminal back.
public enum Workbench {
    public struct Options {
        public var directory: URL
        /// The demo: `directory` is a temporary copy, removed on exit.
        public var isDemo: Bool
        public var today: CalendarDate
        public var useColor: Bool
        public var readOnly: Bool
        public var role: Role
        /// `--as member NAME|ID`: resolved against the ledger once it is loaded.
        public var memberQuery: String?

        public init(directory: URL, isDemo: Bool, today: CalendarDate, useColor: Bool, readOnly: Bool, role: Role = .secretary,
                    memberQuery: String? = nil) {
            self.role = role
            self.memberQuery = memberQuery
            self.directory = directory
            self.isDemo = isDemo
            self.today = today
            self.useColor = useColor
            self.readOnly = readOnly
        }
    }

    /// Returns the exit status. Errors before the terminal is taken over go to stderr.
    public static func run(_ options: Options, environment: [String: String]) -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("branchdesk：工作台需要在终端中运行（标准输入和输出须是终端）。脚本请使用子命令，见 branchdesk --help。")
            return 2
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            printError("branchdesk：当前终端（TERM=\(term.isEmpty ? "未设置" : term)）不支持全屏界面。请在 xterm、tmux 等终端中运行，或使用子命令（branchdesk --help）。")
            return 2
        }
        let store = LedgerStore(directory: options.directory, readOnly: options.readOnly)
        var loadedYears = Set(ReminderEngine.years(today: options.today, horizonDays: DashboardAgenda.horizonDays))
        var ledger: Ledger
        do {
            // Only the years 工作台's reminders look at (a year back for gaps and inactivity, to the
            // end of the 30-day horizon); older history is read when the user turns to it.
            ledger = try store.load(years: loadedYears)
        } catch {
            printError("branchdesk：\(error)")
            return 1
        }
        var role = options.role
        if let query = options.memberQuery {
            switch MemberLookup.resolve(query, in: ledger.members) {
            case .success(let member): role = .member(member.id)
            case .failure(let error):
                printError("branchdesk：\(error.message)")
                return 2
            }
        }
        // The journal names who wrote (issue #9); a member by name.
        if case .member(let id) = role { store.actor = JournalActor(role, memberName: ledger.memberName(id)) } else { store.actor = JournalActor(role) }
        // A form kept by the last stop is offered to the same role (a read-only session only looks);
        // the year of an older meeting it edits is read first.
        let writer = ChangeWriter(store: store, shipped: ShippedData.locate(environment: environment, executablePath: CommandLine.arguments[0]))
        let draft = options.readOnly ? nil : writer.drafts(for: role).offer(to: role, store: store, ledger: &ledger, loadedYears: &loadedYears)

        var notices: [String] = []
        if let issue = store.issues.first {
            // Unreadable, misplaced or holding one id twice: never written (`branchdesk check` lists them all).
            notices.append("有 \(store.issues.count) 个文件有问题，不会被写入（branchdesk check 查看）：\(issue)")
        }

        let terminal = NCursesTerminal(useColor: options.useColor)
        StopSignal.install()
        if !NCursesTerminal.localeIsUTF8() {
            notices.insert("警告：当前区域设置不是 UTF-8（LANG=\(environment["LANG"] ?? "")），中文可能显示为乱码。请设置 LANG=C.UTF-8 或 zh_CN.UTF-8。", at: 0)
        }
        let size = terminal.size
        let label = options.isDemo ? "演示（临时副本，退出即丢弃）" : options.directory.path
        var state = AppState(ledger: ledger, today: options.today, width: size.width, height: size.height,
                             sourceLabel: label, notice: notices.first, loadedYears: loadedYears, role: role)
        state.readOnly = options.readOnly
        state.offeredDraft = draft
        let final = AppRuntime.run(state, on: terminal, writer: writer, stopAfterFirstFrame: environment["BRANCHDESK_BENCH_FIRST_FRAME"] == "1")
        terminal.shutdown()
        return final.stopSignal.map { 128 + $0 } ?? 0
    }

    private static func printError(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.safe(text) + "\n").utf8))
    }
}
