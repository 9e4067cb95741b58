import Foundation

/// A meeting or cadence command that cannot go on (exit 1): a record not found, an ambiguous
/// id, a file that cannot be read. The message says what is wrong and what to do.
struct MeetingFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
