import Foundation

extension Meeting {
    /// Field rules for a meeting record, against the branch's members and groups.
    public func validate(in ledger: Ledger, today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.required(topic, field: "topic", label: "议题")
        errors += TextRule.singleLine(place, field: "place", label: "地点")
        errors += TextRule.singleLine(host, field: "host", label: "主持人", limit: TextRule.nameLimit)
        errors += TextRule.singleLine(recorder, field: "recorder", label: "记录人", limit: TextRule.nameLimit)
        errors += TextRule.singleLine(lecturer, field: "lecturer", label: "授课人", limit: TextRule.nameLimit)
        errors += TextRule.multiLine(minutes, field: "minutes", label: "会议记录")
        errors += TextRule.multiLine(resolutions, field: "resolutions", label: "决议")
        if state == .held, date > today {
            errors.append(ValidationError(field: "date", "会议日期 \(date.iso) 在今天（\(today.iso)）之后，不能标为已召开；未来的会议请保存为“计划”。"))
        }
        if let start = startTime, let end = endTime, end <= start {
            errors.append(ValidationError(field: "endTime", "结束时间 \(end.text) 应晚于开始时间 \(start.text)。"))
        }
        if kind == .partyLecture, state == .held, lecturer.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(ValidationError(field: "lecturer", "党课须填写授课人。"))
        }
        if kind == .groupMeeting {
            if groupId == nil {
                errors.append(ValidationError(field: "groupId", "党小组会须选择党小组。"))
            } else if ledger.profile.group(groupId) == nil {
                errors.append(ValidationError(field: "groupId", "所选党小组不存在，请从本支部的党小组中选择。"))
            }
        }
        var seen = Set<UUID>()
        for entry in attendance {
            if ledger.member(entry.memberId) == nil {
                errors.append(ValidationError(field: "attendance", "出席名单中有不属于本支部的人员（\(entry.memberId.uuidString.prefix(8))），请从党员名单中选择；非党员请列为列席。"))
            }
            if !seen.insert(entry.memberId).inserted {
                errors.append(ValidationError(field: "attendance", "\(ledger.memberName(entry.memberId))在出席名单中出现了两次。"))
            }
            if entry.presence == .excused, entry.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(ValidationError(field: "attendance", "\(ledger.memberName(entry.memberId))请假须写明事由。"))
            }
        }
        for observer in observers {
            errors += TextRule.required(observer, field: "observers", label: "列席人员姓名", limit: TextRule.nameLimit)
        }
        if !votes.isEmpty {
            if kind != .generalMeeting {
                errors.append(ValidationError(field: "votes", "只有支部党员大会记录表决结果。"))
            } else {
                let rule = GeneralMeetingRule(meeting: self, ledger: ledger)
                errors += votes.flatMap { rule.check($0) }
            }
        }
        return errors
    }
}
