import Model
/// What a key did to a `Form`, for the screen that owns it.
public enum FormEvent: Hashable, Sendable {
    /// The form used the key (an edit or a move); redraw.
    case handled
    /// The form had no use for the key; the screen may have one.
    case ignored
    /// Enter or Space on an `.action` field; the owner performs the action.
    case activated(fieldId: String)
    /// Ctrl-S: the owner validates, then saves and closes or calls `setErrors`.
    case submit
    /// Esc: the owner closes the form, asking first when `isDirty`.
    case cancel
}
