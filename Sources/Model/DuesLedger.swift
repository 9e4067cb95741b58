import Foundation

/// Who owes dues for which month, who has paid, and who is in arrears.
///
/// When a member owes (DOMAIN.md §3, 中组发〔2008〕3号):
/// - a probationary member from the month of the admission vote (`joinedDate`): "预备党员从
///   支部大会通过其为预备党员之日起交纳党费";
/// - a full member from the start of the tracked period (`trackedFrom`: the first month the
///   branch keeps dues records for; nothing before it is counted as owed);
/// - a member who arrived by transfer (组织关系转入) from the month of the transfer; months
///   before it were paid to the old branch;
/// - up to and including the month of leaving (transfer out, death, other exit), nothing after.
///   A member whose status says they left but whose timeline has no dated exit owes nothing:
///   without the date the program cannot tell which months were theirs.
/// Applicants, activists and candidates owe nothing. Floating members still owe (they pay by
/// transfer). The amount is `DuesRule` on the member's current base.
public struct DuesLedger: Sendable {
    /// The first month the branch keeps dues records for.
    public let trackedFrom: YearMonth
    private let byMember: [UUID: [YearMonth: [DuesPayment]]]

    public init(payments: [DuesPayment], trackedFrom: YearMonth) {
        self.trackedFrom = trackedFrom
        var index: [UUID: [YearMonth: [DuesPayment]]] = [:]
        for payment in payments {
            index[payment.memberId, default: [:]][payment.month, default: []].append(payment)
        }
        byMember = index
    }

    /// The earliest month with a recorded payment, else `fallback` (e.g. the month asked about):
    /// a ledger that starts recording dues today does not owe for the years before it.
    public static func firstRecordedMonth(in payments: [DuesPayment], fallback: YearMonth) -> YearMonth {
        payments.map(\.month).min() ?? fallback
    }

    // MARK: - One month

    /// The member's dues for `month`.
    public func status(of member: Member, in month: YearMonth) -> DuesStatus {
        let expected = DuesRule.monthlyFen(for: member)
        let recorded = byMember[member.id]?[month] ?? []
        if !recorded.isEmpty {
            let paidOn = recorded.compactMap(\.paidOn).max()
            let note = recorded.map(\.note).filter { !$0.isEmpty }.joined(separator: "；")
            if recorded.contains(where: \.exempt) {
                return DuesStatus(memberId: member.id, month: month, state: .exempt, expectedFen: expected, note: note)
            }
            return DuesStatus(memberId: member.id, month: month, state: .paid, expectedFen: expected,
                              paidFen: recorded.reduce(0) { $0 + $1.amountFen }, paidOn: paidOn, note: note)
        }
        let state: DuesStatus.State = isDue(member, in: month) ? .owed : .notDue
        return DuesStatus(memberId: member.id, month: month, state: state, expectedFen: expected)
    }

    /// Every member who owes for `month` or has a payment recorded for it, in the given order.
    public func report(for month: YearMonth, members: [Member]) -> [DuesStatus] {
        members.map { status(of: $0, in: month) }.filter { $0.state != .notDue }
    }

    // MARK: - Arrears

    /// The months from the tracked period's start through `month` that the member owes and has
    /// neither paid nor been exempted from, oldest first.
    public func arrears(of member: Member, through month: YearMonth) -> [YearMonth] {
        guard let first = firstDueMonth(of: member).map({ max($0, trackedFrom) }), first <= month else { return [] }
        let recorded = byMember[member.id] ?? [:]
        var result: [YearMonth] = []
        var current = first
        while current <= month {
            if recorded[current] == nil, isDue(member, in: current) { result.append(current) }
            current = current.adding(months: 1)
        }
        return result
    }

    /// How many months in a row, ending with `month`, the member owes and has not paid.
    /// Six is the line of 党章 第九条 (无正当理由连续六个月不交纳党费 → 自行脱党).
    public func consecutiveUnpaidMonths(of member: Member, through month: YearMonth) -> Int {
        var count = 0
        var current = month
        while current >= trackedFrom, byMember[member.id]?[current] == nil, isDue(member, in: current) {
            count += 1
            current = current.adding(months: -1)
        }
        return count
    }

    // MARK: - Who owes

    /// Whether the member owes dues to this branch for `month` (see the type's overview).
    public func isDue(_ member: Member, in month: YearMonth) -> Bool {
        guard month >= trackedFrom, let first = firstDueMonth(of: member), month >= first else { return false }
        return DuesLedger.isOnRoll(member, in: month)
    }

    /// The admission vote's month; for a member without one (records kept before BranchDesk),
    /// the tracked period's start when the file shows they are or were a party member.
    private func firstDueMonth(of member: Member) -> YearMonth? {
        if let joined = member.joinedDate { return joined.yearMonth }
        if member.status.isPartyMember { return trackedFrom }
        let wasMember = member.timeline.contains { [.admission, .fullMembership, .transferIn].contains($0.kind) }
        return wasMember ? trackedFrom : nil
    }

    /// Whether the member belonged to this branch during `month`, from the transfers and exits
    /// on the timeline: a transfer in counts from its month, an exit after its month.
    static func isOnRoll(_ member: Member, in month: YearMonth) -> Bool {
        let exits: Set<StatusTransition> = [.transferOut, .deceased, .left]
        let moves = member.timeline.enumerated()
            .filter { $0.element.kind == .transferIn || exits.contains($0.element.kind) }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        if !member.status.isOnRoll, !moves.contains(where: { exits.contains($0.kind) }) { return false }
        // Someone whose first move is a transfer in belonged elsewhere before it.
        var onRoll = moves.first?.kind != .transferIn
        for move in moves {
            if move.kind == .transferIn {
                if move.date.yearMonth <= month { onRoll = true }
            } else if move.date.yearMonth < month {
                onRoll = false
            }
        }
        return onRoll
    }
}
