import Foundation

/// Several broken rules at once, as the failure of a `Result` (an array cannot be an `Error`).
public struct ValidationErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [ValidationError]

    public init(_ errors: [ValidationError]) {
        self.errors = errors
    }

    /// One message per line.
    public var description: String { errors.map(\.message).joined(separator: "\n") }
}
