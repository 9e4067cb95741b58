import Foundation

/// What is coming up or overdue across the ledgers, for the 工作台 overview.
///
/// A first cut of the reminder engine (issue #7 extends it with cadence, dues and
/// inactivity rules): planned meetings, liaison tasks, talk-case follow-ups and deadlines,
/// probation ends and the committee term end. Private reminders for the secretary, never
/// a ranking (DOMAIN.md §2).
public struct AgendaItem: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case meeting(UUID)
        case task(UUID)
        case talk(UUID)
        case member(UUID)
        case branch
    }

    public var date: CalendarDate
    public var title: String
    public var source: Source
    /// Talk cases are shown only to the secretary.
    public var isPrivate: Bool

    public func isOverdue(today: CalendarDate) -> Bool { date < today }
}

public enum Agenda {
    /// Items due within `days` of `today`, and everything overdue, oldest first.
    public static func items(in ledger: Ledger, today: CalendarDate, days: Int = 30) -> [AgendaItem] {
        let horizon = today.adding(days: days)
        var items: [AgendaItem] = []
        for meeting in ledger.meetings where meeting.state == .planned && meeting.date <= horizon {
            let late = meeting.date < today ? "（已过计划日期，尚未记录）" : ""
            items.append(AgendaItem(date: meeting.date, title: "计划召开\(meeting.kind.chineseName)：\(meeting.topic)\(late)",
                                    source: .meeting(meeting.id), isPrivate: false))
        }
        for task in ledger.tasks where task.isOpen && task.due <= horizon {
            items.append(AgendaItem(date: task.due, title: "联络任务\(task.kind.chineseName)：\(task.title)",
                                    source: .task(task.id), isPrivate: false))
        }
        for talk in ledger.talkCases where talk.isOpen {
            guard let entry = talk.latestEntry else { continue }
            let name = ledger.memberName(talk.memberId)
            if let followUp = entry.followUp, followUp <= horizon {
                items.append(AgendaItem(date: followUp, title: "提醒谈话跟进：\(name)（\(entry.stage.chineseName)）",
                                        source: .talk(talk.id), isPrivate: true))
            }
            if let deadline = entry.deadline, deadline <= horizon {
                items.append(AgendaItem(date: deadline, title: "限期改正到期：\(name)", source: .talk(talk.id), isPrivate: true))
            }
        }
        for member in ledger.members where member.status == .probationary {
            // 预备期一年，从支部大会通过之日算起；延长的，以最近一次延长为准 (DOMAIN.md §3).
            guard let end = ProbationRule.end(of: member), end <= horizon else { continue }
            items.append(AgendaItem(date: end, title: "预备期满：\(member.name)，支部大会须讨论其转正",
                                    source: .member(member.id), isPrivate: false))
        }
        if let termEnd = ledger.profile.termEnd, termEnd <= today.adding(months: 6) {
            items.append(AgendaItem(date: termEnd, title: "支委会任期届满，须按期换届选举", source: .branch, isPrivate: false))
        }
        return items.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
    }
}

/// Probation: one year from the admission vote; may be extended once by 6–12 months (DOMAIN.md §3).
public enum ProbationRule {
    /// When the member's probation ends, counting a recorded extension.
    public static func end(of member: Member) -> CalendarDate? {
        guard let joined = member.joinedDate else { return nil }
        var end = joined.adding(years: 1)
        if let months = member.timeline.last(where: { $0.kind == .probationExtended })?.extensionMonths {
            end = end.adding(months: months)
        }
        return end
    }
}
