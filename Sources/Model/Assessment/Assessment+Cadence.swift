import Foundation

extension Assessment {
    /// Periods of the branch's rule for `kind` held in the year (CadenceGrid, the same cells as
    /// the 三会一课 grid). With `quorum`, a 党员大会 counts only when more than half of the voters
    /// were present (GeneralMeetingRule; 支部工作条例 第十一条).
    static func cadence(_ kind: MeetingKind, _ input: Input, quorum: Bool) -> AssessmentCount {
        var count = AssessmentCount(verb: "已召开", unit: "期")
        guard let rule = input.cadenceRules.first(where: { $0.kind == kind }) else {
            count.missing = ["本支部的会议周期规则中没有\(kind.shortName)，无法计算（可在 cadence.json 中加上）"]
            count.emptyText = "没有\(kind.shortName)的周期规则"
            return count
        }
        var ledger = input.ledger
        var notCounted: [String] = []
        if quorum {
            ledger.meetings = ledger.meetings.filter { meeting in
                guard meeting.kind == kind, meeting.state == .held, meeting.date.year == input.year else { return true }
                let check = GeneralMeetingRule(meeting: meeting, ledger: input.ledger)
                if check.hasQuorum { return true }
                notCounted.append("\(meeting.date.month) 月 \(meeting.date.day) 日\(kind.shortName)到会未过半（应到有表决权党员 \(check.expectedVoters) 人，实到 \(check.presentVoters) 人），不计")
                return false
            }
        }
        let rows = CadenceGrid.rows(for: input.year, ledger: ledger, rules: [rule], today: input.today)
        let byId = Dictionary(ledger.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids: [UUID] = []
        for row in rows {
            let group = row.group.map { $0.name } ?? ""
            var gaps: [String] = []
            var notYet: [String] = []
            for cell in row.cells {
                count.possible += 1
                if cell.status.isHeld { count.counted += 1 }
                ids += cell.held
                switch cell.status {
                case .overdue:
                    gaps.append(CadenceGrid.label(cell.period))
                case .due:
                    var line = "\(group.isEmpty ? "" : group + " ")\(CadenceGrid.label(cell.period))\(kind.shortName)尚未召开"
                    if let next = cell.planned.compactMap({ byId[$0]?.date }).min() { line += "（已计划 \(next.month) 月 \(next.day) 日）" }
                    count.missing.append(line)
                case .notYetDue:
                    notYet.append(CadenceGrid.label(cell.period))
                case .held:
                    break
                }
            }
            if !gaps.isEmpty { count.missing.insert("\(group)缺 \(gaps.joined(separator: "、"))\(kind.shortName)", at: 0) }
            // Periods still to come, in one line: “12 月支委会尚未到期”, “3 月至 12 月支委会尚未到期”.
            if let first = notYet.first, let last = notYet.last {
                let span = notYet.count == 1 ? first : "\(first)至\(last.first?.isNumber == true ? " " : "")\(last)"
                count.missing.append("\(group.isEmpty ? "" : group + " ")\(span)\(kind.shortName)尚未到期")
            }
        }
        if rows.isEmpty { count.emptyText = rule.perGroup ? "本支部没有党小组" : count.emptyText }
        count.missing += notCounted
        var seen: Set<UUID> = []
        count.evidence = ids.filter { seen.insert($0).inserted }.compactMap { byId[$0] }.sorted { $0.date < $1.date }.map(meetingEvidence)
        return count
    }

    static func meetingEvidence(_ m: Meeting) -> AssessmentEvidence {
        AssessmentEvidence(kind: .meeting, id: m.id, date: m.date, label: "\(m.kind.shortName)“\(m.topic)”")
    }
}
