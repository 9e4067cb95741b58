import Foundation

extension FiveOnesAdoption {
    // MARK: - Period arithmetic

    /// The periods of `kind` that lie wholly inside `span`, in order: the quarters of 2026 for a
    /// quarterly scheme adopted for 2026, just 2026Q4 when adopted for 2026Q4, the span itself
    /// for a per-household scheme (盐城 牵手致富 counts once per pairing, not per calendar period).
    ///
    /// A period that only overlaps the span is left out: a yearly scheme adopted for one quarter
    /// has no period to complete, which `validate(template:in:)` refuses at adoption time.
    public static func periods(of kind: PeriodKind, within span: Period) -> [Period] {
        if kind == .pairing { return [span] }
        let years = span.firstDay.year...span.lastDay.year
        return years.flatMap { Period.all(kind, in: $0) }
            .filter { span.firstDay <= $0.firstDay && $0.lastDay <= span.lastDay }
    }

    /// The periods this adoption tracks for `template` (see `periods(of:within:)`).
    public func periods(for template: FiveOnesTemplate) -> [Period] {
        FiveOnesAdoption.periods(of: template.period, within: period)
    }

    /// The tracked period of `template` that contains `date`, if the adoption covers it: the
    /// period a new log for that day counts for.
    public func period(containing date: CalendarDate, for template: FiveOnesTemplate) -> Period? {
        periods(for: template).first { $0.contains(date) }
    }

    /// Whether the adopted span overlaps `other` by at least one day.
    public func overlaps(_ other: Period) -> Bool {
        period.firstDay <= other.lastDay && other.firstDay <= period.lastDay
    }

    /// The household called `name`, or whose id is `name`.
    public func household(named name: String) -> Household? {
        let query = name.trimmingCharacters(in: .whitespaces)
        return households.first { $0.name == query }
            ?? UUID(uuidString: query).flatMap { id in households.first { $0.id == id } }
    }

    // MARK: - Finding adoptions

    /// The adoption of `templateId` whose tracked periods contain `date`; the one whose span
    /// starts latest when several do (a hand-edited file may overlap).
    public static func covering(_ date: CalendarDate, template: FiveOnesTemplate,
                                in adoptions: [FiveOnesAdoption]) -> FiveOnesAdoption? {
        adoptions.filter { $0.templateId == template.id && $0.period(containing: date, for: template) != nil }
            .max { $0.period.firstDay < $1.period.firstDay }
    }
}
