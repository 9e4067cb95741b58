import Foundation

/// The ledgers (台账) `branchdesk export ledger --kind …` prints (issue #10). The raw values are
/// the command's `--kind` words, a contract: meetings, members, fiveones, dues, commitments, talks.
public enum PrintedLedgerKind: String, CaseIterable, Sendable {
    case meetings
    case members
    case fiveOnes = "fiveones"
    case dues
    case commitments
    case talks

    /// The title printed on every page and used in file names.
    public var title: String {
        switch self {
        case .meetings: return "三会一课台账"
        case .members: return "党员名册"
        case .fiveOnes: return "“五个一”活动台账"
        case .dues: return "党费收缴登记表"
        case .commitments: return "党员承诺践诺台账"
        case .talks: return "党员提醒谈话记录"
        }
    }

    /// The title without quotation marks, for file names (`五个一活动台账-2026.html`).
    public var fileStem: String {
        title.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "")
    }

    /// What `PrintedLedger.recordCount` counts, for messages: `12 次会议`.
    public var recordUnit: String {
        switch self {
        case .meetings: return "次会议"
        case .members, .dues, .commitments: return "名党员"
        case .fiveOnes: return "个“五个一”模板"
        case .talks: return "个谈话案例"
        }
    }

    /// Talk cases are the secretary's alone and leave the workbench only on explicit request
    /// (DOMAIN.md §4).
    public var isSecretaryOnly: Bool { self == .talks }

    /// `meetings、members、fiveones、dues、commitments、talks`, for usage errors.
    public static var allowedList: String { allCases.map(\.rawValue).joined(separator: "、") }
}

/// The formats an exported ledger is written in.
public enum PrintFormat: String, CaseIterable, Sendable {
    /// One self-contained page set for printing on A4.
    case html
    /// Diff-friendly text for keeping the ledger under version control.
    case markdown = "md"
    /// One row per record for Excel / WPS (written with a BOM by `CSVWriter`).
    case csv

    public var fileExtension: String { rawValue }

    public static var allowedList: String { allCases.map(\.rawValue).joined(separator: "、") }
}

/// What the caller decides about one export.
public struct LedgerPrintOptions: Sendable, Equatable {
    /// The year printed (meetings by their date, dues by the month paid for, commitments by their year).
    public var year: Int
    /// The generation date printed in the footer: injected, never read from the clock.
    public var today: CalendarDate
    /// Full phone and ID numbers (the secretary's `--include-private`); masked otherwise.
    public var includePrivate: Bool

    public init(year: Int, today: CalendarDate, includePrivate: Bool = false) {
        self.year = year
        self.today = today
        self.includePrivate = includePrivate
    }
}
