import Foundation
import Model

/// “Whom have I reminded”: one entry for a liaison task's reminder log (DOMAIN.md §6) —
/// whom, of what, how, when. Saving also moves a 待办 task to 已提醒.
public struct TaskReminderForm: Equatable, Sendable {
    public var form: Form
    public let task: LiaisonTask
    public var problem: String?
    public var confirmingDiscard = false

    static let ways = ["电话", "当面", "微信", "短信", "邮件", "通知", "其他"]

    public init(task: LiaisonTask, ledger: Ledger, today: CalendarDate) {
        self.task = task
        let whom = task.concerns.map(ledger.memberName).joined(separator: "、")
        form = Form(fields: [
            FormField(id: "whom", label: "提醒对象", kind: .text(LineEditor(text: whom.isEmpty ? "支部" : whom))),
            FormField(id: "what", label: "提醒事项", kind: .text(LineEditor(text: task.title))),
            FormField(id: "how", label: "方式", kind: .choice(options: Self.ways, selected: 0)),
            FormField(id: "date", label: "日期", kind: .text(LineEditor(text: today.iso))),
            FormField(id: "save", label: "", kind: .action("记录（Ctrl-S）")),
        ])
        form.focus(on: "how")
    }

    /// What a key leads to: nothing yet, a task to save, or closing the form.
    public enum Outcome: Equatable, Sendable {
        case stay
        case save(LiaisonTask)
        case close
    }

    public mutating func handle(_ key: Key) -> Outcome {
        if confirmingDiscard {
            switch ConfirmDialog.decision(for: key) {
            case true?: return .close
            case false?: confirmingDiscard = false
            case nil: break
            }
            return .stay
        }
        switch form.handle(key) {
        case .submit, .activated("save"): return submit()
        case .cancel:
            if form.isDirty { confirmingDiscard = true; return .stay }
            return .close
        default: return .stay
        }
    }

    private mutating func submit() -> Outcome {
        var errors: [String: String] = [:]
        let whom = form.value(of: "whom").trimmingCharacters(in: .whitespaces)
        let what = form.value(of: "what").trimmingCharacters(in: .whitespaces)
        if let error = TextRule.required(whom, field: "whom", label: "提醒对象").first { errors["whom"] = error.message }
        if let error = TextRule.required(what, field: "what", label: "提醒事项").first { errors["what"] = error.message }
        let dateText = form.value(of: "date")
        let date = ChineseDateParser.parse(dateText)
        if date == nil { errors["date"] = "日期“\(dateText)”无效：请写一个存在的日期，如 2026-12-04。" }
        guard errors.isEmpty, let date else {
            form.setErrors(errors)
            form.focusFirstError()
            problem = "有 \(errors.count) 处需要修改。"
            return .stay
        }
        var updated = task
        updated.reminders.append(ReminderLogEntry(date: date, whom: whom, what: what, how: form.value(of: "how")))
        if updated.status == .todo { updated.status = .reminded }
        return .save(updated)
    }

    mutating func fit(_ rect: Rect) {
        let inner = Frame.interior(of: rect)
        form.viewWidth = inner.width
        form.viewHeight = max(1, inner.height - 1)
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let inner = Frame(title: "记录提醒：\(task.title)").render(into: &buffer, rect: rect)
        var cursor = form.render(into: &buffer, rect: inner.droppingBottom(1))
        buffer.put(problem ?? "←→ 选择方式  Tab 下一项  Ctrl-S 记录  Esc 返回", x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                   style: problem == nil ? .dim : Style(bold: true, color: .red))
        if confirmingDiscard {
            ConfirmDialog(title: "放弃这条提醒记录？", message: ["填写的内容将不会保存。"], hint: "y 放弃 / n 继续填写")
                .render(into: &buffer, rect: rect)
            cursor = nil
        }
        return cursor
    }
}
