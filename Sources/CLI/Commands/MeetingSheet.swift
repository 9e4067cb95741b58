import Foundation
import Model

/// One meeting laid out the way a paper 会议记录 is: 时间, 地点, 主持人, 记录人, attendance with
/// names, 议题, 会议记录, 决议, and for a general meeting the votes with the threshold that
/// applies (支部工作条例 第十一条).
enum MeetingSheet {
    static func lines(_ meeting: Meeting, ledger: Ledger) -> [String] {
        var lines = ["\(meeting.kind.chineseName)（\(meeting.state.chineseName)）"]
        if meeting.kind == .groupMeeting {
            lines.append("党小组：\(ledger.profile.group(meeting.groupId)?.name ?? "（未指明）")")
        }
        lines.append("时间：\(time(meeting))")
        lines.append("地点：\(orDash(meeting.place))")
        lines.append("主持人：\(orDash(meeting.host))　记录人：\(orDash(meeting.recorder))")
        if meeting.kind == .partyLecture || !meeting.lecturer.isEmpty {
            lines.append("授课人：\(orDash(meeting.lecturer))")
        }
        lines.append("应到 \(meeting.expectedCount) 人，实到 \(meeting.presentCount) 人，请假 \(meeting.excusedCount) 人，缺席 \(meeting.absentCount) 人")
        lines.append("出席：\(names(meeting, .present, ledger))")
        lines.append("请假：\(names(meeting, .excused, ledger))")
        lines.append("缺席：\(names(meeting, .absent, ledger))")
        if !meeting.observers.isEmpty {
            lines.append("列席：\(meeting.observers.joined(separator: "、"))")
        }
        lines.append("议题：\(meeting.topic)")
        lines += block("会议记录", meeting.minutes)
        lines += block("决议", meeting.resolutions)
        if !meeting.votes.isEmpty {
            let rule = GeneralMeetingRule(meeting: meeting, ledger: ledger)
            lines.append("表决：")
            lines.append("  \(rule.threshold)")
            for (index, vote) in meeting.votes.enumerated() {
                lines.append("  \(index + 1). \(vote.motion)：赞成 \(vote.votesFor) 票，反对 \(vote.votesAgainst) 票，弃权 \(vote.abstentions) 票，\(vote.passed ? "通过" : "未通过")")
                // A recorded outcome that contradicts the counts is shown where it is read.
                for error in rule.check(vote) { lines.append("     注意：\(error.message)") }
            }
        }
        lines.append("编号：\(meeting.id.uuidString)")
        return lines
    }

    /// 2026年3月17日（星期二）14:30–16:00.
    static func time(_ meeting: Meeting) -> String {
        let weekdays = ["一", "二", "三", "四", "五", "六", "日"]
        var text = "\(meeting.date.chinese)（星期\(weekdays[meeting.date.isoWeekday - 1])）"
        if let start = meeting.startTime {
            text += " \(start.text)" + (meeting.endTime.map { "–\($0.text)" } ?? "")
        }
        return text
    }

    private static func names(_ meeting: Meeting, _ presence: Presence, _ ledger: Ledger) -> String {
        let entries = meeting.attendance.filter { $0.presence == presence }
        if entries.isEmpty { return "无" }
        return entries.map { entry in
            let name = ledger.memberName(entry.memberId)
            return entry.reason.isEmpty ? name : "\(name)（\(entry.reason)）"
        }.joined(separator: "、")
    }

    /// A heading and the text indented under it, line breaks kept.
    private static func block(_ heading: String, _ text: String) -> [String] {
        guard !text.isEmpty else { return ["\(heading)：无"] }
        return ["\(heading)："] + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
    }

    private static func orDash(_ text: String) -> String { text.isEmpty ? "—" : text }
}
