import Model
// MARK: - Rendering

extension Form {
    /// Draws the visible part of the form into `rect` and returns the cursor's screen position
    /// when the focused field is a text field (nil otherwise: the highlighted label shows the
    /// focus, and the terminal cursor is hidden).
    ///
    /// The whole form is first drawn off screen and then the visible rows are copied, so a
    /// multi-line field cut by the top or bottom edge shows exactly its visible rows.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect)
        let layouts = layout(width: rect.width)
        var content = ScreenBuffer(width: rect.width, height: layouts.last?.bottom ?? 0)
        var cursor: (x: Int, y: Int)?
        for i in fields.indices {
            let fieldCursor = draw(i, at: layouts[i], into: &content)
            if i == focus { cursor = fieldCursor }
        }
        let first = visibleOffset(width: rect.width, height: rect.height)
        for y in first..<max(first, min(content.height, first + rect.height)) {
            for (x, cell) in content.row(y).enumerated() where !cell.isContinuation {
                buffer.put(cell.text, x: rect.x + x, y: rect.y + y - first, style: cell.style)
            }
        }
        guard let cursor, cursor.y >= first, cursor.y < first + rect.height else { return nil }
        return (rect.x + cursor.x, rect.y + cursor.y - first)
    }

    /// Draws field `i` in form coordinates; returns its cursor if it is an editor.
    private func draw(
        _ i: Int, at spot: FieldLayout, into buffer: inout ScreenBuffer
    ) -> (x: Int, y: Int)? {
        let field = fields[i]
        let focused = i == focus
        // Reverse as well as bold: the focus must show on a terminal without colour or with
        // the cursor hidden (choice, toggle and action fields).
        buffer.put(field.label, x: 0, y: spot.top, maxWidth: labelWidth,
                   style: focused ? Style(bold: true, reverse: true) : .plain)

        let x = valueX
        let width = valueWidth(totalWidth: buffer.width)
        let valueRect = Rect(x: x, y: spot.top, width: width, height: spot.valueRows)
        var cursor: (x: Int, y: Int)?
        switch field.kind {
        case .text(let editor) where field.isSecret:
            // Same cursor movement, but only as many ● as characters reach the screen.
            var masked = LineEditor(text: String(repeating: "●", count: editor.text.count))
            for _ in 0..<(editor.text.count - editor.cursor) { masked.moveLeft() }
            cursor = (masked.render(into: &buffer, rect: valueRect), spot.top)
        case .text(let editor):
            cursor = (editor.render(into: &buffer, rect: valueRect), spot.top)
        case .multiline(let editor):
            cursor = editor.render(into: &buffer, rect: valueRect)
        default:
            let shown = Self.shortValue(field.kind) ?? ""
            let used = buffer.put(shown, x: x, y: spot.top, maxWidth: width,
                                  style: Self.valueStyle(field.kind, focused: focused))
            if spot.hintInline, let hint = field.hint {
                let hintX = x + used + 2
                buffer.put(hint, x: hintX, y: spot.top, maxWidth: valueRect.maxX - hintX,
                           style: .dim)
            }
        }
        if let row = spot.hintRow, let hint = field.hint {
            buffer.put(hint, x: x, y: row, maxWidth: width, style: .dim)
        }
        if let row = spot.errorRow, let error = field.error {
            // "！" marks the line as an error where red does not show; long messages wrap.
            for (offset, line) in DisplayWidth.wrap("！" + error, width: max(1, width)).prefix(spot.errorRows).enumerated() {
                buffer.put(line, x: x, y: row + offset, maxWidth: width, style: Style.bold.colored(.red))
            }
        }
        return focused ? cursor : nil
    }

    private static func valueStyle(_ kind: FormField.Kind, focused: Bool) -> Style {
        switch kind {
        case .readOnly: return .plain
        case .action: return focused ? .reverse : .bold
        default: return focused ? .bold : .plain
        }
    }
}
