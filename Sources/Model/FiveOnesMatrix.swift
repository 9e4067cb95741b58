import Foundation

/// The completion matrix of one adopted five-ones scheme (issue #5, DOMAIN.md §5): items ×
/// periods, each cell done (with the dates and the linked meetings), partly done, outstanding
/// or not yet due.
///
/// For a per-household scheme (盐城 牵手致富) the rows are households × items, each with the
/// paired member, over a single column: the adopted span. `summaryRows` folds the households
/// back into one row per item, partly done while only some households have done it.
///
/// Pure: `today` is a parameter, so a deed logged a moment ago fills its cell as soon as the
/// matrix is built again. A log counts for the period it names when that is a period of the
/// template's kind, else for the period its date falls in (the same rule as the `five-ones`
/// reminder, so the matrix and 工作台 never disagree).
public struct FiveOnesMatrix: Hashable, Sendable {
    public var template: FiveOnesTemplate
    public var adoption: FiveOnesAdoption
    /// The columns, in order.
    public var periods: [Period]
    /// Items in template order; for 牵手致富, each household's items, households in adoption order.
    public var rows: [FiveOnesRow]
    public var today: CalendarDate

    public init(template: FiveOnesTemplate, adoption: FiveOnesAdoption, periods: [Period], rows: [FiveOnesRow],
                today: CalendarDate) {
        self.template = template
        self.adoption = adoption
        self.periods = periods
        self.rows = rows
        self.today = today
    }

    /// Whether the rows are households × items.
    public var isPerHousehold: Bool { template.period == .pairing }

    // MARK: - Building

