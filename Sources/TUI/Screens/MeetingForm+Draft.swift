import Foundation
import Model

extension MeetingForm {
    /// Reads the form into a meeting, or returns every problem keyed by field id, with the
    /// model's own messages (what is wrong, what is allowed).
    func draft(ledger: Ledger, today: CalendarDate) -> Result<Meeting, ValidationErrors> {
        var errors: [ValidationError] = []
        let dateText = form.value(of: "date").trimmingCharacters(in: .whitespaces)
        let date = ChineseDateParser.parse(dateText)
        if date == nil {
            errors.append(ValidationError(field: "date", "日期“\(dateText)”无效：请写一个存在的日期，如 2026-03-05 或 2026年3月5日。"))
        }
        func time(_ id: String, _ label: String) -> ClockTime? {
            let text = form.value(of: id).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            guard let value = ClockTime(text) else {
                errors.append(ValidationError(field: id, "\(label)“\(text)”无效：请写成 14:30 这样的 24 小时制时间，或留空。"))
                return nil
            }
            return value
        }
        let start = time("startTime", "开始时间"), end = time("endTime", "结束时间")
        var votes: [Vote] = []
        switch VoteText.parse(form.value(of: "votes")) {
        case .failure(let error): errors.append(error)
        case .success(let lines):
            let probe = Meeting(id: id, kind: kind, date: date ?? today, topic: "", attendance: attendance)
            let rule = GeneralMeetingRule(meeting: probe, ledger: ledger)
            // An outcome left out is recorded as the counts decide it.
            votes = lines.map {
                Vote(motion: $0.motion, votesFor: $0.votesFor, votesAgainst: $0.votesAgainst, abstentions: $0.abstentions,
                     passed: $0.passed ?? (rule.hasQuorum && rule.passes(votesFor: $0.votesFor)))
            }
        }
        func text(_ id: String) -> String { form.value(of: id).trimmingCharacters(in: .whitespaces) }
        let observers = text("observers").split { $0 == "、" || $0 == "," || $0 == "，" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let state = Self.states[choiceIndex("state")]
        let meeting = Meeting(id: id, kind: kind, state: state, date: date ?? today, startTime: start, endTime: end,
                              place: text("place"), host: text("host"), recorder: text("recorder"),
                              lecturer: text("lecturer"), groupId: kind == .groupMeeting ? groupId(in: ledger) : nil,
                              topic: text("topic"), attendance: state == .planned && !attendanceTouched ? [] : attendance,
                              observers: observers, minutes: form.value(of: "minutes"),
                              resolutions: form.value(of: "resolutions"), votes: votes)
        errors += meeting.validate(in: ledger, today: today).filter { error in
            // A bad date was already reported; the placeholder date would only add noise.
            date != nil || error.field != "date"
        }
        return errors.isEmpty ? .success(meeting) : .failure(ValidationErrors(errors))
    }

    /// Shows each problem under its field (unknown fields under 议题) and focuses the first one.
    mutating func show(_ errors: [ValidationError]) {
        panel.show(errors, fallback: "topic")
    }
}
