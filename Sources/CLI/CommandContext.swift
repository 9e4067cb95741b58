import Foundation
import Model
import Persistence

/// Everything a command needs from the outside world, passed in so tests can supply their own.
public struct CommandContext {
    public var options: GlobalOptions
    public var environment: [String: String]
    public var home: String
    public var executablePath: String
    /// The clock, read only when `--today` / `BRANCHDESK_TODAY` is not given.
    public var now: () -> Date
    public var output: Output
    /// Reads one secret line (a PIN): without echo from a terminal, else the next stdin line.
    /// The argument is the prompt; tests pass their own reader.
    public var input: (_ prompt: String) -> String?
    /// The wall clock stamped on journal entries and backup names (issue #9). Separate from `now`,
    /// which supplies only today's date and is not read when `--today` is given.
    public var wallClock: () -> Date = Date.init
    /// Asks a yes/no question (undo, restore): true / false, or nil when there is no terminal to
    /// ask on. Tests pass their own.
    public var ask: (_ question: String) -> Bool? = Confirmation.askOnTerminal

    public init(options: GlobalOptions, environment: [String: String], home: String, executablePath: String,
                now: @escaping () -> Date = Date.init, output: Output = .standard,
                input: @escaping (_ prompt: String) -> String? = PinInput.readLine) {
        self.options = options
        self.environment = environment
        self.home = home
        self.executablePath = executablePath
        self.now = now
        self.output = output
        self.input = input
    }

    /// "Today" for every date rule: `--today`, else `BRANCHDESK_TODAY`, else the local date.
    public var today: CalendarDate {
        options.today ?? CalendarDate(now(), timeZone: .current)
    }

    public var dataDirectory: URL {
        DataDirectory.resolve(flag: options.dataDir, environment: environment, home: home)
    }

    public func shippedData() throws -> ShippedData {
        guard let data = ShippedData.locate(environment: environment, executablePath: executablePath) else {
            throw UsageError("找不到随程序发布的 data/ 目录（模板与示例台账）。请在源码目录中运行，或设置 BRANCHDESK_SHARE_DIR。")
        }
        return data
    }

    /// Opens the store of the data directory, which must already hold a ledger.
    public func openStore() throws -> LedgerStore {
        let directory = dataDirectory
        guard LedgerStore.ledgerExists(at: directory) else { throw StoreError.notFound(directory: directory.path) }
        return LedgerStore(directory: directory, readOnly: options.readOnly, actor: journalActor, clock: wallClock)
    }

    /// Who the journal names for this command's writes (issue #9).
    public var journalActor: JournalActor {
        switch options.role {
        case .secretary: return .secretary
        case .liaison: return .liaison
        case .member(let name): return .member(name)
        }
    }
}

/// Where command output goes: stdout for results, stderr for errors and warnings.
public struct Output {
    public var out: (String) -> Void
    public var err: (String) -> Void

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.out = out
        self.err = err
    }

    public static var standard: Output {
        // Ledger text never reaches the terminal raw: ESC and other controls are shown, not obeyed (issue #9).
        Output(out: { print(TerminalText.safe($0)) }, err: { FileHandle.standardError.write(Data((TerminalText.safe($0) + "\n").utf8)) })
    }

    /// Writes a JSON value as pretty, sorted-key UTF-8, the same style as the data files.
    public func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        out(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
