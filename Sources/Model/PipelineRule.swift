import Foundation

/// The development pipeline and the moves of a member file (DOMAIN.md §3): which status
/// transition may be recorded on a member's timeline, on which date, and what it changes.
///
/// - 递交入党申请书 only at 18 or older (党章 第一条: 年满十八岁);
/// - 确定为入党积极分子 after the application;
/// - 列为发展对象 only after at least one year as an activist (发展党员工作细则: 经过一年以上培养教育和考察);
/// - 接收为预备党员 (the general meeting's admission vote) only for a candidate; probation runs one
///   year from that vote (党章 第七条);
/// - 转为正式党员 when probation has ended, not before; probation may be extended once,
///   by 6 to 12 months (延长预备期不能少于半年，最长不超过一年);
/// - transfers in and out, floating start and end, death and other exits for members on the roll.
/// Events are recorded in date order and never in the future: "today" is a parameter.
public enum PipelineRule {
    public static let minimumAge = 18
    /// Months as an activist before becoming a candidate.
    public static let activistMonths = 12
    /// How long one extension of probation may be.
    public static let extensionMonths = 6...12

    // MARK: - Checking an event

    /// Every rule `event` breaks when recorded on `member`'s timeline; empty when it may be recorded.
    public static func validate(_ event: StatusEvent, for member: Member, today: CalendarDate) -> [ValidationError] {
        var errors: [ValidationError] = []
        let date = event.date
        if date > today {
            errors.append(ValidationError(field: "date", "日期 \(date.iso) 晚于今天（\(today.iso)）：只能登记已经发生的事。"))
        }
        if let latest = member.timeline.max(by: { $0.date < $1.date }), date < latest.date {
            errors.append(ValidationError(field: "date",
                "日期 \(date.iso) 早于时间线上最近的一条记录（\(latest.date.iso) \(latest.kind.chineseName)）：请按时间先后登记。"))
        }
        if let wrongStatus = statusError(event.kind, member) {
            return errors + [wrongStatus]
        }
        return errors + dateErrors(event, member)
    }

    /// The transitions that may follow the member's current status (dates aside), for menus.
    public static func allowedTransitions(for member: Member) -> [StatusTransition] {
        StatusTransition.allCases.filter { statusError($0, member) == nil }
    }

    // MARK: - Recording an event

    /// The member with `event` on the timeline and status, dates and floating updated, or the
    /// rules it breaks. `floating` describes a `floatingStart` (category, place); without it the
    /// member's current `floating`, else the event's note as the category, is used.
    public static func apply(_ event: StatusEvent, to member: Member, today: CalendarDate,
                             floating: FloatingInfo? = nil) -> Result<Member, ValidationErrors> {
        let errors = validate(event, for: member, today: today)
        guard errors.isEmpty else { return .failure(ValidationErrors(errors)) }
        var m = member
        switch event.kind {
        case .application: m.status = .applicant
        case .activist: m.status = .activist
        case .candidate: m.status = .candidate
        case .admission:
            m.status = .probationary
            m.joinedDate = event.date
        case .fullMembership:
            m.status = .full
            m.fullMembershipDate = event.date
        case .probationExtended:
            break
        case .transferIn:
            if !m.status.isOnRoll {
                // Back from another branch: a member again, full unless still on probation.
                m.status = m.fullMembershipDate == nil && m.joinedDate.map({ $0.adding(years: 1) > event.date }) == true
                    ? .probationary : .full
            }
        case .transferOut:
            m.status = .transferredOut
            m.floating = nil
        case .floatingStart:
            var info = floating ?? m.floating
                ?? FloatingInfo(category: event.note.isEmpty ? "外出流动" : event.note, place: "", since: event.date)
            info.since = event.date
            m.floating = info
        case .floatingEnd:
            m.floating = nil
        case .deceased:
            m.status = .deceased
            m.floating = nil
        case .left:
            m.status = .left
            m.floating = nil
        }
        m.timeline.append(event)
        // Stable: same-day events keep the order they were recorded in.
        m.timeline = m.timeline.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        return .success(m)
    }

    // MARK: - The rules

    /// Whether the member's current status allows the transition at all.
    private static func statusError(_ kind: StatusTransition, _ m: Member) -> ValidationError? {
        let now = m.status.chineseName
        func need(_ allowed: Bool, _ message: String) -> ValidationError? {
            allowed ? nil : ValidationError(field: "kind", message)
        }
        switch kind {
        case .application:
            if m.status == .applicant, let earlier = m.timeline.last(where: { $0.kind == .application }) {
                return ValidationError(field: "kind", "时间线上已有递交入党申请书（\(earlier.date.iso)），不必重复登记。")
            }
            return need(m.status == .applicant, "目前是\(now)，不能再登记递交入党申请书；入党申请只由入党申请人登记。")
        case .activist:
            return need(m.status == .applicant, "确定为入党积极分子须先递交入党申请书（目前是\(now)）。")
        case .candidate:
            return need(m.status == .activist, "列为发展对象须先确定为入党积极分子并培养考察满一年（目前是\(now)）。")
        case .admission:
            return need(m.status == .candidate, "支部大会只能接收发展对象为预备党员（目前是\(now)）。")
        case .fullMembership:
            return need(m.status == .probationary, "只有预备党员才能转为正式党员（目前是\(now)）。")
        case .probationExtended:
            if m.status == .probationary, let earlier = m.timeline.last(where: { $0.kind == .probationExtended }) {
                let months = earlier.extensionMonths.map { " \($0) 个月" } ?? ""
                return ValidationError(field: "kind", "预备期只能延长一次：已于 \(earlier.date.iso) 延长\(months)。")
            }
            return need(m.status == .probationary, "只有预备党员才能延长预备期（目前是\(now)）。")
        case .transferIn:
            if m.status.isPartyMember, let arrival = lastMove(m), arrival.kind == .transferIn {
                return ValidationError(field: "kind", "已于 \(arrival.date.iso) 转入本支部，不能重复转入。")
            }
            return need(m.status.isPartyMember || m.status == .transferredOut,
                        "只有党员（预备党员、正式党员）才转入组织关系（目前是\(now)）。")
        case .transferOut:
            return need(m.status.isPartyMember, "只有在册的党员（预备党员、正式党员）才能转出组织关系（目前是\(now)）。")
        case .floatingStart:
            if let floating = m.floating {
                return ValidationError(field: "kind", "已是流动党员（\(floating.since.iso) 起，\(floating.category)），须先登记流动结束。")
            }
            return need(m.status.isPartyMember, "只有在册的党员才能登记外出流动（目前是\(now)）。")
        case .floatingEnd:
            return need(m.floating != nil, "\(m.name)目前不是流动党员，无需登记流动结束。")
        case .deceased, .left:
            return need(m.status.isOnRoll, "\(m.name)已是“\(now)”，不在名册上，不能再登记\(kind.chineseName)。")
        }
    }

