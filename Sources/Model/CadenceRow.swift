import Foundation

/// One period of one cadence row: its status and the meetings that fall in it.
public struct CadenceCell: Hashable, Sendable {
    public var period: Period
    public var status: CadenceStatus
    /// Held meetings in the period, by date; listed even when too few to fill it.
    public var held: [UUID]
    /// Planned meetings in the period, by date, so the grid can show 计划.
    public var planned: [UUID]

    public init(period: Period, status: CadenceStatus, held: [UUID] = [], planned: [UUID] = []) {
        self.period = period
        self.status = status
        self.held = held
        self.planned = planned
    }
}

/// One line of the cadence grid: a rule, for the whole branch or for one group, across a year.
public struct CadenceRow: Hashable, Sendable {
    public var rule: CadenceRule
    /// The group, for a rule that is due per group (党小组会, 支部工作条例 第十三条).
    public var group: PartyGroup?
    /// One cell per period of the rule's kind in the year, in order.
    public var cells: [CadenceCell]
    /// The row's name on screen: 支委会, or 小组会·第一党小组.
    public var label: String

    public init(rule: CadenceRule, group: PartyGroup?, cells: [CadenceCell]) {
        self.rule = rule
        self.group = group
        self.cells = cells
        self.label = group.map { "\(rule.kind.shortName)·\($0.name)" } ?? rule.kind.shortName
    }

    /// The cell whose period contains `date`, if the row covers it.
    public func cell(containing date: CalendarDate) -> CadenceCell? {
        cells.first { $0.period.contains(date) }
    }
}
