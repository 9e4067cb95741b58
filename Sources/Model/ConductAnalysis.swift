import Foundation

/// 党员思想状况分析: the half-yearly review of members' conduct from which reminder-talk
/// cases are opened (DOMAIN.md §4, stage 1; seed: 省检察院机关党委 党员提醒谈话制度).
///
/// It lists the members reviewed and those flagged (表现一般 or drawing complaints) with the
/// reason; `openCases(heldBy:existing:)` opens a case for each flagged member in one step.
/// Like the cases it opens, it is seen by the secretary only.
public struct ConductAnalysis: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    /// When the analysis was held.
    public var date: CalendarDate
    /// The half-year reviewed (2025H2 for an analysis held in January 2026).
    public var period: Period
    public var reviewed: [UUID]
    public var flagged: [ConductFlag]
    public var note: String

    public init(id: UUID = UUID(), date: CalendarDate, period: Period, reviewed: [UUID] = [],
                flagged: [ConductFlag] = [], note: String = "") {
        self.id = id
        self.date = date
        self.period = period
        self.reviewed = reviewed
        self.flagged = flagged
        self.note = note
    }

    /// The half-year an analysis held on `date` most likely reviews: the one just ended when held
    /// in its first two months after (January–February reviews last year's second half,
    /// July–August the first half), else the one under way.
    public static func defaultPeriod(for date: CalendarDate) -> Period {
        Period(containing: date.adding(months: -2), kind: .halfYear)!
    }

    /// Rules: a half-year, held not before it began and not after today, known members reviewed
    /// once each, every flagged member among those reviewed and flagged with a reason.
    public func validate(in ledger: Ledger, today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.multiLine(note, field: "note", label: "备注")
        if period.kind != .halfYear {
            errors.append(ValidationError(field: "period", "思想状况分析每半年一次：期间应为上半年或下半年（如 2026H1），而不是“\(period.chinese)”。"))
        } else if date < period.firstDay {
            errors.append(ValidationError(field: "date", "分析日期 \(date.iso) 早于所分析的\(period.chinese)开始（\(period.firstDay.iso)）。"))
        }
        if date > today {
            errors.append(ValidationError(field: "date", "分析日期 \(date.iso) 在今天（\(today.iso)）之后：只能记录已经进行的分析。"))
        }
        if reviewed.isEmpty {
            errors.append(ValidationError(field: "reviewed", "请列出参加分析的党员。"))
        }
        var seen = Set<UUID>()
        for id in reviewed {
            if ledger.member(id) == nil {
                errors.append(ValidationError(field: "reviewed", "分析名单中有不属于本支部的人员（\(id.uuidString.prefix(8))）。"))
            }
            if !seen.insert(id).inserted {
                errors.append(ValidationError(field: "reviewed", "\(ledger.memberName(id))在分析名单中出现了两次。"))
            }
        }
        var flaggedSeen = Set<UUID>()
        for flag in flagged {
            let name = ledger.memberName(flag.memberId)
            if !reviewed.contains(flag.memberId) {
                errors.append(ValidationError(field: "flagged", "\(name)被列为需谈话，但不在分析名单中。"))
            }
            if !flaggedSeen.insert(flag.memberId).inserted {
                errors.append(ValidationError(field: "flagged", "\(name)被列了两次。"))
            }
            errors += TextRule.required(flag.reason, field: "flagged", label: "\(name)的问题")
        }
        return errors
    }

    /// One new case per flagged member who has no open case yet: origin 思想状况分析, opened on
    /// the analysis date, its first entry the analysis itself (outcome 尚待观察, so 思想工作 follows).
    /// Members with an open case are left out: their case goes on, no second one is opened.
    public func openCases(heldBy: String, existing: [TalkCase]) -> [TalkCase] {
        let open = Set(existing.filter(\.isOpen).map(\.memberId))
        var opened = Set<UUID>()
        return flagged.compactMap { flag -> TalkCase? in
            guard !open.contains(flag.memberId), opened.insert(flag.memberId).inserted else { return nil }
            let reason = flag.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let entry = TalkEntry(stage: .analysis, date: date, heldBy: heldBy,
                                  response: "分析结论：\(reason)", outcome: .notYet)
            return TalkCase(memberId: flag.memberId, openedOn: date, origin: .analysis,
                            reason: "\(period.chinese)党员思想状况分析发现：\(reason)", entries: [entry])
        }
    }
}

/// A member flagged by a conduct analysis, and why.
public struct ConductFlag: Codable, Hashable, Sendable {
    public var memberId: UUID
    public var reason: String

    public init(memberId: UUID, reason: String) {
        self.memberId = memberId
        self.reason = reason
    }
}
