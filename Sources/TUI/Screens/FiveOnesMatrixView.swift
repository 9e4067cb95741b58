import Foundation
import Model

/// 五个一 at a glance: the items of the scheme running now × its periods, each cell done (with
/// the date, ⇄ when it was a linked meeting), partly done, outstanding or not yet due.
enum FiveOnesMatrixView {
    static let labelWidth = 26

    /// The matrix of the adoption covering today, else the latest one.
    static func current(in ledger: Ledger, today: CalendarDate) -> FiveOnesMatrix? {
        let all = FiveOnesMatrix.all(in: ledger, today: today).filter { $0.template.level == .branch }
        return all.first { $0.adoption.period.contains(today) } ?? all.last
    }

    static func render(ledger: Ledger, today: CalendarDate, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let matrix = current(in: ledger, today: today) else {
            buffer.put("还没有开展“五个一”：t 新建模板，a 为某个期间开展（如 2026Q4），n 记录一项活动。",
                       x: rect.x, y: rect.y, maxWidth: rect.width, style: .dim)
            return
        }
        var y = rect.y
        buffer.put("\(matrix.template.quotedName)（\(matrix.template.source)，\(matrix.template.period.chineseName)）\(matrix.adoption.period.chinese)",
                   x: rect.x, y: y, maxWidth: rect.width, style: .bold)
        y += 1
        let columns = matrix.periods.count
        let cellWidth = max(8, min(16, (rect.width - labelWidth) / max(columns, 1)))
        var header = DisplayWidth.pad("事项", toWidth: labelWidth)
        for period in matrix.periods { header += DisplayWidth.pad(shortName(period), toWidth: cellWidth, alignment: .center) }
        buffer.put(header, x: rect.x, y: y, maxWidth: rect.width, style: .underline)
        y += 1
        for row in matrix.isPerHousehold ? matrix.summaryRows : matrix.rows where y < rect.maxY - 1 {
            buffer.put(DisplayWidth.pad(row.label, toWidth: labelWidth - 1), x: rect.x, y: y, maxWidth: labelWidth - 1)
            for (index, cell) in row.cells.enumerated() {
                let (mark, style) = self.mark(cell)
                let x = rect.x + labelWidth + index * cellWidth
                buffer.put(DisplayWidth.pad(mark, toWidth: cellWidth, alignment: .center), x: x, y: y,
                           maxWidth: max(0, min(cellWidth, rect.maxX - x)), style: style)
            }
            y += 1
        }
        if y < rect.maxY {
            buffer.put("✓ 已完成（日期，⇄ 关联会议）  部分 部分完成  未开展 该期未做  · 未到期　n 记录  t 新模板  a 开展",
                       x: rect.x, y: y, maxWidth: rect.width, style: .dim)
        }
    }

    static func shortName(_ period: Period) -> String {
        switch period {
        case .quarter(_, let q): return "第\(["一", "二", "三", "四"][q - 1])季度"
        case .halfYear(_, let h): return h == 1 ? "上半年" : "下半年"
        case .month(_, let m): return "\(m)月"
        case .year(let y): return "\(y)年"
        }
    }

    static func mark(_ cell: FiveOnesCell) -> (String, Style) {
        switch cell.status {
        case .done(let dates, _, let meetings):
            let date = dates.first.map { String(format: "%d-%d", $0.month, $0.day) } ?? ""
            return ("✓\(date)\(meetings.isEmpty ? "" : "⇄")", Style(color: .green))
        case .partlyDone(let done, let of, _, _, _):
            return ("部分\(done)/\(of)", Style(color: .yellow))
        case .outstanding:
            return (cell.isOverdue ? "未开展" : "待开展", Style(bold: true, color: cell.isOverdue ? .red : .yellow))
        case .notYetDue:
            return ("·", .dim)
        }
    }
}
