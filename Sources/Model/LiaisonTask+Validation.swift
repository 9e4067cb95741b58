import Foundation

extension LiaisonTask {
    /// Field rules for a liaison task (issue #9, input hygiene): the same for `task add`, the
    /// workbench and `branchdesk check`.
    public func validate() -> [ValidationError] {
        var errors = TextRule.required(title, field: "title", label: "任务名称")
        errors += TextRule.singleLine(source, field: "source", label: "来源文号")
        errors += TextRule.multiLine(note, field: "note", label: "备注")
        for entry in reminders {
            errors += TextRule.required(entry.whom, field: "reminders", label: "提醒对象")
            errors += TextRule.required(entry.what, field: "reminders", label: "提醒事项")
            errors += TextRule.singleLine(entry.how, field: "reminders", label: "提醒方式")
        }
        return errors
    }
}
