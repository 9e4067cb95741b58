import Foundation
import Model

/// The secretary's forms in 提醒谈话: record the next stage held (`s`), open a case (`n`) and
/// close one as resolved (`c`). The ladder's rules (DOMAIN.md §4, seed 省检察院) are checked by
/// `TalkLadder`; each message lands under its field.
public struct TalkForm: Equatable, Sendable, PanelledForm {
    public enum Mode: Equatable, Sendable {
        case stage(TalkCase)
        case open
        case close(TalkCase)
    }

    public var mode: Mode
    public var panel: FormPanel
    let memberIds: [UUID]

    static let stages = TalkStage.allCases
    static let outcomes = TalkOutcome.allCases
    static let actions: [OrganizationalAction?] = [nil] + OrganizationalAction.allCases

    public var title: String {
        switch mode {
        case .stage: return "记录谈话"
        case .open: return "新建提醒谈话"
        case .close: return "结案（已改正）"
        }
    }

    public static func stage(for talk: TalkCase, ledger: Ledger, today: CalendarDate) -> TalkForm {
        // The next rung is proposed: the one above the latest stage in force.
        let next = talk.currentStage.map { min($0.rank + 1, stages.count - 1) } ?? 0
        var fields = [
            FormField(id: "stage", label: "阶段", kind: .choice(options: stages.map(\.chineseName), selected: next)),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso))),
            FormField(id: "heldBy", label: "谈话人", kind: .text(LineEditor())),
        ]
        fields += BranchTalkPoint.allCases.map {
            FormField(id: "point-\($0.rawValue)", label: $0.chineseName, kind: .toggle(false))
        }
        fields += [
            FormField(id: "response", label: "本人态度", kind: .text(LineEditor())),
            FormField(id: "outcome", label: "效果", kind: .choice(options: outcomes.map(\.chineseName), selected: 1)),
            FormField(id: "deadline", label: "限期改正", kind: .text(LineEditor()), hint: "至多一年"),
            FormField(id: "followUp", label: "跟进日期", kind: .text(LineEditor())),
            FormField(id: "writtenRecord", label: "书面记录", kind: .multiline(TextEditor(viewHeight: 3)), hint: "机关党委提醒谈话必填"),
            FormField(id: "action", label: "组织处理", kind: .choice(options: actions.map { $0?.chineseName ?? "（无）" }, selected: 0)),
            FormField(id: "referredToDiscipline", label: "移交纪检（诫勉谈话）", kind: .toggle(false)),
            FormField(id: "skipReason", label: "越级理由", kind: .text(LineEditor()), hint: "未经上一阶段或上一阶段并非无效时须写明"),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ]
        return TalkForm(mode: .stage(talk), panel: FormPanel(form: Form(fields: fields), hint: "←→ 选择  空格 勾选  Tab 下一项  Ctrl-S 保存  Esc 返回"), memberIds: [])
    }

    public static func open(ledger: Ledger, today: CalendarDate) -> TalkForm {
        let people = RosterOrder.sorted(ledger.membersOnRoll.filter(\.status.isPartyMember), groups: ledger.profile.groups)
        let fields = [
            FormField(id: "memberId", label: "党员", kind: .choice(options: people.map(\.name), selected: 0)),
            FormField(id: "origin", label: "来源", kind: .choice(options: [TalkOrigin.analysis.chineseName, TalkOrigin.complaint.chineseName], selected: 0)),
            FormField(id: "reason", label: "原因", kind: .text(LineEditor())),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso))),
            FormField(id: "save", label: "", kind: .action("立案（Ctrl-S）")),
        ]
        return TalkForm(mode: .open, panel: FormPanel(form: Form(fields: fields)), memberIds: people.map(\.id))
    }

    public static func close(_ talk: TalkCase, today: CalendarDate) -> TalkForm {
        let fields = [
            FormField(id: "reason", label: "改正情况", kind: .text(LineEditor())),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso))),
            FormField(id: "save", label: "", kind: .action("结案（Ctrl-S）")),
        ]
        return TalkForm(mode: .close(talk), panel: FormPanel(form: Form(fields: fields)), memberIds: [])
    }

    func choice(_ id: String) -> Int {
        if case .choice(_, let selected)? = form[id]?.kind { return selected }
        return 0
    }

    func toggle(_ id: String) -> Bool {
        if case .toggle(let on)? = form[id]?.kind { return on }
        return false
    }
}
