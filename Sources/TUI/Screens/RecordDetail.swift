import Foundation
import Model

/// The read-only page shown when Enter opens a record: every field, in the order a paper form has them.
enum RecordDetail {
    static func page(for ref: RecordRef, ledger: Ledger, today: CalendarDate) -> (title: String, text: String)? {
        switch ref {
        case .meeting(let id): return ledger.meetings.first { $0.id == id }.map { meeting($0, ledger) }
        case .member(let id): return ledger.member(id).map { member($0, ledger, today: today, revealed: false) }
        case .fiveOnesLog(let id): return ledger.fiveOnesLogs.first { $0.id == id }.map { fiveOnes($0, ledger) }
        case .talk(let id): return ledger.talkCases.first { $0.id == id }.map { talk($0, ledger) }
        case .task(let id): return ledger.tasks.first { $0.id == id }.map { task($0, ledger) }
        case .commitment(let id): return ledger.commitments.first { $0.id == id }.map { commitment($0, ledger) }
        case .section: return nil
        }
    }

    private static func names(_ ids: [UUID], _ ledger: Ledger) -> String {
        ids.isEmpty ? "无" : ids.map(ledger.memberName).joined(separator: "、")
    }

    /// The customary 三会一课 layout: 时间, 地点, 主持人, 记录人, attendance with names, 议题, 会议记录, 决议.
    static func meeting(_ m: Meeting, _ ledger: Ledger) -> (String, String) {
        var time = m.date.chinese
        if let start = m.startTime { time += " \(start.text)" + (m.endTime.map { "—\($0.text)" } ?? "") }
        func who(_ presence: Presence) -> [UUID] { m.attendance.filter { $0.presence == presence }.map(\.memberId) }
        let excused = m.attendance.filter { $0.presence == .excused }
            .map { "\(ledger.memberName($0.memberId))（\($0.reason)）" }
        var lines = [
            "会议类别：\(m.kind.chineseName)（\(m.state.chineseName)）",
            "时　　间：\(time)",
            "地　　点：\(m.place)",
            "主 持 人：\(m.host)",
            "记 录 人：\(m.recorder)",
        ]
        if m.kind == .partyLecture || !m.lecturer.isEmpty { lines.append("授 课 人：\(m.lecturer)") }
        if let group = ledger.profile.group(m.groupId) { lines.append("党 小 组：\(group.name)") }
        lines += [
            "应到 \(m.expectedCount) 人，实到 \(m.presentCount) 人，请假 \(m.excusedCount) 人，缺席 \(m.absentCount) 人",
            "出　　席：\(names(who(.present), ledger))",
            "请　　假：\(excused.isEmpty ? "无" : excused.joined(separator: "、"))",
            "缺　　席：\(names(who(.absent), ledger))",
            "列　　席：\(m.observers.isEmpty ? "无" : m.observers.joined(separator: "、"))",
            "",
            "议　　题：\(m.topic)",
            "",
            "会议记录：",
            m.minutes.isEmpty ? "（无）" : m.minutes,
            "",
            "决　　议：",
            m.resolutions.isEmpty ? "（无）" : m.resolutions,
        ]
        if !m.votes.isEmpty {
            let rule = GeneralMeetingRule(meeting: m, ledger: ledger)
            lines += ["", "表决：\(rule.threshold)"]
            lines += m.votes.map { "  \($0.motion)：赞成 \($0.votesFor)，反对 \($0.votesAgainst)，弃权 \($0.abstentions)——\($0.passed ? "通过" : "未通过")" }
        }
        return ("\(m.kind.chineseName) \(m.date.iso)", lines.joined(separator: "\n"))
    }

    static func fiveOnes(_ log: FiveOnesLog, _ ledger: Ledger) -> (String, String) {
        let template = ledger.fiveOnesTemplates.first { $0.id == log.templateId }
        let item = template.flatMap { $0.items.indices.contains(log.itemIndex) ? $0.items[log.itemIndex] : nil } ?? "第 \(log.itemIndex + 1) 项"
        var lines = [
            "方　　案：\(template?.name ?? "（模板已删除）")（\(template?.source ?? "")）",
            "事　　项：\(item)",
            "期　　间：\(log.period.chinese)",
            "日　　期：\(log.date.chinese)",
            "地　　点：\(log.place)",
            "参加人员：\(names(log.participants, ledger))",
        ]
        if let id = log.meetingId {
            let meeting = ledger.meetings.first { $0.id == id }
            lines.append("关联会议：\(meeting.map { "\($0.date.iso) \($0.kind.chineseName)“\($0.topic)”" } ?? "（已删除）")")
        }
        if !log.evidence.isEmpty { lines.append("佐证材料：\(log.evidence.joined(separator: "；"))") }
        if !log.note.isEmpty { lines += ["备　　注：", log.note] }
        return ("五个一 \(item)", lines.joined(separator: "\n"))
    }

    /// The case's full timeline, corrections marked: the same text the secretary exports for the file.
    static func talk(_ c: TalkCase, _ ledger: Ledger) -> (String, String) {
        ("提醒谈话 \(ledger.memberName(c.memberId))", TalkCaseDocument.text(case: c, ledger: ledger))
    }

    static func task(_ t: LiaisonTask, _ ledger: Ledger) -> (String, String) {
        var lines = [
            "任　　务：\(t.title)",
            "文　　号：\(t.source)",
            "类　　别：\(t.kind.chineseName)",
            "截止日期：\(t.due.iso)",
            "状　　态：\(t.status.chineseName)",
            "涉及人员：\(names(t.concerns, ledger))",
        ]
        if t.recurrence != nil { lines.append("周　　期：每月") }
        if !t.note.isEmpty { lines += ["备　　注：", t.note] }
        lines += ["", "提醒记录："]
        lines += t.reminders.isEmpty ? ["  （尚未提醒）"] : t.reminders.map { "  \($0.date.iso)  \($0.how)提醒\($0.whom)：\($0.what)" }
        return ("联络任务 \(t.title)", lines.joined(separator: "\n"))
    }

    static func commitment(_ c: Commitment, _ ledger: Ledger) -> (String, String) {
        var lines = [
            "党　　员：\(ledger.memberName(c.memberId))　　年度：\(c.year)　　\(c.isPublic ? "公开承诺" : "不公开")",
            "先锋岗/责任区：\(c.pioneerPost.isEmpty ? "无" : c.pioneerPost)",
            String(format: "义工时长：%.1f 小时", c.volunteerHours),
            "",
            "承诺事项：",
        ]
        lines += c.pledges.map { "  【\($0.category)】\($0.text)" }
        lines += ["", "践诺进展："]
        lines += c.progress.isEmpty ? ["  （暂无）"] : c.progress.map { "  \($0.date.iso)  \($0.text)" }
        if let review = c.review {
            lines += ["", "年终评议：\(review.grade?.chineseName ?? "未评定")", "  自我评价：\(review.selfAssessment)", "  书记意见：\(review.secretaryComment)"]
        }
        return ("党员承诺 \(ledger.memberName(c.memberId)) \(c.year)", lines.joined(separator: "\n"))
    }
}
