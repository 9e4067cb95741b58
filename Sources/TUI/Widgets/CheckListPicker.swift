import Model
/// A scrolling list where each item is in one of a few labelled states: attendance
/// (出席 / 请假 / 缺席) for a meeting, and the like.
///
/// ```
/// [出席] 欧阳修  第一党小组
/// [请假] 王五    第二党小组  出差
/// [缺席] 李四    第二党小组
/// /王
/// ```
/// Columns are padded by cells, and sized over all items rather than the filtered ones, so
/// they do not jump while a filter is typed. An item's `extra` (the excuse reason) comes last,
/// dim, so it cannot push the columns out of line. Drawing is in `CheckListPicker+Rendering`.
///
/// Keys: ↑ ↓ j k PgUp PgDn Home End move; Space cycles the selected item's state; 1–9 set it
/// directly; `a` sets every shown item to the first state (all of them, or those the filter
/// shows); `/` types a filter matched against name and detail. While the filter is typed,
/// letters go to it, ↑ ↓ still move, Enter keeps the filter and returns to the list, Esc drops
/// it. Esc with a filter kept drops it; Esc otherwise cancels and Enter confirms (`Event`).
///
/// Scrolling follows `TableView`: `render` does not mutate, and `handle` stores the window for
/// a picker `viewHeight` rows tall, which the owner sets to the rect given to `render`.
public struct CheckListPicker: Hashable, Sendable {
    /// One row of the list.
    public struct Item: Hashable, Sendable {
        /// Names the item to the owner (a member id).
        public var id: String
        public var name: String
        /// A second column (党小组).
        public var detail: String
        /// Index into `states`.
        public var state: Int
        /// Shown dim at the end of the row (请假事由); empty for none.
        public var extra: String

        public init(id: String, name: String, detail: String = "", state: Int = 0,
                    extra: String = "") {
            self.id = id
            self.name = name
            self.detail = detail
            self.state = state
            self.extra = extra
        }
    }

    /// What a key did, for the owner.
    public enum Event: Hashable, Sendable {
        case handled
        case ignored
        /// Enter: keep the states.
        case confirmed
        /// Esc: throw the changes away.
        case cancelled
    }

    /// Labels of the states, in cycling order: ["出席", "请假", "缺席"].
    public var states: [String]
    public var items: [Item]
    /// Index in `items` of the selected item.
    public var selected: Int
    /// Index in `visibleIndices` of the first row shown.
    public var offset: Int
    /// The filter text; items match when their name or detail contains it.
    public private(set) var filter: LineEditor
    /// Whether keys are going to the filter (after `/`).
    public private(set) var isFiltering: Bool
    /// Rows of the rect the picker is rendered in, filter row included.
    public var viewHeight: Int

    public init(states: [String], items: [Item], viewHeight: Int = 20) {
        self.states = states
        self.items = items
        self.selected = 0
        self.offset = 0
        self.filter = LineEditor()
        self.isFiltering = false
        self.viewHeight = viewHeight
    }

    // MARK: - States

    /// How many items are in each state, over all items (the filter does not matter): what
    /// the owner shows as 实到 / 请假 / 缺席.
    public var counts: [Int] {
        var counts = Array(repeating: 0, count: states.count)
        for item in items where counts.indices.contains(item.state) { counts[item.state] += 1 }
        return counts
    }

    /// The selected item, if the filter shows any.
    public var selectedItem: Item? {
        visibleIndices.contains(selected) ? items[selected] : nil
    }

    /// Sets item `index` to `state`; out-of-range values are ignored.
    public mutating func setState(_ state: Int, at index: Int) {
        guard items.indices.contains(index), states.indices.contains(state) else { return }
        items[index].state = state
    }

    /// Moves item `index` to the next state, after the last back to the first.
    public mutating func cycleState(at index: Int) {
        guard items.indices.contains(index), !states.isEmpty else { return }
        items[index].state = (items[index].state + 1) % states.count
    }

    /// Sets every item the filter shows to `state`.
    public mutating func setAll(to state: Int) {
        for i in visibleIndices { setState(state, at: i) }
    }

