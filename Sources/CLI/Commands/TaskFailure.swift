import Foundation

/// A task or export command that cannot go on (exit 1): a task not found or ambiguous, an unknown member,
/// a closed task, an unreadable file. The message says what is wrong and what to do.
struct TaskFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
