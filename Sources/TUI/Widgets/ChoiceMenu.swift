import Model
/// A short list of options in a titled box, centred over whatever is behind it: pick one with
/// ↑ ↓ and Enter, or by its number.
///
/// ```
/// ┌─ 欧阳修：身份变更 ─────────────┐
/// │ › 1 列为发展对象               │
/// │   2 去世                       │
/// │                                │
/// │ ↑↓ 选择  Enter 确定  Esc 取消  │
/// └────────────────────────────────┘
/// ```
/// Meant for a handful of options (numbers go to 9); a long list wants `CheckListPicker`.
public struct ChoiceMenu: Hashable, Sendable {
    /// What a key did, for the owner.
    public enum Event: Hashable, Sendable {
        case handled
        case ignored
        /// Enter or a number: the index of the option chosen.
        case chosen(Int)
        /// Esc.
        case cancelled
    }

    /// The narrowest the box is drawn, in cells, so a short list does not look like a glitch.
    public static let minimumWidth = 36

    public var title: String
    public var options: [String]
    public var selected: Int
    public var hint: String

    public init(title: String, options: [String], selected: Int = 0, hint: String = "↑↓ 选择  Enter 确定  Esc 取消") {
        self.title = title
        self.options = options
        self.selected = options.indices.contains(selected) ? selected : 0
        self.hint = hint
    }

    /// Applies a key: ↑ ↓ (and k j) move and wrap, Enter or a digit chooses, Esc cancels.
    public mutating func handle(_ key: Key) -> Event {
        guard !options.isEmpty else { return key == .escape ? .cancelled : .ignored }
        switch key {
        case .up, .char("k"):
            selected = (selected + options.count - 1) % options.count
        case .down, .char("j"), .tab:
            selected = (selected + 1) % options.count
        case .enter:
            return .chosen(selected)
        case .escape:
            return .cancelled
        case .char(let c):
            guard let n = c.wholeNumberValue, (1...min(9, options.count)).contains(n) else { return .ignored }
            selected = n - 1
            return .chosen(selected)
        default:
            return .ignored
        }
        return .handled
    }

    /// The box the menu occupies when centred in `rect`: one row per option, a blank row, the
    /// hint, and the borders.
    public func frame(in rect: Rect) -> Rect {
        let widest = (options.map { DisplayWidth.of($0) + 6 } + [DisplayWidth.of(title) + 8, DisplayWidth.of(hint) + 4, Self.minimumWidth]).max()!
        return rect.centered(width: min(widest, rect.width), height: min(options.count + 4, rect.height))
    }

    /// Draws the menu centred in `rect`; the chosen row is marked with › and reverse video.
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        let box = frame(in: rect)
        guard box.width >= 4, box.height >= 3 else { return }
        let inner = Frame(title: title).render(into: &buffer, rect: box).inset(dx: 1, dy: 0)
        for (i, option) in options.prefix(max(0, inner.height - 2)).enumerated() {
            let mark = i == selected ? "›" : " "
            let label = options.count <= 9 ? "\(mark) \(i + 1) \(option)" : "\(mark) \(option)"
            buffer.put(label, x: inner.x, y: inner.y + i, maxWidth: inner.width,
                       style: i == selected ? Style(bold: true, reverse: true) : .plain)
        }
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: .dim)
    }
}
