import Foundation

/// A commitment command that cannot go on (exit 1): a rule broken (nothing saved), no
/// commitment to add to, an unreadable file. The message says what is wrong and what to do.
struct CommitmentFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
