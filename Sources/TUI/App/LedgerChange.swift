import Foundation
import Model

/// A change the user asked to save: applied to the store first, to the in-memory ledger
/// only once the store says it is on disk (so the screen never shows an unsaved record as saved).
public enum LedgerChange: Equatable, Sendable {
    case saveMeeting(Meeting, previous: Meeting?)
    /// Deleting a meeting also settles the five-ones logs linked to it (kept as standalone
    /// records or deleted, as the secretary chose): nothing dangles silently (issue #5).
    case deleteMeeting(Meeting, logChanges: FiveOnesLink.Changes)
    case saveFiveOnesLog(FiveOnesLog)
    /// A member's own progress entry or self-assessment, or the secretary's review.
    case saveCommitment(Commitment)
    /// A talk case opened, a stage appended (append-only) or the case closed: secretary only.
    case saveTalk(TalkCase)
    case saveFiveOnesTemplate(FiveOnesTemplate)
    case saveFiveOnesAdoption(FiveOnesAdoption)
    /// A new or edited member file, or one moved through the pipeline; members are never deleted.
    case saveMember(Member, previous: Member?)
    /// A liaison task, e.g. with one more entry in its reminder log.
    case saveTask(LiaisonTask)

    /// A short Chinese confirmation for the message line.
    public var doneMessage: String {
        switch self {
        case .saveMeeting(let meeting, let previous):
            return "\(previous == nil ? "已保存新" : "已保存")\(meeting.kind.chineseName)记录（\(meeting.date.iso)）。"
        case .deleteMeeting(let meeting, let logs):
            let kept = logs.save.isEmpty ? "" : "关联的 \(logs.save.count) 条“五个一”记录已改为独立记录。"
            let gone = logs.delete.isEmpty ? "" : "关联的 \(logs.delete.count) 条“五个一”记录已一并删除。"
            return "已删除 \(meeting.date.iso) 的\(meeting.kind.chineseName)记录。\(kept)\(gone)"
        case .saveCommitment(let commitment):
            return "已保存 \(commitment.year) 年承诺的记录。"
        case .saveTalk(let talk):
            if let closure = talk.closure { return "已结案：\(closure.date.iso)，\(closure.reason)。" }
            guard let entry = talk.entries.last else { return "已新建提醒谈话案例。" }
            return "已记录：\(entry.date.iso) \(entry.stage.chineseName)（\(entry.outcome.chineseName)）。"
        case .saveFiveOnesLog(let log):
            return "已记录“五个一”：\(log.date.iso)（\(log.period.chinese)）\(log.meetingId == nil ? "" : "，关联会议记录")。"
        case .saveFiveOnesTemplate(let template):
            return "已保存“五个一”模板“\(template.name)”（\(template.items.count) 项，\(template.period.chineseName)）。按 a 为某个期间开展。"
        case .saveFiveOnesAdoption(let adoption):
            return "已开展：\(adoption.period.chinese)。"
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
        case .deleteMeeting(let meeting, let logs):
            meetings.removeAll { $0.id == meeting.id }
            let removed = Set(logs.delete.map(\.id))
            fiveOnesLogs.removeAll { removed.contains($0.id) }
            for log in logs.save { upsert(log, in: &fiveOnesLogs) }
        case .saveFiveOnesLog(let log):
            upsert(log, in: &fiveOnesLogs)
        case .saveCommitment(let commitment):
            upsert(commitment, in: &commitments)
        case .saveTalk(let talk):
            upsert(talk, in: &talkCases)
        case .saveFiveOnesTemplate(let template):
            upsert(template, in: &fiveOnesTemplates)
        case .saveFiveOnesAdoption(let adoption):
            upsert(adoption, in: &fiveOnesAdoptions)
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

    private func upsert<R: Identifiable>(_ record: R, in records: inout [R]) where R.ID == UUID {
        if let index = records.firstIndex(where: { $0.id == record.id }) {
            records[index] = record
        } else {
            records.append(record)
        }
    }
}
