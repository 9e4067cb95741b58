import Foundation

extension Assessment {
    /// Dues owed for the year's finished months (DuesLedger: who owes which month), counted when
    /// paid within the month paid for or exempted. The current month is not late until it is over.
    /// Gaps are told by month and number, never by name: this scores the branch's collection.
    static func duesOnTime(_ input: Input) -> AssessmentCount {
        var count = AssessmentCount(verb: "按月交纳", unit: "笔")
        count.emptyText = "本年度还没有已结束的月份"
        let last: YearMonth? = input.year < input.today.year ? YearMonth(year: input.year, month: 12)
            : input.year == input.today.year && input.today.month > 1 ? YearMonth(year: input.year, month: input.today.month - 1) : nil
        guard let last else { return count }
        if input.duesTrackedFrom > last {
            let from = input.duesTrackedFrom
            count.emptyText = "本年度党费尚未记账（台账自 \(from.chinese)起记党费）"
            return count
        }
        let ledger = DuesLedger(payments: input.ledger.dues, trackedFrom: input.duesTrackedFrom)
        let paymentsByKey = Dictionary(grouping: input.ledger.dues) { "\($0.memberId.uuidString)/\($0.month.iso)" }
        var month = YearMonth(year: input.year, month: 1)!
        while month <= last {
            var late = 0, unpaid = 0, undated = 0
            for member in input.ledger.members {
                let status = ledger.status(of: member, in: month)
                switch status.state {
                case .notDue:
                    continue
                case .owed:
                    count.possible += 1
                    unpaid += 1
                    continue
                case .exempt, .paid:
                    count.possible += 1
                    if status.state == .paid {
                        guard let paidOn = status.paidOn else { undated += 1; continue }
                        if paidOn > month.lastDay { late += 1; continue }
                    }
                    count.counted += 1
                    for payment in paymentsByKey["\(member.id.uuidString)/\(month.iso)"] ?? [] {
                        count.evidence.append(AssessmentEvidence(kind: .duesPayment, id: payment.id, date: payment.paidOn,
                            label: "\(month.chinese)党费 \(payment.exempt ? "免缴" : DuesPayment.yuan(payment.amountFen) + " 元")（\(input.ledger.memberName(member.id))）"))
                    }
                }
            }
            var parts: [String] = []
            if late > 0 { parts.append("\(late) 笔逾期交纳") }
            if unpaid > 0 { parts.append("\(unpaid) 笔未缴") }
            if undated > 0 { parts.append("\(undated) 笔未记交纳日期") }
            if !parts.isEmpty { count.missing.append("\(month.month) 月党费 \(parts.joined(separator: "、"))") }
            month = month.adding(months: 1)
        }
        let never = CalendarDate(year: 1, month: 1, day: 1)!
        count.evidence.sort { ($0.date ?? never, $0.id.uuidString) < ($1.date ?? never, $1.id.uuidString) }
        return count
    }
}
