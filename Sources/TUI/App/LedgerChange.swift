import Foundation
import Model

/// A change the user asked to save: applied to the store first, to the in-memory ledger
/// only once the store says it is on disk (so the screen never shows an unsaved record as saved).
public enum LedgerChange: Equatable, Sendable {
    case saveMeeting(Meeting, previous: Meeting?)
    case deleteMeeting(Meeting)
    /// A new or edited member file, or one moved through the pipeline; members are never deleted.
    case saveMember(Member, previous: Member?)
    /// A liaison task, e.g. with one more entry in its reminder log.
    case saveTask(LiaisonTask)

    /// A short Chinese confirmation for the message line.
    public var doneMessage: String {
        switch self {
        case .saveMeeting(let meeting, let previous):
            return "\(previous == nil ? "已保存新" : "已保存")\(meeting.kind.chineseName)记录（\(meeting.date.iso)）。"
        case .deleteMeeting(let meeting):
            return "已删除 \(meeting.date.iso) 的\(meeting.kind.chineseName)记录。"
        case .saveMember(let member, let previous):
            guard let previous else { return "已保存新党员档案：\(member.name)（\(member.statusLabel)）。" }
            // A pipeline move adds exactly one event: name it.
            let before = Set(previous.timeline.map(\.id))
            let added = member.timeline.filter { !before.contains($0.id) }
            if added.count == 1, let event = added.first {
                return "已登记：\(member.name) \(event.date.iso) \(event.kind.chineseName)，现为\(member.statusLabel)。"
            }
            return "已保存\(member.name)的党员档案。"
        case .saveTask(let task):
            guard let last = task.reminders.last else { return "已保存任务“\(task.title)”。" }
            return "已记录：\(last.date.iso) \(last.how)提醒\(last.whom)（\(task.title)）。"
        }
    }
}

extension Ledger {
    /// Applies a change that the store has already written.
    public mutating func apply(_ change: LedgerChange) {
        switch change {
        case .saveMeeting(let meeting, _):
            if let index = meetings.firstIndex(where: { $0.id == meeting.id }) {
                meetings[index] = meeting
            } else {
                meetings.append(meeting)
            }
        case .deleteMeeting(let meeting):
            meetings.removeAll { $0.id == meeting.id }
        case .saveMember(let member, _):
            if let index = members.firstIndex(where: { $0.id == member.id }) {
                members[index] = member
            } else {
                members.append(member)
            }
        case .saveTask(let task):
            if let index = tasks.firstIndex(where: { $0.id == task.id }) {
                tasks[index] = task
            } else {
                tasks.append(task)
            }
        }
    }
}
