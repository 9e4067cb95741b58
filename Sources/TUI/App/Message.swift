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
    /// The journal entry `u` would revert, to be confirmed (issue #9).
    case undoPlanned(JournalEntry)
    /// An undo written; the ledger re-read from disk for the years the workbench holds.
    case undone(JournalEntry, Ledger)
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
    /// Find the change `u` would revert; answered with `.undoPlanned` or `.saveFailed`.
    case planUndo
    /// Revert a journal entry; answered with `.undone` or `.saveFailed`.
    case undo(UUID)
}
