import Foundation

/// A ledger laid out for print, independent of the output format: pages of labelled fields,
/// multi-line texts and tables, plus the rows of its CSV sheet. `LedgerHTML` and
/// `LedgerMarkdown` draw the pages; the CSV rows go through Persistence's `CSVWriter`.
///
/// Building the layout once and drawing it twice keeps HTML and Markdown saying the same
/// thing in the same order (issue #10: one record, printed from what was recorded once).
public struct PrintedLedger: Sendable, Equatable {
    public var kind: PrintedLedgerKind
    /// 党支部名称, printed in every page header.
    public var branch: String
    public var year: Int
    /// The generation date (footer).
    public var generatedOn: CalendarDate
    /// One page per record (meeting, member, adoption, commitment, case); a register is one page.
    public var pages: [PrintPage]
    /// The CSV sheet: the header row first, then one row per record.
    public var sheet: [[String]]

    public init(kind: PrintedLedgerKind, branch: String, year: Int, generatedOn: CalendarDate,
                pages: [PrintPage], sheet: [[String]]) {
        self.kind = kind
        self.branch = branch
        self.year = year
        self.generatedOn = generatedOn
        self.pages = pages
        self.sheet = sheet
    }

    /// How many records were printed: meetings, members, adoptions, members with dues,
    /// commitments or cases (see `PrintedLedgerKind.recordUnit`).
    public var recordCount: Int {
        switch kind {
        case .members: return max(0, pages.count - 1)  // the first page is the roster table
        case .dues:
            guard case .table(_, _, let rows)? = pages.first?.blocks.first else { return 0 }
            return rows.count
        case .meetings, .fiveOnes, .commitments, .talks: return pages.count
        }
    }

    /// `三会一课台账（2026年）`.
    public var title: String { "\(kind.title)（\(year)年）" }
}

/// One printed page (a page break follows it in HTML).
public struct PrintPage: Sendable, Equatable {
    public var heading: String
    public var blocks: [PrintBlock]
    /// Printed on A4 landscape: a register of twelve month columns does not fit upright.
    public var isWide: Bool

    public init(heading: String, blocks: [PrintBlock], isWide: Bool = false) {
        self.heading = heading
        self.blocks = blocks
        self.isWide = isWide
    }
}

/// A piece of a page.
public enum PrintBlock: Sendable, Equatable {
    /// `时间：2026年3月17日`: a label and a one-line value.
    case field(String, String)
    /// A heading and a text whose line breaks are kept (会议记录, 决议).
    case text(String, String)
    /// A table with a caption (may be empty), header cells and rows.
    case table(caption: String, header: [String], rows: [[String]])
    /// A short remark printed in small type (legends, why something is masked).
    case note(String)
}

extension String {
    /// The text, or `—` when empty: a blank in a printed ledger looks like a forgotten field.
    var orDash: String {
        trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "—" : self
    }
}
