import Foundation

/// A five-ones command that cannot go on (exit 1): a template or record not found or
/// ambiguous, a file that cannot be read. The message says what is wrong and what to do.
struct FiveOnesFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
