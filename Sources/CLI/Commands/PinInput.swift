import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a PIN: from the terminal without echo when standard input is one (the prompt on
/// stderr), otherwise the next line of standard input, for scripts (`printf '1234\n1234\n' |`).
///
/// Echo is turned off with termios only for the one line and always restored, also when
/// Ctrl-C interrupts the prompt (a SIGINT handler puts the saved settings back, then exits 130).
public enum PinInput {
    public static func readLine(prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return Swift.readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return Swift.readLine(strippingNewline: true) }
        var quiet = saved
        // Keep ECHONL so the Enter still moves to the next line while the characters stay hidden.
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        PinInputSignal.save(saved)
        let previous = signal(SIGINT, pinInputRestoreAndExit)
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            signal(SIGINT, previous)
            PinInputSignal.clear()
        }
        return Swift.readLine(strippingNewline: true)
    }
}

/// The terminal settings to restore if SIGINT arrives while echo is off. A signal handler
/// cannot capture context, so they sit in a global; only the prompt above sets it.
enum PinInputSignal {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var active = false

    static func save(_ settings: termios) {
        saved = settings
        active = true
    }

    static func clear() { active = false }
}

/// SIGINT during the prompt: put echo back (tcsetattr is async-signal-safe), then exit 130.
private func pinInputRestoreAndExit(_ signal: Int32) {
    if PinInputSignal.active { _ = tcsetattr(STDIN_FILENO, TCSANOW, &PinInputSignal.saved) }
    _exit(128 + signal)
}
