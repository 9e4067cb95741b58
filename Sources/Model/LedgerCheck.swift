import Foundation

/// A rule broken somewhere in a loaded ledger, naming the record it concerns.
public struct LedgerProblem: Hashable, Sendable, CustomStringConvertible {
    /// Which ledger, e.g. `meetings`.
    public var ledger: String
    public var recordId: UUID?
    /// The year of the record's shard, for dated ledgers.
    public var year: Int?
    /// A short Chinese label for the record, e.g. 2026-03-05 党课“…”.
    public var record: String
    public var error: ValidationError

    public var description: String { "\(record)：\(error.message)" }
}

/// Checks every loaded record against its rules and every cross-reference between ledgers.
/// `branchdesk check` runs this after the store has parsed the files.
public enum LedgerCheck {
    public static func problems(in ledger: Ledger, today: CalendarDate) -> [LedgerProblem] {
        var problems: [LedgerProblem] = []
        let memberIds = Set(ledger.members.map(\.id))
        let meetingIds = Set(ledger.meetings.map(\.id))
        let templates = Dictionary(ledger.fiveOnesTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        func add(_ ledgerName: String, _ id: UUID?, _ label: String, _ errors: [ValidationError], year: Int? = nil) {
            problems += errors.map { LedgerProblem(ledger: ledgerName, recordId: id, year: year, record: label, error: $0) }
        }
        func dangling(_ id: UUID, field: String, what: String) -> [ValidationError] {
            memberIds.contains(id) ? [] : [ValidationError(field: field, "\(what)指向不存在的党员（\(id.uuidString.prefix(8))）。")]
        }

        add("branch", ledger.profile.id, "支部信息", TextRule.required(ledger.profile.name, field: "name", label: "支部名称"))
        for seat in ledger.profile.committee {
            add("branch", ledger.profile.id, "支部信息", dangling(seat.memberId, field: "committee", what: "支委\(seat.role.chineseName)"))
        }
        for member in ledger.members {
            var errors = member.validate(today: today)
            if let groupId = member.groupId, ledger.profile.group(groupId) == nil {
                errors.append(ValidationError(field: "groupId", "所在党小组不存在。"))
            }
            add("members", member.id, "党员 \(member.name)", errors)
        }
        for meeting in ledger.meetings {
            add("meetings", meeting.id, "\(meeting.date.iso) \(meeting.kind.shortName)“\(meeting.topic)”",
                meeting.validate(in: ledger, today: today), year: meeting.date.year)
        }
        for log in ledger.fiveOnesLogs {
            var errors = textErrors(log)
            if let template = templates[log.templateId] {
                if !template.items.indices.contains(log.itemIndex) {
                    errors.append(ValidationError(field: "itemIndex", "“\(template.name)”没有第 \(log.itemIndex + 1) 项（共 \(template.items.count) 项）。"))
                }
            } else {
                errors.append(ValidationError(field: "templateId", "引用的“五个一”模板不存在。"))
            }
            if let meetingId = log.meetingId, !meetingIds.contains(meetingId) {
                errors.append(ValidationError(field: "meetingId", "关联的会议记录不存在（可能已删除）。"))
            }
            errors += log.participants.flatMap { dangling($0, field: "participants", what: "参加人员") }
            add("fiveones", log.id, "\(log.date.iso) 五个一记录", errors, year: log.date.year)
        }
        for talk in ledger.talkCases {
            add("talks", talk.id, "\(talk.openedOn.iso) 提醒谈话",
                dangling(talk.memberId, field: "memberId", what: "谈话对象") + textErrors(talk), year: talk.openedOn.year)
        }
        for task in ledger.tasks {
            var errors = task.validate()
            errors += task.concerns.flatMap { dangling($0, field: "concerns", what: "涉及人员") }
            add("tasks", task.id, "任务“\(task.title)”", errors, year: task.due.year)
        }
        for commitment in ledger.commitments {
            add("commitments", commitment.id, "\(commitment.year) 年承诺",
                dangling(commitment.memberId, field: "memberId", what: "承诺人") + textErrors(commitment), year: commitment.year)
        }
        for payment in ledger.dues {
            var errors = dangling(payment.memberId, field: "memberId", what: "缴费人") + textErrors(payment)
            if payment.amountFen < 0 {
                errors.append(ValidationError(field: "amountFen", "党费金额不能为负数。"))
            }
            add("dues", payment.id, "\(payment.month.iso) 党费", errors, year: payment.month.year)
        }
        return problems
    }
}
