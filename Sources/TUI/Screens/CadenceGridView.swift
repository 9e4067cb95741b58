import Foundation
import Model

/// 三会一课 at a glance: meeting kinds × the months of a year, each period marked held,
/// this period, planned, missed or not yet due. A private reminder for the secretary, never
/// a score (DOMAIN.md §2): marks and plain sentences, no percentages.
enum CadenceGridView {
    static let labelWidth = 18
    static let monthWidth = 5

    static func render(ledger: Ledger, year: Int, today: CalendarDate, into buffer: inout ScreenBuffer, rect: Rect) {
        guard !ledger.cadenceRules.isEmpty else {
            buffer.put("本台账没有会议周期规则（cadence.json），无法计算周期。", x: rect.x, y: rect.y, maxWidth: rect.width, style: .dim)
            return
        }
        let rows = CadenceGrid.rows(for: year, ledger: ledger, rules: ledger.cadenceRules, today: today)
        var y = rect.y
        buffer.put("\(year) 年会议周期　[ 上一年  ] 下一年  v 返回列表", x: rect.x, y: y, maxWidth: rect.width, style: .bold)
        y += 1
        var header = DisplayWidth.pad("", toWidth: labelWidth)
        for month in 1...12 { header += DisplayWidth.pad("\(month)月", toWidth: monthWidth, alignment: .center) }
        buffer.put(header, x: rect.x, y: y, maxWidth: rect.width, style: .underline)
        y += 1
        for row in rows where y < rect.maxY {
            buffer.put(DisplayWidth.pad(row.label, toWidth: labelWidth), x: rect.x, y: y, maxWidth: labelWidth)
            for cell in row.cells {
                let first = cell.period.firstDay.month, last = cell.period.lastDay.month
                let x = rect.x + labelWidth + (first - 1) * monthWidth
                let span = (last - first + 1) * monthWidth
                let (mark, style) = self.mark(cell)
                buffer.put(DisplayWidth.pad(mark, toWidth: span, alignment: .center), x: x, y: y, maxWidth: min(span, rect.maxX - x), style: style)
            }
            y += 1
        }
        y += 1
        if y < rect.maxY {
            buffer.put("✓ 已召开　本期 本期尚未召开　计划 已有计划　缺 该期未召开　· 未到期", x: rect.x, y: y, maxWidth: rect.width, style: .dim)
            y += 1
        }
        for line in CadenceGrid.summary(of: rows, ledger: ledger, today: today) where y < rect.maxY {
            buffer.put(line, x: rect.x, y: y, maxWidth: rect.width)
            y += 1
        }
    }

    static func mark(_ cell: CadenceCell) -> (String, Style) {
        switch cell.status {
        case .held(let count, _): return (count > 1 ? "✓\(count)" : "✓", Style(color: .green))
        case .due: return (cell.planned.isEmpty ? "本期" : "计划", Style(bold: true, color: .yellow))
        case .overdue: return ("缺", Style(bold: true, color: .red))
        case .notYetDue: return (cell.planned.isEmpty ? "·" : "计划", .dim)
        }
    }
}
