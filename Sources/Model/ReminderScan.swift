import Foundation

/// One run of `ReminderEngine`: the ledger, the window of days, and the reminders found so
/// far. Each rule lives in its own extension (`ReminderScan+Cadence.swift` …).
struct ReminderScan {
    let ledger: Ledger
    let today: CalendarDate
    /// The last day of the horizon.
    let horizon: CalendarDate
    /// Period gaps ending on or before this day are no longer reported.
    let lookbackStart: CalendarDate
    var found: [Reminder] = []

    init(ledger: Ledger, today: CalendarDate, horizonDays: Int) {
        self.ledger = ledger
        self.today = today
        self.horizon = today.adding(days: horizonDays)
        self.lookbackStart = today.adding(months: -ReminderEngine.lookbackMonths)
    }

    /// Whether a reminder due on `due` is listed: overdue and still open (`keepsOverdue`),
    /// due within the horizon, or inside its rule's own notice period (from `noticeFrom`).
    func shows(_ due: CalendarDate, noticeFrom: CalendarDate? = nil, keepsOverdue: Bool = true) -> Bool {
        if due < today { return keepsOverdue }
        if due <= horizon { return true }
        return noticeFrom.map { $0 <= today } ?? false
    }

    /// Whether a period that ended on `due` is still inside the look-back.
    func withinLookback(_ due: CalendarDate) -> Bool { due > lookbackStart }

    /// Adds a reminder, with the severity its due date gives (or `atLeast`, when the rule escalates).
    mutating func add(_ rule: ReminderRule, due: CalendarDate, _ title: String, key: String,
                      kind: MeetingKind? = nil, group: PartyGroup? = nil, member: UUID? = nil,
                      ref: UUID? = nil, atLeast: ReminderSeverity? = nil) {
        var severity = ReminderSeverity.of(due: due, today: today)
        if let atLeast, atLeast < severity { severity = atLeast }
        found.append(Reminder(rule: rule, due: due, severity: severity, title: title, kind: kind,
                              group: group?.id, groupName: group?.name, member: member,
                              memberName: member.map(ledger.memberName), ref: ref, key: key))
    }

    /// `2026年3月5日`, the way the titles print dates.
    static func day(_ date: CalendarDate) -> String { date.chinese }
}
