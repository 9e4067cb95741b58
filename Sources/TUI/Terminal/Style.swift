/// How a cell is drawn: attributes and a foreground colour.
///
/// Colour is a hint only: with colours off (or `NO_COLOR`), the ncurses terminal draws bold,
/// reverse, underline and dim alone, so every screen must still read without colour.
public struct Style: Hashable, Sendable {
    /// `Style.Color` reads naturally at call sites; it is the top-level `Color`.
    public typealias Color = TUI.Color

    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public var color: Color

    public init(
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
        color: Color = .normal
    ) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let underline = Style(underline: true)
    public static let dim = Style(dim: true)

    /// The same style in another colour, for chaining: `Style.bold.colored(.red)`.
    public func colored(_ color: Color) -> Style {
        var copy = self
        copy.color = color
        return copy
    }
}
