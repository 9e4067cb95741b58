import Glibc

/// SIGTERM, SIGHUP (the window was closed) and SIGQUIT while the workbench runs (issue #9).
///
/// The handler only records the signal: the event loop sees it as `TerminalEvent.stop`, keeps
/// the open form as a draft (offered on the next start) and gives the terminal back. Nothing
/// unsafe runs inside the handler. The handler is installed without `SA_RESTART`, so a
/// blocked `get_wch` returns at once; `NCursesTerminal` also waits in short slices, so the
/// stop is seen within a fraction of a second either way. A second signal before the loop
/// has answered (a stuck save, say) restores the terminal and exits at once, as before.
public enum StopSignal {
    /// The signals that end the workbench.
    public static let handled: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

    /// The signal received, or 0. Written only by the handler, read by the loop.
    public static var pending: Int32 { received }

    public static func install() {
        for sig in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = stopSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }
}

nonisolated(unsafe) private var received: Int32 = 0

private func stopSignalHandler(_ signal: Int32) {
    if received != 0 {
        // The loop did not get to it: give the terminal back and stop now.
        endwinForSignal()
        _exit(128 + received)
    }
    received = signal
}
