import Foundation
import Model

/// The secretary sets a PIN for the secretary role, the liaison role or one member (issue #8),
/// typed twice and shown only as ●. The hash is made by the runtime (`PinStore`, crypt(3)).
public struct PinForm: Equatable, Sendable {
    public var panel: FormPanel
    let memberIds: [UUID]

    public enum Outcome: Equatable, Sendable {
        case stay
        case close
        case set(Role, String)
    }

    public init(ledger: Ledger, member: UUID? = nil) {
        let people = RosterOrder.sorted(ledger.membersOnRoll, groups: ledger.profile.groups)
        memberIds = people.map(\.id)
        let fields = [
            FormField(id: "role", label: "角色", kind: .choice(options: ["书记", "联络员", "党员"], selected: member == nil ? 0 : 2)),
            FormField(id: "member", label: "党员", kind: .choice(options: people.map(\.name),
                                                                 selected: member.flatMap { id in people.firstIndex { $0.id == id } } ?? 0),
                      hint: "角色为“党员”时选择"),
            FormField(id: "pin", label: "PIN", kind: .text(LineEditor()), isSecret: true),
            FormField(id: "again", label: "再输一次", kind: .text(LineEditor()), isSecret: true),
            FormField(id: "save", label: "", kind: .action("设置（Ctrl-S）")),
        ]
        var form = Form(fields: fields)
        form.focus(on: "pin")
        panel = FormPanel(form: form, hint: "PIN 只保存加盐散列，不保存原文　Ctrl-S 设置  Esc 返回")
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch panel.handle(key) {
        case .stay, .activated: return .stay
        case .close: return .close
        case .submit: break
        }
        let form = panel.form
        let pin = form.value(of: "pin")
        var errors: [ValidationError] = []
        if let problem = PinRule.problem(pin) { errors.append(ValidationError(field: "pin", problem.message)) }
        if pin != form.value(of: "again") { errors.append(ValidationError(field: "again", "两次输入的 PIN 不一致，请重新输入。")) }
        var role = Role.secretary
        if case .choice(_, let selected)? = form["role"]?.kind {
            switch selected {
            case 1: role = .liaison
            case 2:
                guard case .choice(_, let index)? = form["member"]?.kind, memberIds.indices.contains(index) else {
                    errors.append(ValidationError(field: "member", "请选择党员。"))
                    break
                }
                role = .member(memberIds[index])
            default: role = .secretary
            }
        }
        guard errors.isEmpty else {
            panel.show(errors)
            return .stay
        }
        return .set(role, pin)
    }
}
