import Foundation
import Model

/// The seven sections of the workbench, switched with digits 1–7 and Tab.
public enum Section: Int, CaseIterable, Sendable {
    case dashboard = 1
    case meetings
    case members
    case fiveOnes
    case talks
    case tasks
    case commitments

    public var title: String {
        switch self {
        case .dashboard: return "工作台"
        case .meetings: return "三会一课"
        case .members: return "党员"
        case .fiveOnes: return "五个一"
        case .talks: return "提醒谈话"
        case .tasks: return "联络任务"
        case .commitments: return "承诺"
        }
    }

    public var next: Section { Section(rawValue: rawValue % Section.allCases.count + 1)! }
    public var previous: Section { Section(rawValue: (rawValue + Section.allCases.count - 2) % Section.allCases.count + 1)! }

    /// The sections a role may open: the liaison works with tasks and reminders and looks at
    /// meetings and the (masked) member list; talk cases are the secretary's alone (DOMAIN.md §4, §6).
    public static func visible(to role: Role) -> [Section] {
        switch role {
        case .secretary: return allCases
        case .liaison: return [.dashboard, .meetings, .members, .tasks]
        case .member: return [.dashboard]
        }
    }
}