    /// Date rules, once the status allows the transition.
    private static func dateErrors(_ event: StatusEvent, _ m: Member) -> [ValidationError] {
        let date = event.date
        func last(_ kind: StatusTransition) -> CalendarDate? { m.timeline.last { $0.kind == kind }?.date }
        func notBefore(_ earlier: CalendarDate?, _ what: StatusTransition) -> [ValidationError] {
            guard let earlier, date < earlier else { return [] }
            return [ValidationError(field: "date", "\(event.kind.chineseName)的日期 \(date.iso) 早于\(what.chineseName)（\(earlier.iso)）。")]
        }
        switch event.kind {
        case .application:
            return ageErrors(m, on: date, for: .application)
        case .activist:
            return notBefore(last(.application), .application)
        case .candidate:
            guard let activist = last(.activist) else {
                return [ValidationError(field: "date",
                    "列为发展对象须在确定为入党积极分子满一年后：时间线上没有“确定为入党积极分子”的日期，请先补登，以便核对。")]
            }
            let earliest = activist.adding(months: activistMonths)
            guard date >= earliest else {
                return [ValidationError(field: "date",
                    "列为发展对象须在确定为入党积极分子满一年后（\(activist.iso) 确定，最早 \(earliest.iso)）。")]
            }
            return []
        case .admission:
            return notBefore(last(.candidate), .candidate) + ageErrors(m, on: date, for: .admission)
        case .fullMembership:
            guard let joined = m.joinedDate, let end = ProbationRule.end(of: m) else {
                return [ValidationError(field: "date", "预备党员须先填写入党日期（支部大会通过接收的日期），才能核对预备期是否已满。")]
            }
            guard date >= end else {
                var extended = ""
                if let months = m.timeline.last(where: { $0.kind == .probationExtended })?.extensionMonths {
                    extended = "，预备期延长 \(months) 个月"
                }
                return [ValidationError(field: "date",
                    "转为正式党员须在预备期满之后（\(joined.iso) 接收为预备党员\(extended)，预备期至 \(end.iso) 满，最早 \(end.iso)）。")]
            }
            return []
        case .probationExtended:
            var errors: [ValidationError] = []
            if let months = event.extensionMonths {
                if !extensionMonths.contains(months) {
                    errors.append(ValidationError(field: "extensionMonths",
                        "预备期延长 \(months) 个月不符合规定：只能延长一次，不少于 6 个月，最长不超过 12 个月。"))
                }
            } else {
                errors.append(ValidationError(field: "extensionMonths", "延长预备期须写明延长几个月（6 至 12 个月）。"))
            }
            if let joined = m.joinedDate, date < joined {
                errors.append(ValidationError(field: "date", "延长预备期的日期 \(date.iso) 早于入党日期（\(joined.iso)）。"))
            }
            return errors
        case .floatingEnd:
            guard let since = m.floating?.since, date < since else { return [] }
            return [ValidationError(field: "date", "流动结束的日期 \(date.iso) 早于外出流动开始（\(since.iso)）。")]
        case .transferIn, .transferOut, .floatingStart, .deceased, .left:
            return []
        }
    }

    /// 党章 第一条: 年满十八岁.
    private static func ageErrors(_ m: Member, on date: CalendarDate, for kind: StatusTransition) -> [ValidationError] {
        guard let birth = m.birthDate else {
            return [ValidationError(field: "birthDate", "\(kind.chineseName)须年满 \(minimumAge) 周岁：请先填写出生日期，以便核对年龄。")]
        }
        let age = birth.wholeYears(until: date)
        guard age < minimumAge else { return [] }
        let adult = birth.adding(years: minimumAge)
        return [ValidationError(field: "date",
            "\(kind.chineseName)须年满 \(minimumAge) 周岁：\(m.name)出生于 \(birth.iso)，\(date.iso) 时 \(age) 周岁（最早 \(adult.iso)）。")]
    }

    /// The latest transfer or exit on the timeline.
    private static func lastMove(_ m: Member) -> StatusEvent? {
        m.timeline.last { [.transferIn, .transferOut, .deceased, .left].contains($0.kind) }
    }
}
