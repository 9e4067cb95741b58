/// What a terminal reports to the event loop.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    /// The terminal now has this many columns and rows; redraw everything.
    case resize(width: Int, height: Int)
    /// SIGTERM, SIGHUP or SIGQUIT arrived (`StopSignal`): keep the draft and stop.
    case stop(signal: Int32)
}
