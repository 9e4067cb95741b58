import Foundation

/// A task on the liaison's ledger (DOMAIN.md §6): report up, remind the branch, check on members.
public struct LiaisonTask: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var title: String
    /// 文号, e.g. 机关党委〔2026〕12号.
    public var source: String
    public var kind: TaskKind
    public var due: CalendarDate
    /// Members it concerns.
    public var concerns: [UUID]
    public var status: TaskStatus
    /// Each time the liaison reminded someone.
    public var reminders: [ReminderLogEntry]
    /// Monthly tasks (信息报送) are stored once per month, keyed by this series id, never duplicated.
    public var recurrence: TaskRecurrence?
    public var note: String

    public init(id: UUID = UUID(), title: String, source: String = "", kind: TaskKind, due: CalendarDate,
                concerns: [UUID] = [], status: TaskStatus = .todo, reminders: [ReminderLogEntry] = [],
                recurrence: TaskRecurrence? = nil, note: String = "") {
        self.id = id
        self.title = title
        self.source = source
        self.kind = kind
        self.due = due
        self.concerns = concerns
        self.status = status
        self.reminders = reminders
        self.recurrence = recurrence
        self.note = note
    }

    public var isOpen: Bool { status == .todo || status == .reminded }
}

public enum TaskKind: String, Codable, Sendable, CaseIterable {
    /// 报送: report up to the organ committee.
    case report
    /// 提醒: remind the branch.
    case remind
    /// 督查: check on members.
    case inspect

    public var chineseName: String {
        switch self {
        case .report: return "报送"
        case .remind: return "提醒"
        case .inspect: return "督查"
        }
    }
}

public enum TaskStatus: String, Codable, Sendable, CaseIterable {
    case todo
    case reminded
    case done
    case reported

    public var chineseName: String {
        switch self {
        case .todo: return "待办"
        case .reminded: return "已提醒"
        case .done: return "已完成"
        case .reported: return "已报送"
        }
    }
}

/// One reminder the liaison gave: whom, of what, how (电话, 当面, 微信 …).
public struct ReminderLogEntry: Codable, Hashable, Sendable {
    public var date: CalendarDate
    public var whom: String
    public var what: String
    public var how: String

    public init(date: CalendarDate, whom: String, what: String, how: String) {
        self.date = date
        self.whom = whom
        self.what = what
        self.how = how
    }
}

/// A recurring series: one task per month, identified by `seriesId` so re-generation never duplicates.
public struct TaskRecurrence: Codable, Hashable, Sendable {
    public var seriesId: UUID
    public var period: PeriodKind
    /// Day of the period the task falls due (e.g. the 5th of each month).
    public var dueDay: Int

    public init(seriesId: UUID, period: PeriodKind = .month, dueDay: Int) {
        self.seriesId = seriesId
        self.period = period
        self.dueDay = dueDay
    }
}
