import Foundation
import Model

/// The three small forms of 五个一: log a deed (`n`), create a custom template (`t`) and adopt
/// a template for a period (`a`). One type, because they share every key and differ only in
/// their fields and in what a submit builds.
public struct FiveOnesForm: Equatable, Sendable, PanelledForm {
    public enum Mode: Equatable, Sendable {
        case log
        case template
        case adopt
    }

    public var mode: Mode
    public var panel: FormPanel
    /// Choices shown by index: the adopted templates and the held meetings a deed may link.
    let templateIds: [UUID]
    let meetingIds: [UUID?]

    public enum Outcome: Equatable, Sendable {
        case stay
        case save(LedgerChange)
        case close
    }

    public var title: String {
        switch mode {
        case .log: return "记录“五个一”活动"
        case .template: return "新建“五个一”模板"
        case .adopt: return "开展“五个一”"
        }
    }

    // MARK: - Building

    /// A deed: template and item, the 三会一课 record it was (linked, never typed again), or a date.
    public static func log(ledger: Ledger, today: CalendarDate) -> FiveOnesForm {
        let adopted = Set(ledger.fiveOnesAdoptions.map(\.templateId))
        let templates = ledger.fiveOnesTemplates.filter { adopted.contains($0.id) }
        let meetings = ledger.meetings.filter { $0.state == .held && $0.date <= today }.sorted { $0.date > $1.date }.prefix(60)
        let meetingLabels = ["（不关联，单独记录）"] + meetings.map { "\($0.date.iso) \($0.kind.shortName) \($0.topic)" }
        let fields = [
            FormField(id: "template", label: "方案", kind: .choice(options: templates.map(\.name), selected: 0)),
            FormField(id: "item", label: "事项", kind: .choice(options: itemLabels(templates.first), selected: 0)),
            FormField(id: "meeting", label: "关联会议", kind: .choice(options: meetingLabels, selected: 0),
                      hint: "党课、谈心、主题党日等已在三会一课记录的，选它即可，不必重录"),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso)), hint: "关联会议时取会议日期"),
            FormField(id: "place", label: "地点", kind: .text(LineEditor())),
            FormField(id: "note", label: "备注", kind: .text(LineEditor())),
            FormField(id: "evidence", label: "佐证材料", kind: .text(LineEditor()), hint: "文件完整路径，多个用；分隔（只记录路径，不复制）"),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ]
        return FiveOnesForm(mode: .log, panel: FormPanel(form: Form(fields: fields)), templateIds: templates.map(\.id), meetingIds: [nil] + meetings.map(\.id))
    }

    /// A custom scheme: name, period and its items, five by default, any number allowed.
    public static func template() -> FiveOnesForm {
        let kinds = PeriodKind.allCases
        let fields = [
            FormField(id: "name", label: "名称", kind: .text(LineEditor())),
            FormField(id: "source", label: "来源", kind: .text(LineEditor()), hint: "如 本支部、某机关党委文件"),
            FormField(id: "period", label: "周期", kind: .choice(options: kinds.map(\.chineseName), selected: kinds.firstIndex(of: .quarter) ?? 0)),
            FormField(id: "items", label: "事项（每行一项）", kind: .multiline(TextEditor(text: "\n\n\n\n", viewHeight: 6))),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ]
        return FiveOnesForm(mode: .template, panel: FormPanel(form: Form(fields: fields)), templateIds: [], meetingIds: [])
    }

    /// Running a scheme for a span: 2026, 2026H2, 2026Q4 or 2026-10.
    public static func adopt(ledger: Ledger, today: CalendarDate) -> FiveOnesForm {
        let templates = ledger.fiveOnesTemplates.filter { $0.level == .branch && $0.period != .pairing }
        let fields = [
            FormField(id: "template", label: "方案", kind: .choice(options: templates.map(\.name), selected: 0)),
            FormField(id: "period", label: "期间", kind: .text(LineEditor(text: String(today.year))),
                      hint: "如 2026（全年）、2026H2、2026Q4、2026-10"),
            FormField(id: "save", label: "", kind: .action("开展（Ctrl-S）")),
        ]
        return FiveOnesForm(mode: .adopt, panel: FormPanel(form: Form(fields: fields)), templateIds: templates.map(\.id), meetingIds: [])
    }

    static func itemLabels(_ template: FiveOnesTemplate?) -> [String] {
        guard let template, !template.items.isEmpty else { return ["（无事项）"] }
        return template.items.enumerated().map { "\($0.offset + 1) \($0.element)" }
    }

    func choice(_ id: String) -> Int {
        if case .choice(_, let selected)? = form[id]?.kind { return selected }
        return 0
    }
}
