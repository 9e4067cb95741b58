import Foundation

/// The one reminder engine (issue #7): every deadline the rules imply, across every ledger,
/// for the 工作台, `branchdesk remind` and the calendar export.
///
/// Pure: `today` is a parameter and nothing is read from the clock or the disk. What is shown:
/// - everything overdue that is still open (an open task, a probationary member past their
///   year, an expired term …); period-based gaps (三会一课, five-ones, commitment reviews) only
///   for periods that ended within the last `lookbackMonths` (a rolling year, so the annual
///   meetings of last year still show in spring, and a ten-year-old ledger is not replayed);
/// - everything falling due from today through `today + horizonDays`;
/// - a few rules warn earlier than the horizon, because the regulations ask for it:
///   `term-end` six months ahead (DOMAIN.md §3 “remind well before the term ends”),
///   `probation-end` `probationNoticeDays` ahead (the 转正 application and general meeting need
///   preparing), `five-ones` `fiveOnesNoticeDays` before its period ends, `commitment-review`
///   from 1 December, `inactivity` from the third month (whose due date is the sixth month's end);
/// - events that are no obligation once past (`political-birthday`, `activist-assessment`,
///   `candidate-eligible`) only from today on; the ledger has no assessment records yet, so a
///   past assessment date cannot be known to be missed.
/// Talk cases are read only when `includeTalks` (the secretary's role; DOMAIN.md §4).
///
/// The dated ledgers it looks at must be loaded for `years(today:horizonDays:)`, and dues for
/// every year (arrears count from the first recorded month). Attendance is indexed by member
/// once, so the cost is linear in attendance rows, never members × meetings.
public enum ReminderEngine {
    /// How far back period gaps are reported.
    public static let lookbackMonths = 12
    /// Days before a probation ends that its reminder appears.
    public static let probationNoticeDays = 30
    /// Days before a five-ones period ends that its outstanding items appear.
    public static let fiveOnesNoticeDays = 30
    /// Months before the committee's term ends that `term-end` appears (DOMAIN.md §3).
    public static let termNoticeMonths = 6
    /// Political birthdays are shown this many days ahead at most (“this week”).
    public static let birthdayDays = 7

    /// Every reminder, sorted by due date (then rule, then title).
    public static func reminders(ledger: Ledger, rules: [CadenceRule], today: CalendarDate,
                                 horizonDays: Int, includeTalks: Bool) -> [Reminder] {
        var scan = ReminderScan(ledger: ledger, today: today, horizonDays: max(horizonDays, 0))
        scan.cadence(rules: rules)
        scan.pipeline()
        scan.inactivityAndDues()
        scan.termEnd()
        if includeTalks { scan.talks() }
        scan.fiveOnes()
        scan.tasks()
        scan.commitments()
        let order = Dictionary(uniqueKeysWithValues: ReminderRule.allCases.enumerated().map { ($0.element, $0.offset) })
        return scan.found.sorted {
            ($0.due, order[$0.rule]!, $0.title, $0.key) < ($1.due, order[$1.rule]!, $1.title, $1.key)
        }
    }

    /// The years of the dated ledgers (meetings, five-ones logs, commitments) the engine reads
    /// for `today`: from the start of the look-back through the horizon's end.
    public static func years(today: CalendarDate, horizonDays: Int) -> ClosedRange<Int> {
        let first = today.adding(months: -lookbackMonths).year
        return first...today.adding(days: max(horizonDays, 0)).year
    }
}
