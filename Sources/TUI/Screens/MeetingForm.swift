import Foundation
import Model

/// The 三会一课 form: one meeting being logged or edited, with its attendance picker,
/// the excuse-reason prompt and the discard question.
///
/// Expected / present / excused / absent are counted from the attendance the picker sets,
/// never typed (issue #3). Field ids are the stored JSON keys, so `Meeting.validate`'s
/// `field` lands its message under the right field.
public struct MeetingForm: Equatable, Sendable, PanelledForm {
    /// The form with its problem line and discard question.
    public var panel: FormPanel
    /// The stored record being edited; nil for a new one.
    public let original: Meeting?
    public let id: UUID
    public var attendance: [Attendance]
    /// False until the user opens the picker: until then the list follows kind and group.
    public var attendanceTouched: Bool
    public var picker: CheckListPicker?
    /// Asking for a leave reason: the prompt and the member it is for.
    public var reasonPrompt: Prompt?
    var reasonFor: UUID?

    static let kinds = MeetingKind.allCases
    static let states: [MeetingState] = [.held, .planned]
    static let presence: [Presence] = [.present, .excused, .absent]

    /// A new record: today, all expected members present, the kind most often logged.
    public static func new(ledger: Ledger, today: CalendarDate, kind: MeetingKind = .committeeMeeting) -> MeetingForm {
        let meeting = Meeting(kind: kind, state: .held, date: today, topic: "")
        return MeetingForm(meeting: meeting, original: nil, ledger: ledger)
    }

    public static func edit(_ meeting: Meeting, ledger: Ledger) -> MeetingForm {
        MeetingForm(meeting: meeting, original: meeting, ledger: ledger)
    }

    init(meeting: Meeting, original: Meeting?, ledger: Ledger) {
        self.original = original
        self.id = meeting.id
        // A planned meeting has no attendance yet: follow kind and group until the picker is used.
        self.attendanceTouched = original != nil && !meeting.attendance.isEmpty
        let groups = ["（无）"] + ledger.profile.groups.map(\.name)
        let groupIndex = ledger.profile.groups.firstIndex { $0.id == meeting.groupId }.map { $0 + 1 } ?? 0
        let fields: [FormField] = [
            FormField(id: "kind", label: "会议类别", kind: .choice(options: Self.kinds.map(\.chineseName),
                                                                  selected: Self.kinds.firstIndex(of: meeting.kind) ?? 0)),
            FormField(id: "state", label: "状态", kind: .choice(options: Self.states.map(\.chineseName),
                                                             selected: Self.states.firstIndex(of: meeting.state) ?? 0),
                      hint: "未来的会议选“计划”，开完后再改为“已召开”"),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: meeting.date.iso)), hint: "如 2026-03-05、2026/3/5、2026年3月5日"),
            FormField(id: "startTime", label: "开始时间", kind: .text(LineEditor(text: meeting.startTime?.text ?? ""))),
            FormField(id: "endTime", label: "结束时间", kind: .text(LineEditor(text: meeting.endTime?.text ?? ""))),
            FormField(id: "place", label: "地点", kind: .text(LineEditor(text: meeting.place))),
            FormField(id: "host", label: "主持人", kind: .text(LineEditor(text: meeting.host))),
            FormField(id: "recorder", label: "记录人", kind: .text(LineEditor(text: meeting.recorder))),
            FormField(id: "lecturer", label: "授课人", kind: .text(LineEditor(text: meeting.lecturer))),
            FormField(id: "groupId", label: "党小组", kind: .choice(options: groups, selected: groupIndex), hint: "党小组会必选"),
            FormField(id: "topic", label: "议题", kind: .text(LineEditor(text: meeting.topic))),
            FormField(id: "attendance", label: "出席情况", kind: .action("编辑出席情况…（Enter）")),
            FormField(id: "observers", label: "列席人员", kind: .text(LineEditor(text: meeting.observers.joined(separator: "、")))),
            FormField(id: "minutes", label: "会议记录", kind: .multiline(TextEditor(text: meeting.minutes, viewHeight: 6))),
            FormField(id: "resolutions", label: "决议", kind: .multiline(TextEditor(text: meeting.resolutions, viewHeight: 3))),
            FormField(id: "votes", label: "表决", kind: .multiline(TextEditor(text: meeting.votes.map(VoteText.format).joined(separator: "\n"), viewHeight: 2))),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ]
        self.panel = FormPanel(form: Form(fields: fields), hint: "Tab/↓ 下一项  ←→ 切换选项  Ctrl-S 保存  Esc 返回",
                               discardMessage: ["这条会议记录有未保存的修改。", "放弃后将不会保存。"])
        self.attendance = meeting.attendance
        if !attendanceTouched { self.attendance = Self.expected(for: meeting.kind, groupId: meeting.groupId, ledger: ledger) }
        refreshComputed(ledger: ledger)
        form.markClean()
    }

    public var isNew: Bool { original == nil }
    public var title: String { isNew ? "新建会议记录" : "编辑会议记录" }

    // MARK: - Derived values

    var kind: MeetingKind { Self.kinds[choiceIndex("kind")] }

    func groupId(in ledger: Ledger) -> UUID? {
        let index = choiceIndex("groupId")
        return index == 0 ? nil : ledger.profile.groups[index - 1].id
    }

    func choiceIndex(_ id: String) -> Int {
        if case .choice(_, let selected)? = form[id]?.kind { return selected }
        return 0
    }

    /// Who should attend: the group's members for a group meeting, the committee for a
    /// committee meeting, otherwise every party member on the roll (applicants and activists
    /// attend as observers, not as 应到).
    static func expected(for kind: MeetingKind, groupId: UUID?, ledger: Ledger) -> [Attendance] {
        var people = ledger.membersOnRoll.filter { $0.status.isPartyMember }
        switch kind {
        case .groupMeeting:
            if let groupId { people = people.filter { $0.groupId == groupId } }
        case .committeeMeeting:
            let seats = Set(ledger.profile.committee.map(\.memberId))
            if !seats.isEmpty { people = people.filter { seats.contains($0.id) } }
        default:
            break
        }
        return RosterOrder.sorted(people, groups: ledger.profile.groups).map { Attendance(memberId: $0.id, presence: .present) }
    }

    /// 应到 12 人，实到 9 人，请假 2 人，缺席 1 人 — and for a general meeting the vote threshold.
    mutating func refreshComputed(ledger: Ledger) {
        let draft = Meeting(id: id, kind: kind, date: currentDate ?? original?.date ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                            topic: "", attendance: attendance)
        form["attendance"]?.hint = "应到 \(draft.expectedCount) 人，实到 \(draft.presentCount) 人，请假 \(draft.excusedCount) 人，缺席 \(draft.absentCount) 人"
        if kind == .generalMeeting {
            let rule = GeneralMeetingRule(meeting: draft, ledger: ledger)
            let quorum = rule.hasQuorum ? "" : "（到会不足半数，不能表决）"
            form["votes"]?.hint = rule.threshold + quorum
        } else {
            form["votes"]?.hint = "仅支部党员大会记录表决"
        }
    }

    var currentDate: CalendarDate? { ChineseDateParser.parse(form.value(of: "date")) }

    /// Follows kind and group changes with the expected list until the user edits attendance.
    mutating func followKindAndGroup(ledger: Ledger) {
        if !attendanceTouched {
            attendance = Self.expected(for: kind, groupId: groupId(in: ledger), ledger: ledger)
        }
        refreshComputed(ledger: ledger)
    }
}
