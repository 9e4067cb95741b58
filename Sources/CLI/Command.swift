import Foundation

/// One `branchdesk` subcommand. `help` is generated from these fields, so usage text
/// cannot drift from what the command accepts.
public struct Command: Sendable {
    public let name: String
    /// One line for the command list.
    public let summary: String
    /// Usage lines and option descriptions for `branchdesk help NAME`.
    public let usage: String
    /// Hidden commands (developer tools) are left out of `--help`.
    public let hidden: Bool
    /// Runs the command and returns the exit status.
    public let run: @Sendable ([String], CommandContext) throws -> Int32

    public init(name: String, summary: String, usage: String, hidden: Bool = false,
                run: @escaping @Sendable ([String], CommandContext) throws -> Int32) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.hidden = hidden
        self.run = run
    }
}
