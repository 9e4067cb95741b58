import Model

/// A form in a titled frame, with one line under it for what must be fixed and the
/// “放弃修改？” question on Esc after a change: the part every small editing screen shares.
public struct FormPanel: Equatable, Sendable {
    public var form: Form
    /// What must be fixed after a refused save; the key hint otherwise.
    public var problem: String?
    public var confirmingDiscard = false
    public var hint: String
    /// The lines of the discard question (what would be lost).
    public var discardMessage: [String]

    public init(form: Form, hint: String = "←→ 选择  Tab 下一项  Ctrl-S 保存  Esc 返回",
                discardMessage: [String] = ["填写的内容将不会保存。"]) {
        self.form = form
        self.hint = hint
        self.discardMessage = discardMessage
    }

    /// What the owner does after a key.
    public enum Step: Equatable, Sendable {
        case stay
        case submit
        case close
        /// Enter on an action field other than `save` (e.g. 编辑出席情况…).
        case activated(String)
    }

    /// Answers the discard question, or passes the key to the form. Ctrl-S and the `save`
    /// action submit; Esc closes at once when nothing changed, else asks first.
    public mutating func handle(_ key: Key) -> Step {
        if confirmingDiscard {
            switch ConfirmDialog.decision(for: key) {
            case true?: return .close
            case false?: confirmingDiscard = false
            case nil: break
            }
            return .stay
        }
        switch form.handle(key) {
        case .submit, .activated("save"): return .submit
        case .activated(let id): return .activated(id)
        case .cancel:
            if form.isDirty { confirmingDiscard = true; return .stay }
            return .close
        default: return .stay
        }
    }

    /// Shows each problem under its field (unknown fields under `fallback`, else the first),
    /// and focuses the first problem.
    public mutating func show(_ errors: [ValidationError], aliases: [String: String] = [:], fallback: String? = nil) {
        var byField: [String: String] = [:]
        for error in errors {
            let named = aliases[error.field] ?? error.field
            let field = form.index(of: named) != nil ? named : (fallback ?? form.fields.first?.id ?? named)
            byField[field] = byField[field].map { $0 + " " + error.message } ?? error.message
        }
        form.setErrors(byField)
        form.focusFirstError()
        problem = "有 \(errors.count) 处需要修改，见红色提示；改好后按 Ctrl-S 保存。"
    }

    /// Sizes the form for the area it is drawn in (on open and on resize).
    public mutating func fit(_ rect: Rect) {
        let inner = Frame.interior(of: rect)
        form.viewWidth = inner.width
        form.viewHeight = max(1, inner.height - 1)
        form.scrollToFocus()
    }

    public func render(title: String, into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let inner = Frame(title: title).render(into: &buffer, rect: rect)
        var cursor = form.render(into: &buffer, rect: inner.droppingBottom(1))
        buffer.put(problem ?? hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                   style: problem == nil ? .dim : Style(bold: true, color: .red))
        if confirmingDiscard {
            ConfirmDialog(title: "放弃修改？", message: discardMessage, hint: "y 放弃修改 / n 继续编辑")
                .render(into: &buffer, rect: rect)
            cursor = nil
        }
        return cursor
    }
}
