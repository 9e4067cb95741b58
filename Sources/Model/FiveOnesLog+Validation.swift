import Foundation

extension FiveOnesLog {
    /// Field rules for a five-ones log against the branch's templates, adoptions, members,
    /// meetings and other logs (issue #5).
    ///
    /// `ledger` must hold the meetings a link may name and the logs of the log's period (the
    /// duplicate check looks there). Evidence paths are checked only for form here: whether a
    /// file exists is I/O, which the CLI and the screen do themselves; files are never copied.
    public func validate(in ledger: Ledger, today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.singleLine(place, field: "place", label: "地点")
        errors += TextRule.multiLine(note, field: "note", label: "备注")
        for path in evidence {
            errors += TextRule.required(path, field: "evidence", label: "佐证材料路径")
        }
        if date > today {
            errors.append(ValidationError(field: "date", "活动日期 \(date.iso) 在今天（\(today.iso)）之后：五个一记录的是已开展的活动，请在活动之后登记。"))
        }
        var seen = Set<UUID>()
        for id in participants {
            if ledger.member(id) == nil {
                errors.append(ValidationError(field: "participants", "参加人员中有不属于本支部的人员（\(id.uuidString.prefix(8))），请从党员名单中选择。"))
            } else if !seen.insert(id).inserted {
                errors.append(ValidationError(field: "participants", "\(ledger.memberName(id))在参加人员中出现了两次。"))
            }
        }
        errors += linkErrors(in: ledger)
        guard let template = ledger.fiveOnesTemplates.first(where: { $0.id == templateId }) else {
            return errors + [ValidationError(field: "templateId", "引用的“五个一”模板不存在。")]
        }
        if !template.items.indices.contains(itemIndex) {
            errors.append(ValidationError(field: "itemIndex", "\(template.quotedName)没有第 \(itemIndex + 1) 项（共 \(template.items.count) 项）。"))
        }
        errors += periodErrors(template, in: ledger)
        if let twin = ledger.fiveOnesLogs.first(where: isDuplicate) {
            let item = template.items.indices.contains(itemIndex) ? "第 \(itemIndex + 1) 项“\(template.items[itemIndex])”" : "这一项"
            let how = meetingId == nil ? "同一天" : "同一次会议"
            errors.append(ValidationError(field: "duplicate", "\(template.quotedName)\(period.chinese)\(item)已有\(how)的记录（\(twin.date.iso)，编号 \(twin.id.uuidString.prefix(8))），不必重复登记。"))
        }
        return errors
    }

    /// The linked meeting must exist, have been held, and be on the log's date.
    private func linkErrors(in ledger: Ledger) -> [ValidationError] {
        guard let meetingId else { return [] }
        guard let meeting = ledger.meetings.first(where: { $0.id == meetingId }) else {
            return [ValidationError(field: "meetingId", "关联的会议记录不存在（可能已删除）。")]
        }
        var errors: [ValidationError] = []
        if meeting.state == .planned {
            errors.append(ValidationError(field: "meetingId", "关联的\(meeting.kind.shortName)“\(meeting.topic)”尚未召开（计划 \(meeting.date.iso)），召开后再关联。"))
        }
        if meeting.date != date {
            errors.append(ValidationError(field: "date", "活动日期 \(date.iso) 与关联会议的日期 \(meeting.date.iso) 不一致。"))
        }
        return errors
    }

    /// The template must be adopted for a span holding the date; the period must be the one of
    /// the template's kind holding the date (the adopted span itself for 牵手致富), and a
    /// household is named exactly when the scheme is per household.
    private func periodErrors(_ template: FiveOnesTemplate, in ledger: Ledger) -> [ValidationError] {
        var errors: [ValidationError] = []
        guard let adoption = FiveOnesAdoption.covering(date, template: template, in: ledger.fiveOnesAdoptions) else {
            return [ValidationError(field: "period", "\(template.quotedName)没有在包含 \(date.iso) 的期间开展，请先开展该模板（例如按 \(date.year) 年开展）。")]
        }
        if template.period == .pairing {
            if period != adoption.period {
                errors.append(ValidationError(field: "period", "按结对户开展的记录应计入开展期间 \(adoption.period.chinese)，而不是 \(period.chinese)。"))
            }
            if let householdId {
                if !adoption.households.contains(where: { $0.id == householdId }) {
                    errors.append(ValidationError(field: "householdId", "所选结对户不在本期\(template.quotedName)的结对名单中。"))
                }
            } else {
                let names = adoption.households.map(\.name).joined(separator: "、")
                errors.append(ValidationError(field: "householdId", "\(template.quotedName)按结对户开展，须指明结对户（\(names)）。"))
            }
        } else {
            if householdId != nil {
                errors.append(ValidationError(field: "householdId", "\(template.quotedName)不按结对户开展，不能指明结对户。"))
            }
            if period.kind != template.period {
                let expected = Period(containing: date, kind: template.period)?.chinese ?? ""
                errors.append(ValidationError(field: "period", "\(template.quotedName)\(template.period.chineseName)开展，记录应计入活动日期所在的 \(expected)，而不是 \(period.chinese)。"))
            } else if !period.contains(date) {
                errors.append(ValidationError(field: "date", "活动日期 \(date.iso) 不在 \(period.chinese)（\(period.firstDay.iso) 至 \(period.lastDay.iso)）内。"))
            }
        }
        return errors
    }
}
