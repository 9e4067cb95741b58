import Foundation
import Model

/// The five-ones matrices as text: per template a table of items × periods aligned in terminal
/// cells (Model's `DisplayWidth`, via `MeetingText`), the deeds behind each done cell with the
/// meeting they link, and the items due soon.
enum FiveOnesChart {
    static let legend = "图例：✓月-日 已完成　部分 部分结对户完成　本期 本期尚未开展　未开展 期间已过仍未开展　· 尚未到期"

    static func lines(_ matrices: [FiveOnesMatrix], ledger: Ledger, today: CalendarDate) -> [String] {
        var lines = ["\(ledger.profile.name)“五个一”完成情况（今天 \(today.iso)）"]
        let meetings = Dictionary(ledger.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for matrix in matrices {
            lines.append("")
            let source = matrix.template.source.isEmpty ? "" : "\(matrix.template.source)，"
            lines.append("\(matrix.template.name)（\(source)\(matrix.template.period.chineseName)，开展期间 \(matrix.adoption.period.chinese)）")
            lines += table(matrix)
            lines += deeds(matrix, meetings: meetings)
        }
        lines.append("")
        lines.append(legend)
        let due = matrices.filter { $0.template.level == .branch }.flatMap { $0.dueSoon() }
        lines.append("")
        if due.isEmpty {
            lines.append("提醒：没有 \(ReminderEngine.fiveOnesNoticeDays) 天内截止仍未开展的项目。")
        } else {
            lines.append("提醒：")
            lines += due.map { "  · \($0.summary)" }
        }
        return lines
    }

    /// The table: a heading row of periods, then one row per item; for 牵手致富 a line per
    /// household (with its paired member) above that household's items.
    static func table(_ matrix: FiveOnesMatrix) -> [String] {
        let headers = matrix.periods.map { header($0, matrix: matrix) }
        let rows = matrix.rows
        let labelWidth = max(MeetingText.width("项目"), rows.map { MeetingText.width(indent(matrix) + $0.label) }.max() ?? 0) + 2
        let marks = rows.map { $0.cells.map(mark) }
        let width = max(4, (headers + marks.flatMap { $0 }).map(MeetingText.width).max() ?? 0) + 2
        var lines = [line("项目", headers, labelWidth: labelWidth, width: width)]
        var household: UUID?
        for (index, row) in rows.enumerated() {
            if let h = row.household, h.id != household {
                household = h.id
                let member = row.pairedMemberName.map { "（结对党员 \($0)）" } ?? ""
                lines.append("结对户 \(h.name)\(member)")
            }
            lines.append(line(indent(matrix) + row.label, marks[index], labelWidth: labelWidth, width: width))
        }
        return lines
    }

    /// The deeds behind the done cells, in date order, each with its linked meeting.
    static func deeds(_ matrix: FiveOnesMatrix, meetings: [UUID: Meeting]) -> [String] {
        let entries = matrix.rows.flatMap { row in
            zip(matrix.periods, row.cells).flatMap { period, cell in cell.entries.map { (row, period, $0) } }
        }.sorted { ($0.2.log.date, $0.2.log.id.uuidString) < ($1.2.log.date, $1.2.log.id.uuidString) }
        guard !entries.isEmpty else { return [] }
        return ["记录："] + entries.map { row, period, entry in
            let whose = row.household.map { "\($0.name) " } ?? ""
            let note = entry.log.note.isEmpty ? "" : " \(entry.log.note)"
            var text = "  \(entry.log.date.iso) \(header(period, matrix: matrix)) \(whose)\(row.label)\(note)"
            if let meeting = entry.meeting {
                text += " ⇄ \(meeting.kind.shortName)“\(meeting.topic)”（会议 \(meeting.id.uuidString.prefix(8))）"
            } else if let id = entry.log.meetingId {
                text += " ⇄ 关联的会议（\(id.uuidString.prefix(8))）已不存在"
            }
            if !entry.log.evidence.isEmpty { text += " 佐证：\(entry.log.evidence.joined(separator: "、"))" }
            return text + "（记录 \(entry.log.id.uuidString.prefix(8))）"
        }
    }

    /// The short mark of a cell.
    static func mark(_ cell: FiveOnesCell) -> String {
        switch cell.status {
        case .done(let dates, _, _):
            guard let first = dates.first else { return "✓" }
            return "✓" + String(format: "%02d-%02d", first.month, first.day) + (dates.count > 1 ? "+\(dates.count - 1)" : "")
        case .partlyDone(let done, let of, _, _, _): return "部分\(done)/\(of)"
        case .outstanding: return cell.isOverdue ? "未开展" : "本期"
        case .notYetDue: return "·"
        }
    }

    /// Column headings: 一季度, 上半年, 10月, 2026年; the adopted span for 牵手致富.
    static func header(_ period: Period, matrix: FiveOnesMatrix) -> String {
        if matrix.isPerHousehold { return period.chinese }
        // Two years of quarters would repeat 一季度: spell the year out then.
        if Set(matrix.periods.map(\.firstDay.year)).count > 1 { return period.code }
        switch period {
        case .year(let y): return "\(y)年"
        default: return CadenceChart.header(period)
        }
    }

    private static func indent(_ matrix: FiveOnesMatrix) -> String { matrix.isPerHousehold ? "  " : "" }

    private static func line(_ label: String, _ cells: [String], labelWidth: Int, width: Int) -> String {
        var text = MeetingText.pad(label, to: labelWidth) + cells.map { MeetingText.pad($0, to: width) }.joined()
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
