import Foundation

/// Who is using the workbench. Only the secretary edits the ledgers and sees talk cases
/// (DOMAIN.md §4); the liaison sees what a liaison needs (DOMAIN.md §6); a member sees their
/// own record only (DOMAIN.md §7).
public enum Role: Hashable, Sendable {
    case secretary
    case liaison
    case member(UUID)

    public var chineseName: String {
        switch self {
        case .secretary: return "书记"
        case .liaison: return "联络员"
        case .member: return "党员"
        }
    }

    /// Talk cases are the secretary's alone: never in lists, search, reminders or exports of other roles.
    public var seesTalks: Bool { self == .secretary }

    /// Meetings, member files and talk cases are edited by the secretary only.
    public var editsLedgers: Bool { self == .secretary }

    /// The liaison keeps the task ledger and its reminder log.
    public var keepsTasks: Bool { self == .secretary || self == .liaison }

    /// ID numbers and phones may be revealed on request by the secretary only.
    public var mayRevealPrivateNumbers: Bool { self == .secretary }
}
