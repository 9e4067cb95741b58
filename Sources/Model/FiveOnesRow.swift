import Foundation

/// One line of a five-ones matrix: an item (for a per-household scheme, an item of one
/// household) across the adopted periods.
public struct FiveOnesRow: Hashable, Sendable {
    /// Zero-based index into the template's items.
    public var itemIndex: Int
    /// The item's name, e.g. 上好一堂党课.
    public var item: String
    /// The household, for 牵手致富 rows; nil for branch-wide rows and item summaries.
    public var household: Household?
    /// The paired member's name, when the household's member is known.
    public var pairedMemberName: String?
    /// One cell per period of the matrix, in order.
    public var cells: [FiveOnesCell]

    public init(itemIndex: Int, item: String, household: Household? = nil, pairedMemberName: String? = nil,
                cells: [FiveOnesCell]) {
        self.itemIndex = itemIndex
        self.item = item
        self.household = household
        self.pairedMemberName = pairedMemberName
        self.cells = cells
    }

    /// The item's number as printed and typed on the command line (1-based).
    public var number: Int { itemIndex + 1 }

    /// `1 上好一堂党课`.
    public var label: String { "\(number) \(item)" }

    /// The cell of `period`, if the row covers it.
    public func cell(for period: Period) -> FiveOnesCell? {
        cells.first { $0.period == period }
    }
}
