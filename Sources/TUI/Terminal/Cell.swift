/// One terminal cell of a `ScreenBuffer`.
///
/// A wide character (中) occupies two cells: the first holds the grapheme with `width` 2, the
/// second is a hidden continuation cell with empty `text` and `width` 0, as in ratatui.
public struct Cell: Hashable, Sendable {
    /// One grapheme, or `""` for the continuation cell of a wide character.
    public var text: String
    /// Cells the grapheme occupies: 1 or 2, and 0 for a continuation cell.
    public var width: Int
    public var style: Style

    public init(text: String, width: Int, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the plain style: what an untouched buffer holds.
    public static let blank = Cell(text: " ", width: 1, style: .plain)

    /// Whether this is the hidden right half of a wide character.
    public var isContinuation: Bool { width == 0 }

    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
    static func space(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }
}
