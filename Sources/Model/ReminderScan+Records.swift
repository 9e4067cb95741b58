import Foundation

extension ReminderScan {
    /// `term-end`: 机关 committees serve three years (`BranchProfile.termYears`); warned six months
    /// ahead (DOMAIN.md §3), open until a new term start is recorded.
    mutating func termEnd() {
        let profile = ledger.profile
        guard let end = profile.termEnd,
              shows(end, noticeFrom: end.adding(months: -ReminderEngine.termNoticeMonths)) else { return }
        let title = end < today
            ? "支委会任期已于 \(Self.day(end)) 届满（任期 \(profile.termYears) 年），须尽快换届选举"
            : "支委会任期将于 \(Self.day(end)) 届满（任期 \(profile.termYears) 年），须提前做好换届选举准备"
        add(.termEnd, due: end, title, key: "term-end/\(profile.id.uuidString)/\(end.iso)", ref: profile.id)
    }

    /// `talk-deadline` and `talk-follow-up`: the 限期改正 deadline and the follow-up date of an open
    /// case's latest entry in force (DOMAIN.md §4). Only called for the secretary.
    mutating func talks() {
        for talk in ledger.talkCases where talk.isOpen {
            guard let entry = talk.latestEntry else { continue }
            let name = ledger.memberName(talk.memberId)
            if let deadline = entry.deadline, shows(deadline) {
                add(.talkDeadline, due: deadline, "\(name)限期改正到期（\(entry.stage.chineseName)）",
                    key: "talk-deadline/\(talk.id.uuidString)/\(entry.id.uuidString)", member: talk.memberId, ref: talk.id)
            }
            if let followUp = entry.followUp, shows(followUp) {
                add(.talkFollowUp, due: followUp, "\(name)提醒谈话跟进（\(entry.stage.chineseName)）",
                    key: "talk-follow-up/\(talk.id.uuidString)/\(entry.id.uuidString)", member: talk.memberId, ref: talk.id)
            }
        }
    }

    /// `task-due`: open liaison tasks (待办, 已提醒), overdue until done or reported.
    mutating func tasks() {
        for task in ledger.tasks where task.isOpen && shows(task.due) {
            var title = "联络任务（\(task.kind.chineseName)）：\(task.title)"
            if !task.source.isEmpty { title += "（\(task.source)）" }
            if !task.reminders.isEmpty { title += "，已提醒 \(task.reminders.count) 次" }
            add(.taskDue, due: task.due, title, key: "task-due/\(task.id.uuidString)",
                member: task.concerns.count == 1 ? task.concerns[0] : nil, ref: task.id)
        }
    }

    /// `commitment-review`: a member's pledges of a year are reviewed at year end alongside the
    /// democratic review (DOMAIN.md §7). Due 31 December, shown from 1 December, overdue until a
    /// review is recorded (within the look-back).
    mutating func commitments() {
        for commitment in ledger.commitments where commitment.review == nil {
            guard let due = CalendarDate(year: commitment.year, month: 12, day: 31),
                  let member = ledger.member(commitment.memberId), member.isOnRoll,
                  withinLookback(due), shows(due, noticeFrom: CalendarDate(year: commitment.year, month: 12, day: 1)) else { continue }
            add(.commitmentReview, due: due, "\(member.name) \(commitment.year) 年承诺尚未年终评议（与民主评议一并进行）",
                key: "commitment-review/\(commitment.id.uuidString)", member: member.id, ref: commitment.id)
        }
    }
}