    // MARK: - Filtering and selection

    /// Indices in `items` of the items the filter shows, in order.
    public var visibleIndices: [Int] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return Array(items.indices) }
        return items.indices.filter {
            items[$0].name.lowercased().contains(needle)
                || items[$0].detail.lowercased().contains(needle)
        }
    }

    /// Replaces the filter text and keeps the selection on a shown item.
    public mutating func setFilter(_ text: String) {
        filter = LineEditor(text: text)
        keepSelectionVisible()
    }

    /// Moves the selection `delta` shown rows, stopping at the first and last.
    public mutating func moveSelection(by delta: Int) {
        let shown = visibleIndices
        guard !shown.isEmpty else { return }
        let here = shown.firstIndex(of: selected) ?? 0
        selected = shown[min(max(0, here + delta), shown.count - 1)]
    }

    private mutating func keepSelectionVisible() {
        let shown = visibleIndices
        if !shown.contains(selected) { selected = shown.first ?? 0 }
        offset = 0
        scrollToSelection()
    }

    // MARK: - Keys

    /// Applies a key and reports what the owner should do.
    public mutating func handle(_ key: Key) -> Event {
        let event = isFiltering ? handleFilterKey(key) : handleListKey(key)
        scrollToSelection()
        return event
    }

    private mutating func handleListKey(_ key: Key) -> Event {
        let page = max(1, listRows(height: viewHeight))
        switch key {
        case .up, .char("k"): moveSelection(by: -1)
        case .down, .char("j"): moveSelection(by: 1)
        case .pageUp: moveSelection(by: -page)
        case .pageDown: moveSelection(by: page)
        case .home: moveSelection(by: -items.count)
        case .end: moveSelection(by: items.count)
        case .char(" "):
            if selectedItem != nil { cycleState(at: selected) }
        case .char(let c) where Self.digit(c).map { $0 <= states.count } ?? false:
            if selectedItem != nil, let n = Self.digit(c) { setState(n - 1, at: selected) }
        case .char("a"): setAll(to: 0)
        case .char("/"): isFiltering = true
        case .enter: return .confirmed
        case .escape:
            guard filter.text.isEmpty else {
                setFilter("")
                return .handled
            }
            return .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// 1–9 typed as ASCII digits; not `wholeNumberValue`, which also reads 一 and ④.
    private static func digit(_ c: Character) -> Int? {
        guard let ascii = c.asciiValue, ascii >= 0x31, ascii <= 0x39 else { return nil }
        return Int(ascii - 0x30)
    }

    private mutating func handleFilterKey(_ key: Key) -> Event {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            return handleListKey(key)
        case .enter:
            isFiltering = false
        case .escape:
            isFiltering = false
            setFilter("")
        case .backspace where filter.text.isEmpty:
            isFiltering = false   // backing out of an empty filter, as in less and vim
        default:
            guard filter.handle(key) else { return .ignored }
            keepSelectionVisible()
        }
        return .handled
    }

    // MARK: - Scrolling

    /// Rows left for items in a picker `height` rows tall: one goes to the filter while it is
    /// typed or kept.
    func listRows(height: Int) -> Int {
        max(0, height - (isFiltering || !filter.text.isEmpty ? 1 : 0))
    }

    /// The first shown row `render` draws with `rows` rows of room: `offset`, moved just
    /// enough to show the selection.
    public func visibleOffset(rows: Int) -> Int {
        let shown = visibleIndices
        let page = max(1, rows)
        let here = shown.firstIndex(of: selected) ?? 0
        var first = min(offset, max(0, shown.count - page))
        if here < first { first = here }
        if here >= first + page { first = here - page + 1 }
        return max(0, first)
    }

    /// Stores in `offset` the smallest scroll of a `viewHeight`-row picker that shows the
    /// selection. `handle` calls it; call it after setting `selected` directly.
    public mutating func scrollToSelection() {
        offset = visibleOffset(rows: listRows(height: viewHeight))
    }
}
