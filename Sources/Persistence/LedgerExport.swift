import Foundation
import Model

/// Reads what one printed ledger needs and writes it (issue #10), shared by
/// `branchdesk export ledger` and the workbench's `e` so both load, refuse and write alike.
///
/// Only the shards of the year asked for that the kind prints are decoded (`LedgerStore.load(years: [])`
/// for the profile and members, then `records(_:year:)`); for the dues register the earliest dues shard is read too (even a later year's), since it decides from which month dues are counted. When a
/// file the kind needs cannot be read, nothing is written: a ledger printed without it would
/// look complete and be wrong.
public enum LedgerExport {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Files the kind needs that could not be read.
        case unreadable([String])
        /// The destination's folder does not exist (it is never created on the user's behalf).
        case folderMissing(String)

        public var description: String {
            switch self {
            case .unreadable(let files):
                return "有台账文件无法读取（\(files.joined(separator: "、"))），导出的台账会缺少其中的记录，本次不写入。请先修复，可用 branchdesk check 查看。"
            case .folderMissing(let folder):
                return "无法写入：文件夹 \(folder) 不存在。请先建好文件夹，或换一个位置。"
            }
        }
    }

    /// The laid-out ledger of `kind` for `options.year`, read from `store`.
    public static func document(_ kind: PrintedLedgerKind, store: LedgerStore, options: LedgerPrintOptions) throws -> PrintedLedger {
        // The profile and members, then only the shards of the year this kind prints: on the
        // generated 5,000-member ledger, decoding that year's dues for a meetings export
        // cost as much as the meetings themselves.
        var ledger = try store.load(years: [])
        let year = options.year
        var trackedFrom: YearMonth?
        switch kind {
        case .meetings:
            ledger.meetings = store.records(Meeting.self, year: year)
        case .members, .talks:
            break
        case .fiveOnes:
            ledger.meetings = store.records(Meeting.self, year: year)
            ledger.fiveOnesLogs = store.records(FiveOnesLog.self, year: year)
        case .dues:
            ledger.dues = store.records(DuesPayment.self, year: year)
            // The earliest dues on record, before or after this year: a year before the branch
            // kept dues owes nothing (as `branchdesk dues` says), it is not printed all 未缴.
            if let first = store.years(of: .dues).first, first != year {
                trackedFrom = store.records(DuesPayment.self, year: first).map(\.month).min()
            }
        case .commitments:
            ledger.commitments = store.records(Commitment.self, year: year)
        }
        let needed = files(for: kind, year: year, store: store)
        let broken = store.issues.map(\.file).filter { needed.contains($0) }
        guard broken.isEmpty else { throw Failure.unreadable(broken) }
        if kind != .talks {
            // Nothing of a talk case travels in another ledger's export (DOMAIN.md §4).
            ledger.talkCases = []
            ledger.talkAnalyses = []
        }
        return LedgerPrint.document(kind, ledger: ledger, options: options, duesTrackedFrom: trackedFrom)
    }

    /// The bytes of the file: UTF-8 text, or for CSV a sheet with a BOM and CRLF (`CSVWriter`).
    public static func data(_ document: PrintedLedger, format: PrintFormat) -> Data {
        guard let text = LedgerPrint.text(document, format: format) else {
            return CSVWriter.fileData(document.sheet.map { $0.map(spreadsheetSafe) })
        }
        return Data(text.utf8)
    }

    /// A cell Excel or WPS would read as a formula (starting with = + - @, a tab or CR) gets a
    /// leading apostrophe, so minutes that begin “- 第一项” show as text instead of #NAME?, and a
    /// hand-edited record cannot smuggle a formula into the secretary's spreadsheet (OWASP CSV
    /// injection). The roster's deliberate `="110…"` (an 18-digit ID kept whole) stays as it is.
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        let digits = cell.dropFirst(2).dropLast()
        if cell.hasPrefix("=\""), cell.hasSuffix("\""), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }) {
            return cell
        }
        return "'" + cell
    }

    /// Writes atomically with mode 0600 (`AtomicFile`), after checking that the folder exists.
    public static func write(_ data: Data, to url: URL) throws {
        var isDirectory: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.folderMissing(folder)
        }
        try AtomicFile.write(data, to: url)
    }

    /// The data files whose records a kind prints (relative paths, as `LoadIssue.file`).
    static func files(for kind: PrintedLedgerKind, year: Int, store: LedgerStore) -> Set<String> {
        var files: Set<String> = [LedgerKind.branch.path, LedgerKind.members.path]
        switch kind {
        case .meetings:
            files.insert(LedgerKind.meetings.file(year: year))
        case .members:
            break
        case .fiveOnes:
            files.formUnion([LedgerKind.fiveOnesTemplates.path, LedgerKind.fiveOnesAdoptions.path,
                             LedgerKind.fiveOnesLogs.file(year: year), LedgerKind.meetings.file(year: year)])
        case .dues:
            files.insert(LedgerKind.dues.file(year: year))
            if let first = store.years(of: .dues).first { files.insert(LedgerKind.dues.file(year: first)) }
        case .commitments:
            files.insert(LedgerKind.commitments.file(year: year))
        case .talks:
            files.formUnion(store.years(of: .talks).map { LedgerKind.talks.file(year: $0) })
        }
        return files
    }
}
