import Model

/// A screen whose fields live in a `FormPanel` (meeting, member, five-ones and talk forms):
/// `form` and `problem` read through the panel, written once here instead of in each form.
public protocol PanelledForm {
    var panel: FormPanel { get set }
}

extension PanelledForm {
    public var form: Form {
        get { panel.form }
        set { panel.form = newValue }
    }

    /// A one-line summary of what must be fixed, after a refused save.
    public var problem: String? {
        get { panel.problem }
        set { panel.problem = newValue }
    }
}
