import Foundation
import Model
import Persistence

/// What happens to the app: a key, a resize, a save that finished or failed.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case saved(LedgerChange)
    case saveFailed(String)
    case loadedYear(LedgerYear)
    case documentWritten(String)
    case pinSet(String)
    /// 年度自评: the rubric and hand scores read (with the year's records when not loaded yet).
    case assessmentLoaded(AssessmentSetup, records: LedgerYear?)
    case assessmentScoreSaved(AssessmentScores, item: String)
    case assessmentFailed(String)
    /// A ledger export finished: where it went (issue #10).
    case ledgerExported(String)
    /// The journal entry `u` would revert, to be confirmed (issue #9).
    case undoPlanned(JournalEntry)
    /// An undo written; the ledger re-read from disk for the years the workbench holds.
    case undone(JournalEntry, Ledger)
    /// Files changed outside the workbench were read again (issue #9): the fresh ledger, the
    /// files, and the problems of any that can no longer be read (their old records kept).
    case reloaded(Ledger, files: [String], unreadable: [String])
}

/// What `update` asks the runtime to do; plain data so tests can assert it.
public enum Effect: Equatable, Sendable {
    case quit
    /// Write a change to the store; the runtime answers with `.saved` or `.saveFailed`.
    case save(LedgerChange)
    /// Read a year the workbench has not loaded; answered with `.loadedYear`.
    case loadYear(Int)
    /// Write a document the user asked for; answered with `.documentWritten` or `.saveFailed`.
    case writeDocument(path: String, text: String)
    /// Store a PIN's salted hash for a role; answered with `.pinSet` or `.saveFailed`.
    case setPin(Role, String)
    /// The offered draft was restored or dropped: remove the file it was kept in.
    case clearDraft
    /// 年度自评: read the rubric and the year's hand scores; answered with `.assessmentLoaded`
    /// or `.assessmentFailed`.
    case loadAssessment(year: Int, withRecords: Bool)
    /// Record a hand score; answered with `.assessmentScoreSaved` or `.assessmentFailed`.
    case saveAssessmentScore(year: Int, item: String, points: Double, note: String)
    /// Print a ledger to a file; answered with `.ledgerExported` or `.saveFailed`.
    case exportLedger(LedgerExportRequest)
    /// Find the change `u` would revert; answered with `.undoPlanned` or `.saveFailed`.
    case planUndo
    /// Revert a journal entry; answered with `.undone` or `.saveFailed`.
    case undo(UUID)
}
