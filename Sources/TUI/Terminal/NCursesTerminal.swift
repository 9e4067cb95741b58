import CNCurses
import Glibc
import Model

/// The real terminal, through ncursesw. The only file that imports CNCurses.
///
/// Setup, in the order that matters:
/// - `setlocale(LC_ALL, "")` before `initscr()`, or ncurses treats UTF-8 bytes as Latin-1 and
///   Chinese comes out as `M-d¸M-%` (calcurse #99).
/// - `raw()`: no line buffering and no signal or flow-control keys, so **Ctrl-C, Ctrl-Z,
///   Ctrl-S and Ctrl-Q arrive as keys** (`.ctrl("c")`, …) instead of killing, suspending or
///   freezing the app. The app decides what they mean; it must offer its own way to quit.
/// - `noecho()`, `nonl()`, `keypad(stdscr, true)` (arrows and F-keys as single codes) and an
///   Esc delay of 25 ms, so a lone Esc is not held back for ncurses' default second.
/// - Colours only when asked and available; the background stays the terminal's own.
///
/// The class is not `Sendable`: it owns process-wide terminal state and must stay with the
/// code that created it (the app's main loop). If `TERM` names no usable terminal, ncurses
/// prints its own message and exits inside `init`; check `isatty` before creating one.
public final class NCursesTerminal: Terminal {
    /// The last frame drawn, to repaint only rows that changed; nil forces a full repaint.
    private var previous: ScreenBuffer?
    private var cursorVisible: Bool?
    private var colorsOn = false
    private var isShutDown = false

    /// Takes over the terminal. `useColor: false` draws with bold, reverse, underline and dim
    /// only (for `NO_COLOR`, or terminals whose colours are unreadable).
    public init(useColor: Bool = true) {
        setlocale(LC_ALL, "")
        initscr()
        raw()
        noecho()
        nonl()
        intrflush(shim_stdscr(), false)
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        cursorVisible = false
        if useColor, has_colors() {
            start_color()
            // -1 keeps the terminal's background; without use_default_colors fall back to black.
            let background: Int16 = use_default_colors() == shim_ok() ? -1 : Int16(COLOR_BLACK)
            for color in Self.colorPairs {
                init_pair(Int16(color.pair), Int16(color.curses), background)
            }
            colorsOn = true
        }
    }

    deinit {
        shutdown()
    }

