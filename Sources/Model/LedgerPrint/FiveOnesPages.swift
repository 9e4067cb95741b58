import Foundation

/// "五个一" matrices, one page per adoption overlapping the year (issue #5, #10): items ×
/// periods, each cell in words and dates so it reads the same printed in black and white.
/// A gap is a fact for the secretary, never a score (DOMAIN.md §2): no percentages, no ranks.
enum FiveOnesPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions) -> (pages: [PrintPage], sheet: [[String]]) {
        let year = Period.year(options.year)
        let matrices = FiveOnesMatrix.all(in: ledger, today: options.today)
            .filter { $0.adoption.overlaps(year) }
            .map { $0.isPerHousehold ? $0 : $0.restricted(to: year) }
            .filter { !$0.periods.isEmpty }
        var pages: [PrintPage] = []
        var sheet = [header]
        for matrix in matrices {
            let template = matrix.template
            var blocks: [PrintBlock] = [
                .field("模板", template.name),
                .field("周期", template.period.chineseName),
                .field("开展期间", matrix.adoption.period.chinese),
            ]
            if !template.source.isEmpty { blocks.append(.field("来源", template.source)) }
            let first = matrix.isPerHousehold ? ["结对户", "项目"] : ["项目"]
            let rows = matrix.rows.map { row in
                let label = matrix.isPerHousehold
                    ? [(row.household?.name ?? "") + (row.pairedMemberName.map { "（\($0)）" } ?? ""), row.label]
                    : [row.label]
                return label + row.cells.map(text)
            }
            blocks.append(.table(caption: "完成情况", header: first + matrix.periods.map(\.chinese), rows: rows))
            let deeds = matrix.rows.flatMap { row in row.cells.flatMap { cell in cell.entries.map { (row, cell, $0) } } }
                .sorted { ($0.2.log.date, $0.2.log.id.uuidString) < ($1.2.log.date, $1.2.log.id.uuidString) }
            if !deeds.isEmpty {
                blocks.append(.table(caption: "活动记录", header: ["日期", "项目", "地点", "内容", "关联会议"], rows: deeds.map { row, _, entry in
                    [entry.log.date.iso, row.label, entry.log.place, entry.log.note,
                     entry.meeting.map { "\($0.kind.shortName)：\($0.topic)" } ?? (entry.isLinkBroken ? "（关联会议已不存在）" : "")]
                }))
            }
            blocks.append(.note("✓ 已完成（日期）；⇄ 由三会一课记录完成；部分完成 m/n；未开展；· 尚未到期。"))
            pages.append(PrintPage(heading: "\(template.name)（\(matrix.adoption.period.chinese)）", blocks: blocks))
            for row in matrix.rows {
                for cell in row.cells {
                    sheet.append([template.name, matrix.adoption.period.code, row.household?.name ?? "", row.label,
                                  cell.period.code, cell.status.chineseName,
                                  cell.status.dates.map(\.iso).joined(separator: "、"),
                                  cell.entries.compactMap { $0.meeting.map { "\($0.date.iso) \($0.kind.shortName)" } }.joined(separator: "、")])
                }
            }
        }
        return (pages, sheet)
    }

    static let header = ["模板", "开展期间", "结对户", "项目", "期间", "状态", "完成日期", "关联会议"]

    /// ✓ 03-05 / ⇄ 03-05 / 部分 2/3 / 未开展 / ·: words and marks, never colour alone.
    static func text(_ cell: FiveOnesCell) -> String {
        let dates = cell.status.dates.map { String($0.iso.dropFirst(5)) }.joined(separator: "、")
        let mark = cell.status.meetingIds.isEmpty ? "✓" : "⇄"
        switch cell.status {
        case .done: return "\(mark) \(dates)"
        case .partlyDone(let done, let of, _, _, _): return "部分 \(done)/\(of)" + (dates.isEmpty ? "" : " \(dates)")
        case .outstanding: return cell.daysLeft == nil ? "未开展" : "本期待开展"
        case .notYetDue: return "·"
        }
    }
}
