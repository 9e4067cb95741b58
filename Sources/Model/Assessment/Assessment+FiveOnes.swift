import Foundation

extension Assessment {
    /// Cells of the year's branch-level five-ones schemes that are done (FiveOnesMatrix, the same
    /// cells as the 五个一 section); member-level pledges are followed with commitments.
    static func fiveOnes(_ input: Input) -> AssessmentCount {
        var count = AssessmentCount(verb: "已完成", unit: "项次")
        count.emptyText = "本年度没有开展支部“五个一”方案"
        let year = Period.year(input.year)
        let matrices = FiveOnesMatrix.all(in: input.ledger, today: input.today)
            .filter { $0.template.level == .branch && $0.adoption.overlaps(year) }
            .map { $0.restricted(to: year) }
        if matrices.isEmpty { count.missing = ["本年度没有开展支部“五个一”方案（在五个一栏目按 a 开展）"] }
        var logs: [FiveOnesLog] = []
        for matrix in matrices {
            for (column, period) in matrix.periods.enumerated() {
                var open: [String] = []
                var notYet = false
                for row in matrix.rows {
                    let cell = row.cells[column]
                    count.possible += 1
                    if case .done = cell.status {
                        count.counted += 1
                        logs += cell.entries.map(\.log)
                    } else if cell.status == .notYetDue {
                        notYet = true
                    } else {
                        open.append(row.household.map { "\($0.name)·\(row.item)" } ?? row.item)
                    }
                }
                let name = matrix.isPerHousehold ? matrix.template.name : "\(matrix.template.name)\(CadenceGrid.label(period))"
                if !open.isEmpty {
                    let state = period.lastDay < input.today ? "未开展" : "尚未开展"
                    count.missing.append("\(name)\(state)：\(open.joined(separator: "、"))")
                } else if notYet {
                    count.missing.append("\(name)尚未到期")
                }
            }
        }
        count.evidence = logs.sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }.map { log in
            let template = input.ledger.fiveOnesTemplates.first { $0.id == log.templateId }
            let item = template.flatMap { $0.items.indices.contains(log.itemIndex) ? $0.items[log.itemIndex] : nil } ?? "第 \(log.itemIndex + 1) 项"
            return AssessmentEvidence(kind: .fiveOnesLog, id: log.id, date: log.date,
                                      label: "\(item)\(log.note.isEmpty ? "" : "：\(log.note)")")
        }
        return count
    }
}
