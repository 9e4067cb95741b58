import Foundation

extension CadenceGrid {
    /// Short Chinese reminders for 工作台: first what is still open in the current periods
    /// (fewest days left first), then the gaps of the year, one line per row.
    ///
    /// e.g. “本月支委会尚未召开（还有 26 天）”, “第一党小组 7 月、10 月小组会未召开”.
    /// Private reminders, never a score: no percentages, counts of gaps or rankings (DOMAIN.md §2).
    public static func summary(for year: Int, ledger: Ledger, rules: [CadenceRule], today: CalendarDate) -> [String] {
        summary(of: rows(for: year, ledger: ledger, rules: rules, today: today), ledger: ledger, today: today)
    }

    /// The same reminders for rows already computed (the grid and the summary share them).
    /// `ledger` supplies the dates of planned meetings.
    public static func summary(of rows: [CadenceRow], ledger: Ledger, today: CalendarDate) -> [String] {
        let dates = Dictionary(ledger.meetings.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        var due: [(daysLeft: Int, line: String)] = []
        var gaps: [String] = []
        for row in rows {
            let kind = row.rule.kind.shortName
            let group = row.group?.name ?? ""
            let minimum = max(row.rule.minimum, 1)
            for cell in row.cells {
                guard case .due(let daysLeft) = cell.status else { continue }
                var line = group + currentWords(cell.period) + kind
                line += cell.held.isEmpty ? "尚未召开" : "已召开 \(cell.held.count) 次，还需 \(minimum - cell.held.count) 次"
                if let next = cell.planned.compactMap({ dates[$0] }).filter({ $0 >= today }).min() {
                    line += "，已计划 \(next.month) 月 \(next.day) 日召开"
                }
                line += daysLeft == 0 ? "（今天是最后一天）" : "（还有 \(daysLeft) 天）"
                due.append((daysLeft, line))
            }
            let overdue = row.cells.filter { $0.status == .overdue }
            let prefix = (group.isEmpty ? "" : group + " ") + yearWords(row, today: today)
            let missed = overdue.filter { $0.held.isEmpty }.map { label($0.period) }
            if !missed.isEmpty {
                gaps.append("\(prefix)\(missed.joined(separator: "、"))\(kind)未召开")
            }
            for cell in overdue where !cell.held.isEmpty {
                gaps.append("\(prefix)\(label(cell.period))\(kind)只召开了 \(cell.held.count) 次（\(row.rule.period.chineseName)至少 \(minimum) 次）")
            }
        }
        // Stable: rows keep their rule order among equal deadlines.
        let ordered = due.enumerated().sorted { ($0.element.daysLeft, $0.offset) < ($1.element.daysLeft, $1.offset) }
        return ordered.map(\.element.line) + gaps
    }

    /// “本月”, “本季度”, “今年下半年”, “今年”: the current period in words.
    private static func currentWords(_ period: Period) -> String {
        switch period {
        case .month: return "本月"
        case .quarter: return "本季度"
        case .halfYear(_, let h): return h == 1 ? "今年上半年" : "今年下半年"
        case .year: return "今年"
        }
    }

    /// “2025 年” in front of the months or quarters of a year that is not this one.
    private static func yearWords(_ row: CadenceRow, today: CalendarDate) -> String {
        guard let period = row.cells.first?.period, period.kind != .year, period.firstDay.year != today.year else { return "" }
        return "\(period.firstDay.year) 年" + (period.kind == .month ? " " : "")
    }

    /// “7 月”, “第二季度”, “上半年”, “2026 年”.
    static func label(_ period: Period) -> String {
        let quarters = ["一", "二", "三", "四"]
        switch period {
        case .month(_, let m): return "\(m) 月"
        case .quarter(_, let q): return "第\(quarters[q - 1])季度"
        case .halfYear(_, let h): return "\(h == 1 ? "上" : "下")半年"
        case .year(let y): return "\(y) 年"
        }
    }
}
