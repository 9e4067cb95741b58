import Foundation
import Model

/// The 党员档案 form: one member file being added or edited, with the discard question.
///
/// Field ids are the stored JSON keys, so `Member.validate` and
/// `PipelineRule.consistencyErrors` land their messages under the right field. 身份 is a
/// choice only for a new file: an existing member moves through the pipeline from their page
/// (`p`), where every step is checked and dated (issue #4), never by editing the status.
public struct MemberForm: Equatable, Sendable, PanelledForm {
    /// The form with its problem line and discard question.
    public var panel: FormPanel
    /// The stored file being edited; nil for a new one.
    public let original: Member?
    public let id: UUID

    /// 未填 last: most files have a gender, and a blank one is a choice, not a default.
    static let genders: [Gender?] = [.male, .female, nil]
    /// Where a new file may start: anywhere in the pipeline, not among the exits.
    static let startingStatuses: [MemberStatus] = [.applicant, .activist, .candidate, .probationary, .full]
    static let categories = DuesCategory.allCases
    /// The timeline event that dates a new file's pipeline status (`statusDate`).
    static let startingEvents: [MemberStatus: StatusTransition] = [.applicant: .application, .activist: .activist, .candidate: .candidate]

    /// A new file: a full member of no group, as rosters mostly list.
    public static func new(ledger: Ledger) -> MemberForm {
        MemberForm(member: Member(name: ""), original: nil, ledger: ledger)
    }

    public static func edit(_ member: Member, ledger: Ledger) -> MemberForm {
        MemberForm(member: member, original: member, ledger: ledger)
    }

    init(member m: Member, original: Member?, ledger: Ledger) {
        self.original = original
        self.id = m.id
        let groups = ["（无）"] + ledger.profile.groups.map(\.name)
        let groupIndex = ledger.profile.groups.firstIndex { $0.id == m.groupId }.map { $0 + 1 } ?? 0
        func text(_ id: String, _ label: String, _ value: String, hint: String? = nil) -> FormField {
            FormField(id: id, label: label, kind: .text(LineEditor(text: value)), hint: hint)
        }
        let dateHint = "如 2026-03-05、2026/3/5、2026年3月5日"
        var fields: [FormField] = [
            text("name", "姓名", m.name),
            FormField(id: "gender", label: "性别", kind: .choice(options: Self.genders.map { $0?.chineseName ?? "未填" },
                                                              selected: Self.genders.firstIndex(of: m.gender) ?? 2)),
            text("ethnicity", "民族", m.ethnicity),
            text("birthDate", "出生日期", m.birthDate?.iso ?? "", hint: dateHint),
            text("education", "学历", m.education),
            text("post", "职务", m.post),
            FormField(id: "groupId", label: "党小组", kind: .choice(options: groups, selected: groupIndex)),
            text("phone", "手机", m.phone),
            text("idNumber", "身份证号", m.idNumber, hint: "18 位，最后一位可为 X"),
        ]
        if original == nil {
            fields += [
                FormField(id: "status", label: "身份", kind: .choice(options: Self.startingStatuses.map(\.chineseName),
                                                                  selected: Self.startingStatuses.firstIndex(of: m.status) ?? 4)),
                text("statusDate", "身份日期", "", hint: "申请人、积极分子、发展对象：递交申请、确定或列为的日期（可空）"),
            ]
        } else {
            fields.append(FormField(id: "status", label: "身份", kind: .readOnly(m.statusLabel), hint: "身份变更请在档案页按 p"))
        }
        fields += [
            text("joinedDate", "入党日期", m.joinedDate?.iso ?? "", hint: "支部大会接收为预备党员的日期"),
            text("fullMembershipDate", "转正日期", m.fullMembershipDate?.iso ?? ""),
            text("duesBase", "党费基数", m.duesBase.map(DuesRule.yuanText) ?? "", hint: "税后月收入（元）"),
            FormField(id: "duesCategory", label: "党费类别", kind: .choice(options: Self.categories.map(\.chineseName),
                                                                      selected: Self.categories.firstIndex(of: m.duesCategory) ?? 0)),
            FormField(id: "notes", label: "备注", kind: .multiline(TextEditor(text: m.notes, viewHeight: 3))),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ]
        self.panel = FormPanel(form: Form(fields: fields), hint: "Tab/↓ 下一项  ←→ 切换选项  Ctrl-S 保存  Esc 返回",
                               discardMessage: ["这份党员档案有未保存的修改。", "放弃后将不会保存。"])
        refreshDuesHint()
    }

    public var isNew: Bool { original == nil }
    public var title: String { isNew ? "新建党员档案" : "编辑党员档案 \(original!.name)" }

    func choiceIndex(_ id: String) -> Int {
        if case .choice(_, let selected)? = form[id]?.kind { return selected }
        return 0
    }

    var duesCategory: DuesCategory { Self.categories[choiceIndex("duesCategory")] }

    /// The base as typed (`6,350.50 元` reads as 6350.50), nil when blank or not an amount.
    static func amount(_ text: String) -> Decimal? {
        let digits = text.filter { !",，元 ".contains($0) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Decimal(string: digits)
    }

    /// Shows the monthly dues the base and category give, as the secretary types
    /// (中组发〔2008〕3号 brackets, `DuesRule`).
    mutating func refreshDuesHint() {
        let base = Self.amount(form.value(of: "duesBase"))
        var hint = "税后月收入（元）；" + DuesRule.explanation(base: base, category: duesCategory)
        if let fen = DuesRule.monthlyFen(for: Member(name: "", duesBase: base, duesCategory: duesCategory)) {
            hint += "，每月 \(DuesPayment.yuan(fen)) 元"
        }
        form["duesBase"]?.hint = hint
    }
}
