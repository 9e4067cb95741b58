import Foundation
import Model

/// “Whom have I reminded”: one entry for a liaison task's reminder log (DOMAIN.md §6) —
/// whom, of what, how, when. Saving also moves a 待办 task to 已提醒.
public struct TaskReminderForm: Equatable, Sendable {
    public var panel: FormPanel
    public let task: LiaisonTask

    static let ways = ["电话", "当面", "微信", "短信", "邮件", "通知", "其他"]

    public init(task: LiaisonTask, ledger: Ledger, today: CalendarDate) {
        self.task = task
        let whom = task.concerns.map(ledger.memberName).joined(separator: "、")
        var form = Form(fields: [
            FormField(id: "whom", label: "提醒对象", kind: .text(LineEditor(text: whom.isEmpty ? "支部" : whom))),
            FormField(id: "what", label: "提醒事项", kind: .text(LineEditor(text: task.title))),
            FormField(id: "how", label: "方式", kind: .choice(options: Self.ways, selected: 0)),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso))),
            FormField(id: "save", label: "", kind: .action("记录（Ctrl-S）")),
        ])
        form.focus(on: "how")
        panel = FormPanel(form: form, hint: "←→ 选择方式  Tab 下一项  Ctrl-S 记录  Esc 返回")
    }

    /// What a key leads to: nothing yet, a task to save, or closing the form.
    public enum Outcome: Equatable, Sendable {
        case stay
        case save(LiaisonTask)
        case close
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch panel.handle(key) {
        case .stay, .activated: return .stay
        case .close: return .close
        case .submit: return submit()
        }
    }

    private mutating func submit() -> Outcome {
        var errors: [String: String] = [:]
        let form = panel.form
        let whom = form.value(of: "whom").trimmingCharacters(in: .whitespaces)
        let what = form.value(of: "what").trimmingCharacters(in: .whitespaces)
        // The same rules as `task remind` (issue #9), each shown under its own field.
        for error in ReminderLogEntry.validate(whom: whom, what: what, how: form.value(of: "how")).reversed() {
            errors[error.field] = error.message
        }
        let dateText = form.value(of: "date")
        let date = ChineseDateParser.parse(dateText)
        if date == nil { errors["date"] = "日期“\(dateText)”无效：请写一个存在的日期，如 2026-12-04。" }
        guard errors.isEmpty, let date else {
            panel.show(errors.map { ValidationError(field: $0.key, $0.value) })
            return .stay
        }
        var updated = task
        updated.reminders.append(ReminderLogEntry(date: date, whom: whom, what: what, how: form.value(of: "how")))
        if updated.status == .todo { updated.status = .reminded }
        return .save(updated)
    }

    mutating func fit(_ rect: Rect) { panel.fit(rect) }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        panel.render(title: "记录提醒：\(task.title)", into: &buffer, rect: rect)
    }
}
