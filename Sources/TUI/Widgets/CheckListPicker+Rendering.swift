import Model
// MARK: - Rendering

extension CheckListPicker {
    /// Draws the list, and the filter on the last row when there is one, into `rect`. The
    /// selected row is reversed when `focused`, underlined otherwise. Returns the cursor in
    /// the filter while it is typed, else nil.
    @discardableResult
    public func render(
        into buffer: inout ScreenBuffer, rect: Rect, focused: Bool = true
    ) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect)
        let body = rect.top(listRows(height: rect.height))
        let shown = visibleIndices
        if shown.isEmpty, !body.isEmpty {
            let message = items.isEmpty ? "（无记录）" : "（无匹配）"
            buffer.put(message, x: body.x, y: body.y, maxWidth: body.width, style: .dim)
        }
        let first = visibleOffset(rows: body.height)
        let widths = columnWidths()
        for (line, index) in shown.dropFirst(first).prefix(body.height).enumerated() {
            let style: Style = index == selected ? (focused ? .reverse : .underline) : .plain
            let y = body.y + line
            if style != .plain { buffer.fill(body.row(line), style: style) }
            let used = buffer.put(row(items[index], widths: widths), x: body.x, y: y,
                                  maxWidth: body.width, style: style)
            if !items[index].extra.isEmpty {
                var extraStyle = style
                extraStyle.dim = true
                buffer.put(items[index].extra, x: body.x + used + 2, y: y,
                           maxWidth: body.maxX - body.x - used - 2, style: extraStyle)
            }
        }
        guard body.height < rect.height else { return nil }
        let filterRow = rect.bottom(1)
        buffer.put("/", x: filterRow.x, y: filterRow.y, maxWidth: filterRow.width)
        let field = Rect(x: filterRow.x + 1, y: filterRow.y, width: filterRow.width - 1, height: 1)
        let x = filter.render(into: &buffer, rect: field)
        return isFiltering ? (x, filterRow.y) : nil
    }

    /// Cells of the state, name and detail columns, over all items.
    private func columnWidths() -> (state: Int, name: Int, detail: Int) {
        (states.map(DisplayWidth.of).max() ?? 0,
         items.map { DisplayWidth.of($0.name) }.max() ?? 0,
         items.map { DisplayWidth.of($0.detail) }.max() ?? 0)
    }

    /// `[出席] 欧阳修  第一党小组`, every column padded by cells so `extra` lines up after it.
    private func row(_ item: Item, widths: (state: Int, name: Int, detail: Int)) -> String {
        let label = states.indices.contains(item.state) ? states[item.state] : ""
        var text = "[" + DisplayWidth.pad(label, toWidth: widths.state) + "] "
            + DisplayWidth.pad(item.name, toWidth: widths.name)
        if widths.detail > 0 {
            text += "  " + DisplayWidth.pad(item.detail, toWidth: widths.detail)
        }
        return text
    }
}
