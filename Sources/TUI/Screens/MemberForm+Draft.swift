import Foundation
import Model

extension MemberForm {
    /// Reads the form into a member file, or returns every problem keyed by field id, with the
    /// model's own messages. An edit keeps what the form does not show: status, timeline,
    /// floating.
    func draft(ledger: Ledger, today: CalendarDate) -> Result<Member, ValidationErrors> {
        var errors: [ValidationError] = []
        func text(_ id: String) -> String { form.value(of: id).trimmingCharacters(in: .whitespaces) }
        func date(_ id: String, _ label: String) -> CalendarDate? {
            let typed = text(id)
            if typed.isEmpty { return nil }
            switch ChineseDateParser.parse(typed, label: label, field: id) {
            case .success(let value): return value
            case .failure(let error): errors.append(error); return nil
            }
        }
        var m = original ?? Member(id: id, name: "")
        m.name = text("name")
        m.gender = Self.genders[choiceIndex("gender")]
        m.ethnicity = text("ethnicity")
        m.birthDate = date("birthDate", "出生日期")
        m.education = text("education")
        m.post = text("post")
        let group = choiceIndex("groupId")
        m.groupId = group == 0 ? nil : ledger.profile.groups[group - 1].id
        m.phone = text("phone")
        m.idNumber = text("idNumber").uppercased()
        m.joinedDate = date("joinedDate", "入党日期")
        m.fullMembershipDate = date("fullMembershipDate", "转正日期")
        let baseText = text("duesBase")
        m.duesBase = Self.amount(baseText)
        if !baseText.isEmpty, m.duesBase == nil {
            errors.append(ValidationError(field: "duesBase", "党费基数“\(baseText)”不是金额：请写税后月收入的元数，如 6350.50。"))
        }
        m.duesCategory = duesCategory
        m.notes = form.value(of: "notes")
        if isNew {
            m.status = Self.startingStatuses[choiceIndex("status")]
            m.timeline = startingTimeline(for: m, statusDate: date("statusDate", "身份日期"), today: today, errors: &errors)
        }
        errors += m.validate(today: today) + TextRule.multiLine(m.notes, field: "notes", label: "备注")
        errors += PipelineRule.consistencyErrors(of: m, today: today)
        errors += duplicates(of: m, in: ledger)
        return errors.isEmpty ? .success(m) : .failure(ValidationErrors(errors))
    }

    /// A new file's timeline: the event that dated its pipeline status, and the admission and
    /// 转正 its dates record (as `member add` does), so later moves can be checked against them
    /// (列为发展对象 needs the activist date: 发展党员工作细则, one year of 培养考察).
    private func startingTimeline(for m: Member, statusDate: CalendarDate?, today: CalendarDate,
                                  errors: inout [ValidationError]) -> [StatusEvent] {
        var timeline: [StatusEvent] = []
        if let statusDate {
            if let kind = Self.startingEvents[m.status] {
                if statusDate > today {
                    errors.append(ValidationError(field: "statusDate", "身份日期 \(statusDate.iso) 晚于今天（\(today.iso)）：只能登记已经发生的事。"))
                }
                timeline.append(StatusEvent(kind: kind, date: statusDate))
            } else {
                errors.append(ValidationError(field: "statusDate", "预备党员、正式党员不填身份日期：请填写入党日期和转正日期。"))
            }
        }
        if let joined = m.joinedDate { timeline.append(StatusEvent(kind: .admission, date: joined)) }
        if let full = m.fullMembershipDate { timeline.append(StatusEvent(kind: .fullMembership, date: full)) }
        return timeline.sorted { $0.date < $1.date }
    }

    /// The same person twice is the usual slip when typing a roster in (as `member add` checks).
    private func duplicates(of m: Member, in ledger: Ledger) -> [ValidationError] {
        var errors: [ValidationError] = []
        let others = ledger.members.filter { $0.id != m.id }
        if !m.idNumber.isEmpty, let same = others.first(where: { $0.idNumber.uppercased() == m.idNumber }) {
            errors.append(ValidationError(field: "idNumber", "台账中已有身份证号相同的\(same.name)：同一人不要重复录入。"))
        }
        if let birth = m.birthDate, let same = others.first(where: { $0.name == m.name && $0.birthDate == birth }) {
            errors.append(ValidationError(field: "name", "台账中已有同名同出生日期的\(same.name)：同一人不要重复录入。"))
        }
        return errors
    }

    /// Shows each problem under its field (unknown fields under 姓名) and focuses the first one.
    mutating func show(_ errors: [ValidationError]) {
        panel.show(errors)
    }
}
