import Model
/// One column of a `TableView`: a title, a width in cells and an alignment.
public struct TableColumn: Hashable, Sendable {
    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// Exactly this many cells.
        case fixed(Int)
        /// At least `min` cells, plus an equal share of whatever room the fixed columns leave.
        case flex(min: Int)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(title: String, width: Width, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
