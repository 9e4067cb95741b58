import Foundation

extension LiaisonTask {
    /// Field rules for a liaison task (issue #9, input hygiene): the same for `task add`, the
    /// workbench and `branchdesk check`.
    public func validate() -> [ValidationError] {
        var errors = TextRule.required(title, field: "title", label: "任务名称")
        errors += TextRule.singleLine(source, field: "source", label: "来源文号")
        errors += TextRule.multiLine(note, field: "note", label: "备注")
        for entry in reminders {
            errors += entry.validate().map { ValidationError(field: "reminders", $0.message) }
        }
        return errors
    }
}

extension ReminderLogEntry {
    /// One reminder: whom and what are required, all three are one line (`task remind`, the 记录提醒 form).
    public func validate() -> [ValidationError] {
        ReminderLogEntry.validate(whom: whom, what: what, how: how)
    }

    /// The text rules alone, for a form whose date is still being typed.
    public static func validate(whom: String, what: String, how: String) -> [ValidationError] {
        TextRule.required(whom, field: "whom", label: "提醒对象")
            + TextRule.required(what, field: "what", label: "提醒事项")
            + TextRule.singleLine(how, field: "how", label: "提醒方式")
    }
}
