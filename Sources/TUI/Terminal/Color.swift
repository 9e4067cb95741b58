/// Foreground colours; the background always stays the terminal's own.
public enum Color: Hashable, Sendable {
    case normal, red, green, yellow, blue, magenta, cyan
}
