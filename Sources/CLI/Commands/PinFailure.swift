import Foundation

/// A PIN command that cannot go on (exit 1): PINs that do not match, a PIN
/// outside the rule, nothing read, an unreadable pins.json. The message says what
/// is wrong and what to do.
struct PinFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
