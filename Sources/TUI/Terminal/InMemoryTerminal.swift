import Model
/// A terminal that lives in memory: scripted input, recorded frames. For tests.
///
/// Like hledger-ui's test harness and ratatui's `TestBackend`, it lets a test drive the real
/// event loop with keys and then assert what every frame showed, as lines of text.
public final class InMemoryTerminal: Terminal {
    public private(set) var size: (width: Int, height: Int)
    /// Every buffer drawn, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// The cursor passed with the last draw (nil: hidden).
    public private(set) var lastCursor: (x: Int, y: Int)?
    public private(set) var isShutDown = false
    private var pending: [TerminalEvent] = []

    public init(width: Int, height: Int) {
        size = (width, height)
    }

    /// The most recent frame drawn, if any.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// The last frame as lines of text (empty before the first draw).
    public var screenLines: [String] { lastFrame?.lines() ?? [] }

    /// Events still waiting to be read.
    public var pendingEventCount: Int { pending.count }

    /// Queues events for `nextEvent` to return in order.
    public func enqueue(_ events: [TerminalEvent]) {
        pending.append(contentsOf: events)
    }

    /// Queues keys, in order.
    public func enqueue(keys: [Key]) {
        pending.append(contentsOf: keys.map(TerminalEvent.key))
    }

    /// Queues `text` as typed keys: one `.char` per character, a newline as `.enter`, a tab as
    /// `.tab`.
    public func type(_ text: String) {
        for c in text {
            if c.isNewline {
                pending.append(.key(.enter))
            } else if c == "\t" {
                pending.append(.key(.tab))
            } else {
                pending.append(.key(.char(c)))
            }
        }
    }

    public func draw(_ buffer: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        frames.append(buffer)
        lastCursor = cursor
    }

    /// The next queued event, or nil when the queue is empty (a test never blocks). A resize
    /// event also changes `size`, as a real terminal would.
    public func nextEvent(timeoutMilliseconds: Int?) -> TerminalEvent? {
        guard !pending.isEmpty else { return nil }
        let event = pending.removeFirst()
        if case .resize(let width, let height) = event {
            size = (width, height)
        }
        return event
    }

    public func shutdown() {
        isShutDown = true
    }
}
