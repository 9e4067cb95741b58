import Foundation

/// Monthly liaison tasks (信息报送 and the like): one task per month, one series id, never two
/// tasks for the same month (issue #7).
///
/// A series is found again by its title, source and kind, so adding the same monthly task next
/// year extends the series the demo or an earlier `task add --monthly` began instead of starting
/// a second one. Each month's task is titled `标题（2026年3月）`.
public enum TaskSeries {
    /// The tasks to add for months `first`…`last` (inclusive), due on `dueDay` of each month
    /// (clamped to the month's length: 31 → 28 February), skipping every month the series
    /// already has in `existing`. Returns the series id (existing or new) and the new tasks.
    public static func monthly(title: String, source: String, kind: TaskKind, concerns: [UUID], dueDay: Int,
                               from first: YearMonth, through last: YearMonth, existing: [LiaisonTask],
                               newSeriesId: UUID = UUID()) -> (seriesId: UUID, added: [LiaisonTask]) {
        let members = existing.filter { isMonthly($0, title: title, source: source, kind: kind) }
        let seriesId = members.first?.recurrence?.seriesId ?? newSeriesId
        var taken = Set(existing.filter { $0.recurrence?.seriesId == seriesId }.map(\.due.yearMonth))
        var added: [LiaisonTask] = []
        var month = first
        while month <= last {
            if !taken.contains(month) {
                let day = min(max(dueDay, 1), CalendarDate.daysIn(year: month.year, month: month.month))
                added.append(LiaisonTask(title: "\(title)（\(month.chinese)）", source: source, kind: kind,
                                         due: CalendarDate(year: month.year, month: month.month, day: day)!,
                                         concerns: concerns,
                                         recurrence: TaskRecurrence(seriesId: seriesId, period: .month, dueDay: dueDay)))
                taken.insert(month)
            }
            month = month.adding(months: 1)
        }
        return (seriesId, added)
    }

    /// The title without its month: `党建信息报送（2026年3月）` → `党建信息报送`.
    public static func baseTitle(of task: LiaisonTask) -> String {
        let suffix = "（\(task.due.yearMonth.chinese)）"
        return task.title.hasSuffix(suffix) ? String(task.title.dropLast(suffix.count)) : task.title
    }

    private static func isMonthly(_ task: LiaisonTask, title: String, source: String, kind: TaskKind) -> Bool {
        task.recurrence?.period == .month && task.source == source && task.kind == kind && baseTitle(of: task) == title
    }
}
