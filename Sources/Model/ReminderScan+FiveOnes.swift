import Foundation

extension ReminderScan {
    /// `five-ones`: items of an adopted branch-level template not yet logged for a period, shown
    /// `fiveOnesNoticeDays` before the period ends (or within the horizon) and overdue after it,
    /// within the look-back (DOMAIN.md §5). A log counts for the period it names or the period
    /// its date falls in. Per-household schemes (牵手致富) are due per household by the end of the
    /// adopted span. Member-level schemes (四个一) are pledges tracked with commitments, not here.
    mutating func fiveOnes() {
        let templates = Dictionary(ledger.fiveOnesTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var done = Set<String>()
        for log in ledger.fiveOnesLogs {
            guard let template = templates[log.templateId] else { continue }
            let household = log.householdId?.uuidString ?? ""
            done.insert("\(log.templateId)|\(log.itemIndex)|\(log.period.code)|\(household)")
            if let own = Period(containing: log.date, kind: template.period) {
                done.insert("\(log.templateId)|\(log.itemIndex)|\(own.code)|\(household)")
            }
        }
        for adoption in ledger.fiveOnesAdoptions {
            guard let template = templates[adoption.templateId], template.level == .branch else { continue }
            if template.period == .pairing {
                for household in adoption.households {
                    outstanding(template, adoption, adoption.period, household: household, done: done)
                }
            } else {
                let years = adoption.period.firstDay.year...adoption.period.lastDay.year
                for period in years.flatMap({ Period.all(template.period, in: $0) })
                where adoption.period.firstDay <= period.firstDay && period.lastDay <= adoption.period.lastDay {
                    outstanding(template, adoption, period, household: nil, done: done)
                }
            }
        }
    }

    private mutating func outstanding(_ template: FiveOnesTemplate, _ adoption: FiveOnesAdoption, _ period: Period,
                                      household: Household?, done: Set<String>) {
        let due = period.lastDay
        guard withinLookback(due),
              shows(due, noticeFrom: due.adding(days: -ReminderEngine.fiveOnesNoticeDays)) else { return }
        let code = period.code
        let missing = template.items.indices.filter {
            !done.contains("\(template.id)|\($0)|\(code)|\(household?.id.uuidString ?? "")")
        }
        guard !missing.isEmpty else { return }
        let items = missing.map { template.items[$0] }.joined(separator: "、")
        let whose = household.map { "（结对户 \($0.name)）" } ?? ""
        let verb = due < today ? "有 \(missing.count) 项未开展" : "尚有 \(missing.count) 项未开展"
        add(.fiveOnes, due: due, "“\(template.name)”\(period.chinese)\(whose)\(verb)：\(items)",
            key: "five-ones/\(adoption.id.uuidString)/\(code)" + (household.map { "/\($0.id.uuidString)" } ?? ""),
            member: household?.pairedMemberId, ref: adoption.id)
    }
}
