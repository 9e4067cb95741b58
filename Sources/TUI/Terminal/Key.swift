/// A key press, decoded from whatever the terminal sent.
///
/// Chinese text from an input method arrives as one `.char` per character. Control letters
/// other than those with their own case (Tab is ^I, Enter ^M, Backspace ^H) arrive as
/// `.ctrl` with the lowercase letter: Ctrl-S is `.ctrl("s")`.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter
    case escape
    case backspace
    case delete
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// A control chord, as its lowercase letter: `.ctrl("s")`.
    case ctrl(Character)
    /// F1 is `.function(1)`.
    case function(Int)
}