    /// Whether the locale chosen by the environment is UTF-8, so the app can warn otherwise.
    ///
    /// Calls `setlocale(LC_ALL, "")` itself, so it gives the right answer before `init` too.
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = shim_codeset() else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
        return name == "UTF8"
    }

    public var size: (width: Int, height: Int) {
        (Int(shim_cols()), Int(shim_lines()))
    }

    // MARK: - Output

    /// Writes the rows that differ from the last frame, places the cursor and refreshes.
    public func draw(_ buffer: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        guard !isShutDown else { return }
        let screen = size
        let fullRepaint = previous == nil
            || previous?.width != buffer.width || previous?.height != buffer.height
        if fullRepaint { erase() }
        let rows = min(buffer.height, screen.height)
        for y in 0..<rows {
            if !fullRepaint, let previous, previous.row(y) == buffer.row(y) { continue }
            drawRow(buffer.row(y), y: y, screenWidth: screen.width)
        }
        previous = buffer

        if let cursor, cursor.x >= 0, cursor.x < screen.width, cursor.y >= 0,
           cursor.y < screen.height {
            move(Int32(cursor.y), Int32(cursor.x))
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
        }
        refresh()
    }

    /// Writes one row as runs of same-style wide characters, each run at its own column.
    private func drawRow(_ cells: ArraySlice<Cell>, y: Int, screenWidth: Int) {
        var run: [wchar_t] = []
        var runX = 0
        var runStyle = Style.plain

        func write(_ chars: [wchar_t], x: Int, style: Style) {
            setAttributes(style)
            _ = shim_mvaddnwstr(Int32(y), Int32(x), chars, Int32(chars.count))
        }

        func flush() {
            guard !run.isEmpty else { return }
            write(run, x: runX, style: runStyle)
            run.removeAll(keepingCapacity: true)
        }

        var x = 0
        for cell in cells {
            defer { x += 1 }
            if cell.isContinuation { continue }
            guard x + cell.width <= screenWidth else { break }
            let chars = Self.wideCharacters(cell.text)
            let cursesWidth = chars.first.map { Int(shim_wcwidth($0)) } ?? 0
            if cursesWidth == cell.width {
                if run.isEmpty || cell.style != runStyle {
                    flush()
                    runX = x
                    runStyle = cell.style
                }
                run.append(contentsOf: chars)
            } else {
                // libc disagrees with our width (an emoji it thinks narrow, or anything at all
                // in a non-UTF-8 locale), so ncurses would advance wrongly inside a run. Write
                // this cell alone: blanks over all its cells, then the character, or "?" when
                // libc cannot print it or would spill it into the next cell. The columns
                // after it stay right.
                flush()
                write(Array(repeating: wchar_t(UInt8(ascii: " ")), count: cell.width), x: x,
                      style: cell.style)
                let printable = cursesWidth >= 1 && cursesWidth <= cell.width
                write(printable ? chars : [wchar_t(UInt8(ascii: "?"))], x: x, style: cell.style)
            }
        }
        flush()
        if cells.count < screenWidth {
            // The buffer is narrower than the screen (mid-resize): clear what it does not cover.
            setAttributes(.plain)
            move(Int32(y), Int32(cells.count))
            clrtoeol()
        }
    }

    /// A grapheme as ncurses should receive it: the base plus the scalars libc calls
    /// zero-width (accents, VS16, ZWJ). Later spacing scalars of a ZWJ sequence (👩 in
    /// 👨‍👩‍👧) are dropped, because ncurses would give each its own cells and push the
    /// rest of the row out of line; the base alone still fills the two cells we reserved.
    private static func wideCharacters(_ text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            let c = wchar_t(bitPattern: scalar.value)
            if result.isEmpty || shim_wcwidth(c) == 0 { result.append(c) }
        }
        return result
    }

    private func setAttributes(_ style: Style) {
        var attrs = shim_a_normal()
        if style.bold { attrs |= shim_a_bold() }
        if style.reverse { attrs |= shim_a_reverse() }
        if style.underline { attrs |= shim_a_underline() }
        if style.dim { attrs |= shim_a_dim() }
        var pair: Int32 = 0
        if colorsOn, let entry = Self.colorPairs.first(where: { $0.color == style.color }) {
            pair = Int32(entry.pair)
        }
        _ = shim_attr_set(attrs, pair)
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    /// Colour pair numbers for our colours; pair 0 is the terminal default (`Color.normal`).
    private static let colorPairs: [(color: Color, pair: Int, curses: Int32)] = [
        (.red, 1, COLOR_RED), (.green, 2, COLOR_GREEN), (.yellow, 3, COLOR_YELLOW),
        (.blue, 4, COLOR_BLUE), (.magenta, 5, COLOR_MAGENTA), (.cyan, 6, COLOR_CYAN),
    ]

    // MARK: - Input

    /// Reads one key with `get_wch`, waiting at most `timeoutMilliseconds` (nil: forever).
    ///
    /// Returns nil on timeout and for keys with no `Key` case. `KEY_RESIZE` (ncurses turns
    /// SIGWINCH into it) becomes `.resize` with the new size and forces the next draw to
    /// repaint everything.
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent? {
        guard !isShutDown else { return nil }
        // Without a timeout, wait in short slices so a stop signal is seen even if the read
        // restarts after it (issue #9: SIGTERM/SIGHUP keep the open form as a draft).
        let slice: Int32 = 200
        var remaining = timeoutMilliseconds.map { max(0, $0) }
        while true {
            if StopSignal.pending != 0 { return .stop(signal: StopSignal.pending) }
            let wait = remaining.map { Int32(clamping: min($0, Int(slice))) } ?? slice
            timeout(wait)
            var ch: wint_t = 0
            let status = get_wch(&ch)
            if status == shim_key_code_yes() {
                let code = Int32(bitPattern: ch)
                if code == shim_key_resize() {
                    previous = nil
                    let (width, height) = size
                    return .resize(width: width, height: height)
                }
                if let key = Self.functionKey(code) { return .key(key) }
                continue
            }
            if status == shim_ok() {
                if let key = Self.characterKey(UInt32(ch)) { return .key(key) }
                continue
            }
            if StopSignal.pending != 0 { return .stop(signal: StopSignal.pending) }
            if let left = remaining {
                if left <= Int(wait) { return nil }
                remaining = left - Int(wait)
            }
        }
    }

    /// Maps a character from `get_wch`, including the control codes a raw terminal sends.
    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + UInt8(ascii: "a") - 1)))
        case 0..<32, 128..<160:
            return nil
        default:
            return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }

    /// Maps an ncurses `KEY_*` code.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case shim_key_up(): return .up
        case shim_key_down(): return .down
        case shim_key_left(): return .left
        case shim_key_right(): return .right
        case shim_key_home(): return .home
        case shim_key_end(): return .end
        case shim_key_ppage(): return .pageUp
        case shim_key_npage(): return .pageDown
        case shim_key_dc(): return .delete
        case shim_key_backspace(): return .backspace
        case shim_key_btab(): return .backTab
        case shim_key_enter(): return .enter
        case shim_key_f(1)...shim_key_f(24): return .function(Int(code - shim_key_f0()))
        default: return nil
        }
    }

    // MARK: - Shutdown

    /// Restores the terminal (`endwin`) once; later calls do nothing.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
    }
}

/// For `StopSignal`'s second-signal fallback: `endwin` from the signal handler (the loop is
/// stuck, so there is nothing safer left to do).
func endwinForSignal() {
    endwin()
}
