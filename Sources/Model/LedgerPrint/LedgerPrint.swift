import Foundation

/// Print-ready ledgers (台账) from the records already kept (issue #10): the entry point.
///
/// `document` lays out one kind for one year; `LedgerHTML.render` and `LedgerMarkdown.render`
/// draw it; `PrintedLedger.sheet` is the CSV (written with a BOM by Persistence's `CSVWriter`).
/// Pure: the year, today and the privacy choice come in as `LedgerPrintOptions`, and the caller
/// decides who may ask for which kind.
public enum LedgerPrint {
    /// `duesTrackedFrom`: the first month the branch keeps dues records for, when the caller
    /// loaded only this year's dues (earlier years decide it; see `DuesLedger.trackedFrom`).
    public static func document(_ kind: PrintedLedgerKind, ledger: Ledger, options: LedgerPrintOptions,
                                duesTrackedFrom: YearMonth? = nil) -> PrintedLedger {
        let built: (pages: [PrintPage], sheet: [[String]])
        switch kind {
        case .meetings: built = MeetingPages.build(ledger, options: options)
        case .members: built = RosterPages.build(ledger, options: options)
        case .fiveOnes: built = FiveOnesPages.build(ledger, options: options)
        case .dues: built = DuesPages.build(ledger, options: options, trackedFrom: duesTrackedFrom)
        case .commitments: built = CommitmentPages.build(ledger, options: options)
        case .talks: built = TalkPages.build(ledger, options: options)
        }
        return PrintedLedger(kind: kind, branch: ledger.profile.name, year: options.year, generatedOn: options.today,
                             pages: built.pages, sheet: built.sheet)
    }

    /// The text of an HTML or Markdown export; nil for CSV, which is `document.sheet` written
    /// as bytes with a BOM by `CSVWriter`.
    public static func text(_ document: PrintedLedger, format: PrintFormat) -> String? {
        switch format {
        case .html: return LedgerHTML.render(document)
        case .markdown: return LedgerMarkdown.render(document)
        case .csv: return nil
        }
    }

    /// The customary file name: `三会一课台账-2026.html`.
    public static func fileName(_ kind: PrintedLedgerKind, year: Int, format: PrintFormat) -> String {
        "\(kind.fileStem)-\(year).\(format.fileExtension)"
    }
}
