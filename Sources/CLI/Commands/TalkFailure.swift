import Foundation

/// A talk command that cannot go on (exit 1): a record refused by the ladder's rules, a case or
/// entry not found or ambiguous, an unknown member, a file that cannot be read or written.
/// The message says what is wrong and what to do.
struct TalkFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
