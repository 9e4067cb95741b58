import Foundation

/// Items of an adopted scheme still outstanding in a period that ends soon: one line on 工作台
/// (issue #5: "outstanding items close to the period's end appear on 工作台").
public struct FiveOnesDueItem: Hashable, Sendable {
    public var template: FiveOnesTemplate
    public var adoptionId: UUID
    public var period: Period
    /// The household, for a 牵手致富 scheme.
    public var household: Household?
    /// Zero-based indices of the outstanding items, in order.
    public var itemIndices: [Int]
    /// Whole days left after today (0 on the period's last day).
    public var daysLeft: Int

    public init(template: FiveOnesTemplate, adoptionId: UUID, period: Period, household: Household?,
                itemIndices: [Int], daysLeft: Int) {
        self.template = template
        self.adoptionId = adoptionId
        self.period = period
        self.household = household
        self.itemIndices = itemIndices
        self.daysLeft = daysLeft
    }

    /// The outstanding items' names.
    public var items: [String] {
        itemIndices.compactMap { template.items.indices.contains($0) ? template.items[$0] : nil }
    }

    /// A sentence for 工作台: “五个一工程”2026年第四季度还有 27 天，尚有 3 项未开展：…
    public var summary: String {
        let whose = household.map { "（结对户 \($0.name)）" } ?? ""
        let left = daysLeft == 0 ? "今天截止" : "还有 \(daysLeft) 天"
        return "\(template.quotedName)\(period.chinese)\(whose)\(left)，尚有 \(itemIndices.count) 项未开展：\(items.joined(separator: "、"))"
    }
}
