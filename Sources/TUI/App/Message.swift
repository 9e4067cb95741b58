import Foundation
import Model

/// What happens to the app: a key, a resize, a save that finished or failed.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case saved(LedgerChange)
    case saveFailed(String)
    case loadedYear(LedgerYear)
    case documentWritten(String)
    case pinSet(String)
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
}
