import Foundation

/// The branch's 三会一课 cadence for one year: for every rule (and every group, for rules due
/// per group) and every period, whether it was held, is due, was missed or is still to come.
///
/// The rules are data (`cadence.json`, DOMAIN.md §2): the branch's own when it has any,
/// otherwise the caller passes the shipped defaults. Only held meetings fill a period; a
/// planned one is listed on its cell so the grid can say 计划. Pure: `today` is a parameter,
/// so a meeting logged a moment ago fills its period as soon as the grid is computed again.
public enum CadenceGrid {
    /// The grid rows of `year`, in the order of `rules`; a per-group rule gives one row per
    /// group of the branch (none when the branch has no groups: there is no 小组会 to hold).
    ///
    /// Only `ledger.meetings` dated in `year` are looked at, so loading that year's shard is enough.
    public static func rows(for year: Int, ledger: Ledger, rules: [CadenceRule], today: CalendarDate) -> [CadenceRow] {
        let ofYear = ledger.meetings.filter { $0.date.year == year }.sorted { $0.date < $1.date }
        let byKind = Dictionary(grouping: ofYear, by: \.kind)
        var rows: [CadenceRow] = []
        for rule in rules {
            let meetings = byKind[rule.kind] ?? []
            if rule.perGroup {
                for group in ledger.profile.groups {
                    let mine = meetings.filter { $0.groupId == group.id }
                    rows.append(CadenceRow(rule: rule, group: group, cells: cells(of: rule, year: year, meetings: mine, today: today)))
                }
            } else {
                rows.append(CadenceRow(rule: rule, group: nil, cells: cells(of: rule, year: year, meetings: meetings, today: today)))
            }
        }
        return rows
    }

    /// One cell per period of the rule in `year`, from meetings already narrowed to the rule's
    /// kind (and group), sorted by date.
    static func cells(of rule: CadenceRule, year: Int, meetings: [Meeting], today: CalendarDate) -> [CadenceCell] {
        // A minimum below one would mark every empty period as held; a branch that does not
        // want a kind tracked removes its rule instead.
        let minimum = max(rule.minimum, 1)
        return Period.all(rule.period, in: year).map { period in
            let inPeriod = meetings.filter { period.contains($0.date) }
            let held = inPeriod.filter { $0.state == .held }.map(\.id)
            let planned = inPeriod.filter { $0.state == .planned }.map(\.id)
            return CadenceCell(period: period, status: status(of: period, heldIds: held, minimum: minimum, today: today),
                               held: held, planned: planned)
        }
    }

    static func status(of period: Period, heldIds: [UUID], minimum: Int, today: CalendarDate) -> CadenceStatus {
        if heldIds.count >= minimum { return .held(count: heldIds.count, meetingIds: heldIds) }
        if period.lastDay < today { return .overdue }
        if today < period.firstDay { return .notYetDue }
        return .due(daysLeft: today.days(until: period.lastDay))
    }
}
