import Foundation
import Model

/// The cadence grid as text: one table per period length (months, quarters, half-years,
/// years), a legend, and the reminders of `CadenceGrid.summary`.
enum CadenceChart {
    static let legend = "图例：✓ 已召开　本期 本期尚未召开　计划 已安排计划　缺 已过期未召开　· 尚未到期"

    static func lines(_ rows: [CadenceRow], year: Int, ledger: Ledger, today: CalendarDate) -> [String] {
        var lines = ["\(ledger.profile.name) \(year) 年三会一课（今天 \(today.iso)）"]
        guard !rows.isEmpty else {
            return lines + ["", "没有需要按期召开的会议（会议周期规则为空）。"]
        }
        let labelWidth = rows.map { MeetingText.width($0.label) }.max()! + 2
        for kind in [PeriodKind.month, .quarter, .halfYear, .year] {
            let section = rows.filter { $0.cells.first?.period.kind == kind }
            guard let first = section.first else { continue }
            let headers = first.cells.map { header($0.period) }
            let width = max(4, headers.map(MeetingText.width).max() ?? 0) + 1
            lines.append("")
            lines.append((MeetingText.pad(kind.chineseName, to: labelWidth) + headers.map { MeetingText.pad($0, to: width) }.joined())
                .trimmingTrailingSpaces())
            for row in section {
                let marks = row.cells.map { MeetingText.pad(mark($0), to: width) }.joined()
                lines.append((MeetingText.pad(row.label, to: labelWidth) + marks).trimmingTrailingSpaces())
            }
        }
        lines.append("")
        lines.append(legend)
        let reminders = CadenceGrid.summary(of: rows, ledger: ledger, today: today)
        lines.append("")
        if reminders.isEmpty {
            lines.append("提醒：没有需要提醒的事项。")
        } else {
            lines.append("提醒：")
            lines += reminders.map { "  · \($0)" }
        }
        return lines
    }

    /// The short mark of a cell.
    static func mark(_ cell: CadenceCell) -> String {
        switch cell.status {
        case .held: return "✓"
        case .overdue: return "缺"
        case .due: return cell.planned.isEmpty ? "本期" : "计划"
        case .notYetDue: return cell.planned.isEmpty ? "·" : "计划"
        }
    }

    /// Column headings: 1月 … 12月, 一季度 … 四季度, 上半年, 全年.
    static func header(_ period: Period) -> String {
        let quarters = ["一", "二", "三", "四"]
        switch period {
        case .month(_, let m): return "\(m)月"
        case .quarter(_, let q): return "\(quarters[q - 1])季度"
        case .halfYear(_, let h): return h == 1 ? "上半年" : "下半年"
        case .year: return "全年"
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
