import Foundation

/// 三会一课 records, one page per held meeting in the customary layout of a paper 会议记录
/// (issue #10): 时间, 地点, 主持人, 记录人, 应到 / 实到 / 请假 / 缺席 with names (请假 with its
/// reason), 议题, 会议记录, 决议, and the votes of a 党员大会 with the threshold that applied
/// (支部工作条例 第十一条). Planned meetings are not records yet and are left out.
enum MeetingPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions) -> (pages: [PrintPage], sheet: [[String]]) {
        let meetings = ledger.meetings
            .filter { $0.state == .held && $0.date.year == options.year }
            .sorted { ($0.date, $0.startTime?.text ?? "", $0.id.uuidString) < ($1.date, $1.startTime?.text ?? "", $1.id.uuidString) }
        var sheet = [header]
        var pages: [PrintPage] = []
        for meeting in meetings {
            pages.append(page(meeting, ledger: ledger))
            sheet.append(row(meeting, ledger: ledger))
        }
        return (pages, sheet)
    }

    static func page(_ meeting: Meeting, ledger: Ledger) -> PrintPage {
        var blocks: [PrintBlock] = [.field("会议类别", meeting.kind.chineseName)]
        if meeting.kind == .groupMeeting {
            blocks.append(.field("党小组", ledger.profile.group(meeting.groupId)?.name ?? "（未指明）"))
        }
        blocks += [
            .field("时间", time(meeting)),
            .field("地点", meeting.place.orDash),
            .field("主持人", meeting.host.orDash),
            .field("记录人", meeting.recorder.orDash),
        ]
        if meeting.kind == .partyLecture || !meeting.lecturer.isEmpty {
            blocks.append(.field("授课人", meeting.lecturer.orDash))
        }
        blocks += [
            .field("应到", "\(meeting.expectedCount) 人"),
            .field("实到", "\(meeting.presentCount) 人：\(names(meeting, .present, ledger))"),
            .field("请假", "\(meeting.excusedCount) 人：\(names(meeting, .excused, ledger))"),
            .field("缺席", "\(meeting.absentCount) 人：\(names(meeting, .absent, ledger))"),
        ]
        if !meeting.observers.isEmpty {
            blocks.append(.field("列席", meeting.observers.joined(separator: "、")))
        }
        blocks.append(.field("议题", meeting.topic.orDash))
        blocks.append(.text("会议记录", meeting.minutes.orDash))
        blocks.append(.text("决议", meeting.resolutions.orDash))
        if !meeting.votes.isEmpty {
            let rule = GeneralMeetingRule(meeting: meeting, ledger: ledger)
            let rows = meeting.votes.enumerated().map { index, vote in
                ["\(index + 1)", vote.motion, "\(vote.votesFor)", "\(vote.votesAgainst)", "\(vote.abstentions)",
                 vote.passed ? "通过" : "未通过"]
            }
            blocks.append(.table(caption: "表决", header: ["序号", "事项", "赞成", "反对", "弃权", "结果"], rows: rows))
            var notes = [rule.threshold]
            notes += meeting.votes.flatMap { rule.check($0) }.map { "注意：\($0.message)" }
            blocks += notes.map(PrintBlock.note)
        }
        return PrintPage(heading: "\(meeting.date.chinese)　\(meeting.kind.chineseName)", blocks: blocks)
    }

    static let header = ["日期", "会议类别", "党小组", "时间", "地点", "主持人", "记录人", "授课人", "议题",
                         "应到", "实到", "请假", "缺席", "出席人员", "请假人员及事由", "缺席人员", "列席",
                         "会议记录", "决议", "表决", "编号"]

    static func row(_ meeting: Meeting, ledger: Ledger) -> [String] {
        [meeting.date.iso, meeting.kind.chineseName,
         meeting.kind == .groupMeeting ? ledger.profile.group(meeting.groupId)?.name ?? "" : "",
         clock(meeting), meeting.place, meeting.host, meeting.recorder, meeting.lecturer, meeting.topic,
         "\(meeting.expectedCount)", "\(meeting.presentCount)", "\(meeting.excusedCount)", "\(meeting.absentCount)",
         names(meeting, .present, ledger, empty: ""), names(meeting, .excused, ledger, empty: ""),
         names(meeting, .absent, ledger, empty: ""), meeting.observers.joined(separator: "、"),
         meeting.minutes, meeting.resolutions, meeting.votes.map(VoteText.format).joined(separator: "\n"),
         meeting.id.uuidString]
    }

    /// 2026年3月17日（星期二）14:30–16:00, as `meeting show` prints it.
    static func time(_ meeting: Meeting) -> String {
        let weekdays = ["一", "二", "三", "四", "五", "六", "日"]
        let text = "\(meeting.date.chinese)（星期\(weekdays[meeting.date.isoWeekday - 1])）"
        let hours = clock(meeting)
        return hours.isEmpty ? text : "\(text) \(hours)"
    }

    private static func clock(_ meeting: Meeting) -> String {
        guard let start = meeting.startTime else { return "" }
        return start.text + (meeting.endTime.map { "–\($0.text)" } ?? "")
    }

    /// The names with that presence in attendance order; 请假 with its reason: 王芳（出差）.
    static func names(_ meeting: Meeting, _ presence: Presence, _ ledger: Ledger, empty: String = "无") -> String {
        let entries = meeting.attendance.filter { $0.presence == presence }
        if entries.isEmpty { return empty }
        return entries.map { entry in
            let name = ledger.memberName(entry.memberId)
            return entry.reason.isEmpty ? name : "\(name)（\(entry.reason)）"
        }.joined(separator: "、")
    }
}
