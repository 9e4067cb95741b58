import Foundation
import Model

/// Options every command and the TUI accept, wherever they appear on the command line.
public struct GlobalOptions: Equatable, Sendable {
    public var dataDir: String?
    public var today: CalendarDate?
    public var noColor = false
    public var demo = false
    public var readOnly = false
    public var format: OutputFormat = .text
    /// `--as secretary|liaison|member NAME`; the secretary by default.
    public var role: RoleRequest = .secretary

    public init() {}
}

/// The role asked for on the command line, before a member name is resolved to a file.
public enum RoleRequest: Equatable, Sendable {
    case secretary
    case liaison
    case member(String)
}

public enum OutputFormat: String, Sendable {
    case text
    case json
}

/// What the command line asks for.
public enum Invocation: Equatable, Sendable {
    /// Open the terminal workbench.
    case workbench(GlobalOptions)
    case command(name: String, arguments: [String], options: GlobalOptions)
    case version
    case help(topic: String?)
}

/// A usage error: exit 2 with a message saying what is wrong and what is allowed.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
