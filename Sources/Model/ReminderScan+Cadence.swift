import Foundation

extension ReminderScan {
    /// `cadence`: a period of a meeting kind (per group for 党小组会) ending without enough held
    /// meetings (DOMAIN.md §2; life-meeting, democratic-review and heart-talk are yearly in the
    /// shipped rules). Due on the period's last day: listed once that day is within the horizon,
    /// overdue after it, for periods that ended inside the look-back. `CadenceGrid` decides
    /// held / missing, so the grid and the reminders never disagree.
    ///
    /// Gaps are not reported for periods that ended before the first month with any meeting
    /// record (held or planned) in the loaded ledger: the engine cannot tell a silent year from
    /// a ledger begun later, and takes the latter rather than replay a year of false gaps. With
    /// no meeting records at all, only the periods still running are reminded.
    mutating func cadence(rules: [CadenceRule]) {
        let firstRecord = ledger.meetings.lazy.map(\.date).min().map { min($0.yearMonth, today.yearMonth) } ?? today.yearMonth
        let last = max(horizon.year, today.year)
        for year in lookbackStart.year...last {
            for row in CadenceGrid.rows(for: year, ledger: ledger, rules: rules, today: today) {
                for cell in row.cells where !cell.status.isHeld {
                    let due = cell.period.lastDay
                    guard withinLookback(due), due >= firstRecord.firstDay, shows(due) else { continue }
                    add(.cadence, due: due, title(row, cell), key: key(row, cell), kind: row.rule.kind,
                        group: row.group, ref: cell.planned.first)
                }
            }
        }
    }

    private func title(_ row: CadenceRow, _ cell: CadenceCell) -> String {
        let who = row.group.map { "\($0.name) " } ?? ""
        let what = "\(who)\(cell.period.chinese)\(row.rule.kind.shortName)"
        let minimum = max(row.rule.minimum, 1)
        if cell.period.lastDay < today {
            if cell.held.isEmpty { return "\(what)未召开（无会议记录）" }
            return "\(what)只召开了 \(cell.held.count) 次（\(row.rule.period.chineseName)至少 \(minimum) 次）"
        }
        var text = "\(what)尚未召开，须在 \(cell.period.lastDay.month) 月 \(cell.period.lastDay.day) 日前召开"
        if !cell.held.isEmpty { text = "\(what)已召开 \(cell.held.count) 次，还须 \(minimum - cell.held.count) 次" }
        let planned = cell.planned.isEmpty ? nil : ledger.meetings.filter { cell.planned.contains($0.id) }.map(\.date).min()
        if let planned { text += "（已计划 \(planned.month) 月 \(planned.day) 日召开）" }
        return text
    }

    private func key(_ row: CadenceRow, _ cell: CadenceCell) -> String {
        "cadence/\(row.rule.kind.rawValue)/\(row.group?.id.uuidString ?? "branch")/\(cell.period.code)"
    }
}
