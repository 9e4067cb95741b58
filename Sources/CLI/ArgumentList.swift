import Foundation

/// A command's own arguments, read flag by flag; whatever is left over is a usage error.
public struct ArgumentList {
    private var remaining: [String]
    private let command: String

    public init(_ arguments: [String], command: String) {
        self.remaining = arguments
        self.command = command
    }

    /// The value of `--flag VALUE` or `--flag=VALUE`, removed from the list.
    public mutating func value(_ flag: String) throws -> String? {
        if let i = remaining.firstIndex(where: { $0.hasPrefix(flag + "=") }) {
            let text = String(remaining.remove(at: i).dropFirst(flag.count + 1))
            return text
        }
        guard let i = remaining.firstIndex(of: flag) else { return nil }
        guard i + 1 < remaining.count else { throw UsageError("\(flag) 后面需要一个值。") }
        let text = remaining[i + 1]
        remaining.removeSubrange(i...(i + 1))
        return text
    }

    /// Whether `--flag` was given, removed from the list.
    public mutating func flag(_ flag: String) -> Bool {
        guard let i = remaining.firstIndex(of: flag) else { return false }
        remaining.remove(at: i)
        return true
    }

    /// The next positional argument, if any.
    public mutating func positional() -> String? {
        guard let i = remaining.firstIndex(where: { !$0.hasPrefix("--") }) else { return nil }
        return remaining.remove(at: i)
    }

    /// Fails on anything not consumed, naming it and pointing at the command's help.
    public func finish() throws {
        if let i = remaining.firstIndex(of: "--format"), i + 1 < remaining.count {
            throw UsageError("branchdesk \(command) 的 --format 只能是 text 或 json，而不是“\(remaining[i + 1])”。")
        }
        if let stray = remaining.first {
            throw UsageError("branchdesk \(command) 不认识“\(stray)”。用 branchdesk help \(command) 查看用法。")
        }
    }
}
