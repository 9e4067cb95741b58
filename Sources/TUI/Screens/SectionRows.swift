import Foundation
import Model

/// Builds each section's list from the ledger. Screens only arrange what the model holds;
/// rules and counts come from Model.
enum SectionRows {
    static func list(for section: Section, ledger: Ledger, today: CalendarDate, year: Int, role: Role = .secretary) -> SectionList {
        // Talk cases never reach a list outside the secretary's role, not even an empty-looking one.
        if !Section.visible(to: role).contains(section) { return SectionList(columns: [], rows: []) }
        switch section {
        case .dashboard: return DashboardAgenda.list(ledger: ledger, today: today, includePrivate: role.seesTalks)
        case .meetings: return meetings(ledger, year: year)
        case .members: return members(ledger)
        case .fiveOnes: return fiveOnes(ledger)
        case .talks: return talks(ledger, today: today)
        case .tasks: return tasks(ledger, today: today)
        case .commitments: return commitments(ledger)
        }
    }

    /// Newest first: the secretary looks at this month, not January.
    static func meetings(_ ledger: Ledger, year: Int) -> SectionList {
        let columns = [
            TableColumn(title: "日期", width: .fixed(10)),
            TableColumn(title: "类别", width: .fixed(10)),
            TableColumn(title: "议题", width: .flex(min: 20)),
            TableColumn(title: "主持人", width: .fixed(8)),
            TableColumn(title: "应到/实到", width: .fixed(9), alignment: .right),
            TableColumn(title: "状态", width: .fixed(6)),
        ]
        let rows = ledger.meetings.filter { $0.date.year == year }
            .sorted { ($0.date, $0.id.uuidString) > ($1.date, $1.id.uuidString) }.map { m in
            let group = ledger.profile.group(m.groupId)?.name
            return SectionRow(ref: .meeting(m.id), cells: [
                m.date.iso, m.kind.shortName, group.map { "〔\($0)〕\(m.topic)" } ?? m.topic, m.host,
                m.attendance.isEmpty ? "—" : "\(m.expectedCount)/\(m.presentCount)", m.state.chineseName,
            ], extraSearch: [m.kind.chineseName, m.kind.rawValue, m.place, m.lecturer])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（\(year) 年还没有会议记录；n 新建，[ ] 查看其他年份）")
    }

    /// The order of the 党员 list: people on the roll first, by group and name, then history
    /// (transferred out, deceased, left). `MemberSearch` is built over the same order.
    static func memberOrder(_ ledger: Ledger) -> [Member] {
        let roster = RosterOrder.sorted(ledger.members, groups: ledger.profile.groups)
        return roster.filter(\.isOnRoll) + roster.filter { !$0.isOnRoll }
    }

    static func members(_ ledger: Ledger) -> SectionList {
        let columns = [
            TableColumn(title: "姓名", width: .fixed(10)),
            TableColumn(title: "性别", width: .fixed(4)),
            TableColumn(title: "党小组", width: .fixed(10)),
            TableColumn(title: "身份", width: .flex(min: 12)),
            TableColumn(title: "职务", width: .flex(min: 8)),
            TableColumn(title: "入党日期", width: .fixed(10)),
            TableColumn(title: "手机", width: .fixed(11)),
        ]
        let rows = memberOrder(ledger).map { m in
            var status = m.statusLabel
            let roles = ledger.profile.roles(of: m.id).map(\.chineseName)
            if !roles.isEmpty { status += "·" + roles.joined(separator: "、") }
            return SectionRow(ref: .member(m.id), cells: [
                m.name, m.gender?.chineseName ?? "", ledger.profile.group(m.groupId)?.name ?? "", status,
                m.post, m.joinedDate?.iso ?? "", Masking.phone(m.phone),
            ], extraSearch: [m.status.rawValue])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（还没有党员档案）")
    }

    static func fiveOnes(_ ledger: Ledger) -> SectionList {
        let columns = [
            TableColumn(title: "日期", width: .fixed(10)),
            TableColumn(title: "期间", width: .fixed(14)),
            TableColumn(title: "方案", width: .fixed(12)),
            TableColumn(title: "事项", width: .flex(min: 20)),
            TableColumn(title: "关联会议", width: .fixed(10)),
        ]
        let templates = Dictionary(ledger.fiveOnesTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = ledger.fiveOnesLogs.sorted { ($0.date, $0.id.uuidString) > ($1.date, $1.id.uuidString) }.map { log in
            let template = templates[log.templateId]
            let item = template.flatMap { $0.items.indices.contains(log.itemIndex) ? $0.items[log.itemIndex] : nil } ?? "第 \(log.itemIndex + 1) 项"
            let meeting = log.meetingId.flatMap { id in ledger.meetings.first { $0.id == id } }
            return SectionRow(ref: .fiveOnesLog(log.id), cells: [
                log.date.iso, log.period.chinese, template?.name ?? "（模板已删除）", item,
                meeting.map { $0.kind.shortName } ?? (log.meetingId == nil ? "" : "（已删除）"),
            ], extraSearch: [log.note, log.place])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（还没有“五个一”活动记录）")
    }

    /// Open cases first; the secretary's eyes only (the role check comes with the roles issue).
    static func talks(_ ledger: Ledger, today: CalendarDate) -> SectionList {
        let columns = [
            TableColumn(title: "党员", width: .fixed(10)),
            TableColumn(title: "开始", width: .fixed(10)),
            TableColumn(title: "当前阶段", width: .flex(min: 16)),
            TableColumn(title: "改正期限", width: .fixed(10)),
            TableColumn(title: "下次跟进", width: .fixed(10)),
            TableColumn(title: "状态", width: .fixed(8)),
        ]
        let rows = ledger.talkCases.sorted { ($0.isOpen ? 0 : 1, $0.openedOn) < ($1.isOpen ? 0 : 1, $1.openedOn) }.map { c in
            let latest = c.latestEntry
            return SectionRow(ref: .talk(c.id), cells: [
                ledger.memberName(c.memberId), c.openedOn.iso, c.currentStage?.chineseName ?? "（未开始）",
                latest?.deadline?.iso ?? "", latest?.followUp?.iso ?? "", c.isOpen ? "进行中" : "已改正",
            ], extraSearch: [c.reason])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（没有提醒谈话案例）")
    }

    /// Open tasks by due date, then finished ones.
    static func tasks(_ ledger: Ledger, today: CalendarDate) -> SectionList {
        let columns = [
            TableColumn(title: "截止", width: .fixed(10)),
            TableColumn(title: "任务", width: .flex(min: 20)),
            TableColumn(title: "类别", width: .fixed(4)),
            TableColumn(title: "文号", width: .fixed(18)),
            TableColumn(title: "状态", width: .fixed(12)),
            TableColumn(title: "提醒", width: .fixed(4), alignment: .right),
        ]
        let rows = ledger.tasks.sorted { ($0.isOpen ? 0 : 1, $0.due) < ($1.isOpen ? 0 : 1, $1.due) }.map { t in
            let overdue = t.isOpen && t.due < today
            return SectionRow(ref: .task(t.id), cells: [
                t.due.iso, t.title, t.kind.chineseName, t.source,
                overdue ? "\(t.status.chineseName)·逾期" : t.status.chineseName, "\(t.reminders.count)",
            ], extraSearch: [t.note])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（没有联络任务）")
    }

    static func commitments(_ ledger: Ledger) -> SectionList {
        let columns = [
            TableColumn(title: "党员", width: .fixed(10)),
            TableColumn(title: "年度", width: .fixed(4)),
            TableColumn(title: "承诺事项", width: .flex(min: 24)),
            TableColumn(title: "进展", width: .fixed(4), alignment: .right),
            TableColumn(title: "义工时长", width: .fixed(8), alignment: .right),
            TableColumn(title: "自评", width: .fixed(6)),
            TableColumn(title: "评议", width: .fixed(8)),
        ]
        let rows = ledger.commitments.sorted { ($0.year, ledger.memberName($0.memberId)) > ($1.year, ledger.memberName($1.memberId)) }.map { c in
            SectionRow(ref: .commitment(c.id), cells: [
                ledger.memberName(c.memberId), "\(c.year)", c.pledges.map { "\($0.category)：\($0.text)" }.joined(separator: "；"),
                "\(c.progress.count)", String(format: "%.1f 小时", c.volunteerHours),
                c.hasSelfAssessment ? "已填" : "未填",
                c.review?.grade?.chineseName ?? "未评议",
            ], extraSearch: [c.pioneerPost])
        }
        return SectionList(columns: columns, rows: rows, emptyMessage: "（还没有党员承诺）")
    }
}
