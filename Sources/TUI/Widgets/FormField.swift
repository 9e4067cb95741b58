import Model
/// One labelled row (or block of rows) of a `Form`, with its own typed value.
public struct FormField: Hashable, Sendable {
    /// What a field holds and how it is edited.
    public enum Kind: Hashable, Sendable {
        /// One line of text.
        case text(LineEditor)
        /// Several lines (会议记录); the editor's `viewHeight` is how many rows the field takes.
        case multiline(TextEditor)
        /// One of a few options, cycled with ← → or Space: `‹ 党课 ›`.
        case choice(options: [String], selected: Int)
        /// On or off, flipped with Space or ← →: `[x]`.
        case toggle(Bool)
        /// A value the owner computes (应到 12 人); shown, never focused.
        case readOnly(String)
        /// A button-like row the owner performs on Enter: `[ 编辑出席情况… ]`.
        case action(String)
    }

    /// Names the field to the owner: `value(of:)`, `setErrors`, `.activated(fieldId:)`.
    public var id: String
    public var label: String
    public var kind: Kind
    /// Dim guidance (表决须过半数): after a choice, toggle, read-only value or action when it
    /// fits on that row, otherwise (and always for text) on the row under the value.
    public var hint: String?
    /// A validation message shown under the field; nil when the value is fine.
    public var error: String?
    /// A PIN or password: drawn as ●, one per character, never in clear.
    public var isSecret: Bool

    public init(id: String, label: String, kind: Kind, hint: String? = nil, error: String? = nil, isSecret: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.hint = hint
        self.error = error
        self.isSecret = isSecret
    }

    /// Whether Tab and the arrows stop here: everything but read-only values.
    public var isFocusable: Bool {
        if case .readOnly = kind { return false }
        return true
    }

    /// The value as text: the text, the selected option, "true"/"false", the read-only value
    /// or the action title.
    public var value: String {
        switch kind {
        case .text(let editor): return editor.text
        case .multiline(let editor): return editor.text
        case .choice(let options, let selected):
            return options.indices.contains(selected) ? options[selected] : ""
        case .toggle(let on): return on ? "true" : "false"
        case .readOnly(let text): return text
        case .action(let title): return title
        }
    }

    /// Sets the value from text, the way `value` reads it. A choice selects the option equal
    /// to `newValue` and ignores anything else; a toggle is on for "true".
    public mutating func setValue(_ newValue: String) {
        switch kind {
        case .text(var editor):
            editor.text = newValue
            kind = .text(editor)
        case .multiline(var editor):
            editor.text = newValue
            kind = .multiline(editor)
        case .choice(let options, let selected):
            kind = .choice(options: options,
                           selected: options.firstIndex(of: newValue) ?? selected)
        case .toggle:
            kind = .toggle(newValue == "true")
        case .readOnly:
            kind = .readOnly(newValue)
        case .action:
            kind = .action(newValue)
        }
    }

    /// Whether `other` holds the same value; cheap for long text, whose line arrays compare
    /// by identity first when unchanged.
    func hasSameValue(as other: FormField) -> Bool {
        switch (kind, other.kind) {
        case (.text(let a), .text(let b)): return a.text == b.text
        case (.multiline(let a), .multiline(let b)): return a.lines == b.lines
        default: return kind == other.kind
        }
    }
}
