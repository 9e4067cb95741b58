import Model
/// A vertical form of labelled, typed fields with inline errors: the meeting and member editors.
///
/// ```
/// 会议类别  ‹ 支部党员大会 ›  表决须过半数
/// 日期      2024-0315
///           ！日期格式应为 2024-03-15
/// 主持人    张三
/// 会议记录  学习《中国共产党支部工作条例（试
///           行）》……
/// 出席      [ 编辑出席情况… ]
/// ```
/// Layout and drawing are in `Form+Layout` and `Form+Rendering`.
///
/// Keys: Tab / Shift-Tab go to the next / previous field and wrap around; ↓ ↑ do the same but
/// stop at the ends, and in a multi-line field move inside it first, leaving it from its last
/// / first row. Enter moves on from a one-line field, breaks the line in a multi-line one and
/// activates an action. Ctrl-S and Esc work from any field and only report `.submit` and
/// `.cancel`: saving, validating and asking before discarding are the owner's.
///
/// Like `TextEditor`, key handling needs the size the owner renders at: set `viewWidth` and
/// `viewHeight` to the rect given to `render`, when creating the form and on resize. `render`
/// does not mutate: it shows the rows from `offset`, moved just enough to show the focused
/// field (and a multi-line field's cursor); `handle` stores that window.
public struct Form: Hashable, Sendable {
    /// Cells between the label column and the values.
    public static let labelGap = 2

    public var fields: [FormField]
    /// Index in `fields` of the focused field.
    public var focus: Int
    /// The first row of the form shown.
    public var offset: Int
    /// Whether a key changed any value since the form was made or `markClean()` was called.
    /// `setValue` does not count: it is the owner filling in or recomputing values.
    public private(set) var isDirty: Bool
    /// Cells across the rect the form is rendered in (multi-line fields wrap to fit).
    public var viewWidth: Int
    /// Rows of the rect the form is rendered in.
    public var viewHeight: Int

    /// A form focused on its first focusable field.
    public init(fields: [FormField], viewWidth: Int = 80, viewHeight: Int = 24) {
        self.fields = fields
        self.focus = fields.firstIndex(where: \.isFocusable) ?? 0
        self.offset = 0
        self.isDirty = false
        self.viewWidth = viewWidth
        self.viewHeight = viewHeight
    }

    // MARK: - Values

    /// The focused field, if the form has any field.
    public var focusedField: FormField? {
        fields.indices.contains(focus) ? fields[focus] : nil
    }

    /// The index in `fields` of the field named `id`.
    public func index(of id: String) -> Int? {
        fields.firstIndex { $0.id == id }
    }

    /// The field named `id`, for typed access (`if case .toggle(let on) = form["online"]?.kind`).
    /// Assigning nil does nothing.
    public subscript(id: String) -> FormField? {
        get { index(of: id).map { fields[$0] } }
        set {
            guard let i = index(of: id), let newValue else { return }
            fields[i] = newValue
        }
    }

    /// The value of field `id` as text (see `FormField.value`); "" for an unknown id.
    public func value(of id: String) -> String {
        self[id]?.value ?? ""
    }

    /// Sets the value of field `id` from text (see `FormField.setValue`) without making the
    /// form dirty.
    public mutating func setValue(_ value: String, of id: String) {
        guard let i = index(of: id) else { return }
        fields[i].setValue(value)
    }

    /// Shows `errors` (field id → message) under their fields and clears every other error.
    public mutating func setErrors(_ errors: [String: String]) {
        for i in fields.indices { fields[i].error = errors[fields[i].id] }
    }

    /// Whether any field shows an error.
    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Focuses the first focusable field with an error and scrolls to it; false if none.
    @discardableResult
    public mutating func focusFirstError() -> Bool {
        guard let i = fields.firstIndex(where: { $0.error != nil && $0.isFocusable }) else {
            return false
        }
        focus = i
        scrollToFocus()
        return true
    }

    /// Focuses field `id` and scrolls to it; false if there is no such focusable field.
    @discardableResult
    public mutating func focus(on id: String) -> Bool {
        guard let i = index(of: id), fields[i].isFocusable else { return false }
        focus = i
        scrollToFocus()
        return true
    }

    /// Forgets earlier edits, after a save.
    public mutating func markClean() { isDirty = false }

    /// Counts a change made outside the form's keys (an attendance picker the owner showed).
    public mutating func markDirty() { isDirty = true }

    // MARK: - Keys

    /// Applies a key to the form and reports what the owner should do.
    public mutating func handle(_ key: Key) -> FormEvent {
        switch key {
        case .ctrl("s"): return .submit
        case .escape: return .cancel
        case .tab: return moveFocus(forward: true, wrap: true)
        case .backTab: return moveFocus(forward: false, wrap: true)
        default: break
        }
        guard fields.indices.contains(focus) else { return .ignored }
        let edited = focus
        let before = fields[edited]
        let event = handleInFocusedField(key) ?? navigate(key)
        if !fields[edited].hasSameValue(as: before) { isDirty = true }
        scrollToFocus()
        return event
    }

    /// The focused field's own use of `key`, or nil to fall back to moving between fields.
    private mutating func handleInFocusedField(_ key: Key) -> FormEvent? {
        let field = fields[focus]
        switch field.kind {
        case .text(var editor):
            guard editor.handle(key) else { return nil }
            fields[focus].kind = .text(editor)
        case .multiline(var editor):
            editor.viewWidth = valueWidth(totalWidth: viewWidth)
            // ↑ on the first row and ↓ on the last come back unused and move the focus.
            guard editor.handle(key) else { return nil }
            fields[focus].kind = .multiline(editor)
        case .choice(let options, let selected):
            guard !options.isEmpty else { return nil }
            switch key {
            case .left: fields[focus].kind = .choice(
                options: options, selected: (selected + options.count - 1) % options.count)
            case .right, .char(" "): fields[focus].kind = .choice(
                options: options, selected: (selected + 1) % options.count)
            default: return nil
            }
        case .toggle(let on):
            guard key == .char(" ") || key == .left || key == .right else { return nil }
            fields[focus].kind = .toggle(!on)
        case .action:
            guard key == .enter || key == .char(" ") else { return nil }
            return .activated(fieldId: field.id)
        case .readOnly:
            return nil
        }
        return .handled
    }

    /// ↑ ↓ and Enter between fields.
    private mutating func navigate(_ key: Key) -> FormEvent {
        switch key {
        case .up: return moveFocus(forward: false, wrap: false)
        case .down, .enter: return moveFocus(forward: true, wrap: false)
        default: return .ignored
        }
    }

    /// Focuses the next (or previous) focusable field; `.ignored` when there is none.
    private mutating func moveFocus(forward: Bool, wrap: Bool) -> FormEvent {
        guard !fields.isEmpty else { return .ignored }
        let step = forward ? 1 : -1
        var i = focus
        for _ in 0..<fields.count {
            i += step
            if !fields.indices.contains(i) {
                guard wrap else { return .ignored }
                i = forward ? 0 : fields.count - 1
            }
            if i == focus { return .ignored }
            if fields[i].isFocusable {
                focus = i
                scrollToFocus()
                return .handled
            }
        }
        return .ignored
    }
}