    /// The matrix of `adoption` of `template`. `logs` and `meetings` may hold anything loaded:
    /// only logs of this template count, and meetings are looked up by the logs' links.
    /// `members` names the paired members of households (left unnamed when not given).
    public static func build(template: FiveOnesTemplate, adoption: FiveOnesAdoption, logs: [FiveOnesLog],
                             meetings: [Meeting], members: [Member] = [], today: CalendarDate) -> FiveOnesMatrix {
        let periods = adoption.periods(for: template)
        let meetingsById = Dictionary(meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let mine = logs.filter { $0.templateId == template.id }
            .sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
        func entries(item: Int, period: Period, household: Household?) -> [FiveOnesEntry] {
            mine.filter { log in
                log.itemIndex == item && counts(log, in: period, template: template)
                    && (household == nil || log.householdId == household?.id)
            }.map { FiveOnesEntry(log: $0, meeting: $0.meetingId.flatMap { meetingsById[$0] }) }
        }
        func row(_ item: Int, household: Household?) -> FiveOnesRow {
            let cells = periods.map { cell($0, entries: entries(item: item, period: $0, household: household), today: today) }
            let member = household.flatMap { h in members.first { $0.id == h.pairedMemberId }?.name }
            return FiveOnesRow(itemIndex: item, item: template.items[item], household: household,
                               pairedMemberName: member, cells: cells)
        }
        var rows: [FiveOnesRow] = []
        if template.period == .pairing {
            for household in adoption.households {
                rows += template.items.indices.map { row($0, household: household) }
            }
        } else {
            rows = template.items.indices.map { row($0, household: nil) }
        }
        return FiveOnesMatrix(template: template, adoption: adoption, periods: periods, rows: rows, today: today)
    }

    /// The matrix of every adoption in `ledger` whose template exists, ordered by template
    /// order and then by the adopted span.
    public static func all(in ledger: Ledger, today: CalendarDate) -> [FiveOnesMatrix] {
        let order = Dictionary(ledger.fiveOnesTemplates.enumerated().map { ($0.element.id, $0.offset) },
                               uniquingKeysWith: { a, _ in a })
        return ledger.fiveOnesAdoptions
            .filter { order[$0.templateId] != nil }
            .sorted { (order[$0.templateId]!, $0.period.firstDay, $0.period.lastDay) < (order[$1.templateId]!, $1.period.firstDay, $1.period.lastDay) }
            .map { adoption in
                build(template: ledger.fiveOnesTemplates[order[adoption.templateId]!], adoption: adoption,
                      logs: ledger.fiveOnesLogs, meetings: ledger.meetings, members: ledger.members, today: today)
            }
    }

    /// Whether `log` counts for `period` of `template` (see the type's overview).
    public static func counts(_ log: FiveOnesLog, in period: Period, template: FiveOnesTemplate) -> Bool {
        if template.period == .pairing {
            return log.period == period || period.contains(log.date)
        }
        if log.period.kind == template.period { return log.period == period }
        return period.contains(log.date)
    }

    static func cell(_ period: Period, entries: [FiveOnesEntry], today: CalendarDate) -> FiveOnesCell {
        if !entries.isEmpty {
            return FiveOnesCell(period: period, status: .done(dates: entries.map(\.log.date), logIds: entries.map(\.log.id),
                                                                meetingIds: entries.compactMap(\.log.meetingId)),
                                entries: entries)
        }
        if today < period.firstDay { return FiveOnesCell(period: period, status: .notYetDue) }
        let daysLeft = period.contains(today) ? today.days(until: period.lastDay) : nil
        return FiveOnesCell(period: period, status: .outstanding, daysLeft: daysLeft)
    }

    // MARK: - Views

    /// The same matrix with only the columns whose period overlaps `span` (e.g. 2026Q4 of a
    /// quarterly scheme adopted for 2026, or the whole year of a yearly one).
    public func restricted(to span: Period) -> FiveOnesMatrix {
        let keep = periods.indices.filter { periods[$0].firstDay <= span.lastDay && span.firstDay <= periods[$0].lastDay }
        var copy = self
        copy.periods = keep.map { periods[$0] }
        copy.rows = rows.map { row in
            var row = row
            row.cells = keep.map { row.cells[$0] }
            return row
        }
        return copy
    }

    /// The rows of one household (牵手致富).
    public func rows(for household: Household) -> [FiveOnesRow] {
        rows.filter { $0.household?.id == household.id }
    }

    /// The cell of item `itemIndex` in `period`, for `household` in a per-household scheme.
    public func cell(item itemIndex: Int, period: Period, household: Household? = nil) -> FiveOnesCell? {
        rows.first { $0.itemIndex == itemIndex && $0.household?.id == household?.id }?.cell(for: period)
    }

    /// For 牵手致富: one row per item across all households, done when every household has done
    /// it, partly done when some have. Empty for other schemes (their rows are already per item).
    public var summaryRows: [FiveOnesRow] {
        guard isPerHousehold, !adoption.households.isEmpty else { return [] }
        return template.items.indices.map { item in
            let mine = rows.filter { $0.itemIndex == item }
            let cells = periods.indices.map { column in
                FiveOnesMatrix.combine(mine.map { $0.cells[column] }, period: periods[column], today: today)
            }
            return FiveOnesRow(itemIndex: item, item: template.items[item], cells: cells)
        }
    }

    /// One cell per column over all rows: done when every row is, partly done when some are.
    /// A header for the screen ("一季度 5/5").
    public var periodSummary: [FiveOnesCell] {
        periods.indices.map { column in
            FiveOnesMatrix.combine(rows.map { $0.cells[column] }, period: periods[column], today: today)
        }
    }

    static func combine(_ parts: [FiveOnesCell], period: Period, today: CalendarDate) -> FiveOnesCell {
        let done = parts.filter { !$0.entries.isEmpty }
        let entries = done.flatMap(\.entries).sorted { ($0.log.date, $0.log.id.uuidString) < ($1.log.date, $1.log.id.uuidString) }
        guard !done.isEmpty, done.count < parts.count else { return cell(period, entries: entries, today: today) }
        var cell = cell(period, entries: [], today: today)
        cell.status = .partlyDone(done: done.count, of: parts.count, dates: entries.map(\.log.date),
                                  logIds: entries.map(\.log.id), meetingIds: entries.compactMap(\.log.meetingId))
        cell.entries = entries
        return cell
    }

    // MARK: - Reminders

    /// Outstanding items of the current period when at most `days` whole days are left in it,
    /// one entry per period (and household), for 工作台. The default matches the `five-ones`
    /// reminder's notice (`ReminderEngine.fiveOnesNoticeDays`).
    public func dueSoon(within days: Int = ReminderEngine.fiveOnesNoticeDays) -> [FiveOnesDueItem] {
        var result: [FiveOnesDueItem] = []
        for (column, period) in periods.enumerated() {
            guard period.contains(today), today.days(until: period.lastDay) <= days else { continue }
            let households: [Household?] = isPerHousehold ? adoption.households : [nil]
            for household in households {
                let missing = rows.filter { $0.household?.id == household?.id && $0.cells[column].status == .outstanding }
                guard !missing.isEmpty else { continue }
                result.append(FiveOnesDueItem(template: template, adoptionId: adoption.id, period: period, household: household,
                                              itemIndices: missing.map(\.itemIndex), daysLeft: today.days(until: period.lastDay)))
            }
        }
        return result
    }

    /// `dueSoon(within:)` over every branch-level adoption in `ledger`, soonest first. Member-level
    /// pledges (常州 四个一) are followed with commitments, as in the reminder engine.
    public static func dueSoon(in ledger: Ledger, today: CalendarDate,
                               within days: Int = ReminderEngine.fiveOnesNoticeDays) -> [FiveOnesDueItem] {
        all(in: ledger, today: today).filter { $0.template.level == .branch }
            .flatMap { $0.dueSoon(within: days) }
            .enumerated()
            .sorted { ($0.element.daysLeft, $0.offset) < ($1.element.daysLeft, $1.offset) }
            .map(\.element)
    }
}
