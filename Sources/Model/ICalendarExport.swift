import Foundation

/// Builds the calendar a phone imports from a ledger: planned meetings from today through the
/// horizon and the reminders `ReminderEngine` gives. Talk cases stay out unless the secretary
/// explicitly asks (`includeTalks`): a phone calendar is not private (DOMAIN.md §4), so talk
/// reminders passed in by mistake are dropped.
public enum ICalendarExport {
    public static func calendar(ledger: Ledger, reminders: [Reminder], today: CalendarDate, horizonDays: Int,
                                includeTalks: Bool = false) -> ICalendar {
        let branch = ledger.profile.id.uuidString.lowercased()
        let horizon = today.adding(days: max(horizonDays, 0))
        var events: [ICalendarEvent] = []
        let planned = ledger.meetings.filter { $0.state == .planned && today <= $0.date && $0.date <= horizon }
            .sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
        for meeting in planned {
            var summary = "\(meeting.kind.shortName)：\(meeting.topic)"
            if let group = ledger.profile.group(meeting.groupId) { summary = "\(group.name)\(summary)" }
            var details = ["计划召开\(meeting.kind.chineseName)", "议题：\(meeting.topic)"]
            if let start = meeting.startTime {
                details.append("时间：\(start.text)" + (meeting.endTime.map { "–\($0.text)" } ?? ""))
            }
            if !meeting.host.isEmpty { details.append("主持人：\(meeting.host)") }
            if !meeting.lecturer.isEmpty { details.append("授课人：\(meeting.lecturer)") }
            events.append(ICalendarEvent(uid: uid("meeting/\(meeting.id.uuidString)", branch: branch), date: meeting.date,
                                         summary: summary, description: details.joined(separator: "\n"),
                                         location: meeting.place, categories: ["三会一课"]))
        }
        for reminder in reminders where includeTalks || !reminder.rule.isTalk {
            var details = ["\(reminder.rule.chineseName)，\(reminder.severity.chineseName)", "到期：\(reminder.due.iso)"]
            if let name = reminder.memberName { details.append("党员：\(name)") }
            if let group = reminder.groupName { details.append("党小组：\(group)") }
            events.append(ICalendarEvent(uid: uid(reminder.key, branch: branch), date: reminder.due, summary: reminder.title,
                                         description: details.joined(separator: "\n"), categories: [reminder.rule.chineseName]))
        }
        return ICalendar(name: "\(ledger.profile.name) 提醒", stamp: today, events: events)
    }

    /// `cadence.committee-meeting.branch.2026-01@branchdesk-<branch id>`: the key with every
    /// character outside letters, digits, `-` and `.` turned into `.`, scoped by the branch, so
    /// two branches' calendars on one phone never collide.
    static func uid(_ key: String, branch: String) -> String {
        let safe = String(key.unicodeScalars.map { scalar -> Character in
            (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == ".")) ? Character(scalar) : "."
        })
        return "\(safe)@branchdesk-\(branch)"
    }
}
