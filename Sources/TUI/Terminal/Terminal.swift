/// A place to show screen buffers and read keys from: ncurses in the app, memory in tests.
///
/// Kept this small (as ratatui's `Backend`) so the whole app can run headless: everything the
/// app knows about the screen goes through a `ScreenBuffer`.
public protocol Terminal: AnyObject {
    /// Columns and rows available now.
    var size: (width: Int, height: Int) { get }

    /// Shows `buffer`, then places the cursor at `cursor` (screen cells) or hides it when nil.
    func draw(_ buffer: ScreenBuffer, cursor: (x: Int, y: Int)?)

    /// Waits for the next key or resize; nil when `timeoutMilliseconds` passed first (nil
    /// waits forever) or when the input was nothing the app could act on.
    func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent?

    /// Gives the terminal back to the shell. Safe to call more than once.
    func shutdown()
}
