import Model
// MARK: - Layout and scrolling

extension Form {
    /// Where one field sits, in rows from the top of the form.
    struct FieldLayout: Hashable {
        var top: Int
        /// Rows of the value: 1, or a multi-line editor's `viewHeight`.
        var valueRows: Int
        /// Whether the hint follows the value on its row (only short values leave room).
        var hintInline: Bool
        var hintRow: Int?
        var errorRow: Int?
        /// Rows the error takes: it wraps by cells, so a long rule message is read whole.
        var errorRows = 0
        /// One past the field's last row.
        var bottom: Int
    }

    /// Cells of the label column: the widest label, so every value starts in one column.
    public var labelWidth: Int {
        fields.map { DisplayWidth.of($0.label) }.max() ?? 0
    }

    /// The column where values start.
    var valueX: Int {
        labelWidth == 0 ? 0 : labelWidth + Self.labelGap
    }

    /// Cells left for values in a form `totalWidth` cells wide.
    func valueWidth(totalWidth: Int) -> Int {
        max(0, totalWidth - valueX)
    }

    /// The rows of every field in a form `width` cells wide: the value, then the hint when it
    /// does not fit after the value (text fields always put it below), then the error.
    func layout(width: Int) -> [FieldLayout] {
        let room = valueWidth(totalWidth: width)
        var top = 0
        return fields.map { field in
            var spot = FieldLayout(top: top, valueRows: 1, hintInline: false, hintRow: nil,
                                   errorRow: nil, bottom: top)
            if case .multiline(let editor) = field.kind {
                spot.valueRows = max(1, editor.viewHeight)
            }
            var next = top + spot.valueRows
            if let hint = field.hint, !hint.isEmpty {
                if let shown = Self.shortValue(field.kind),
                   DisplayWidth.of(shown) + 2 + DisplayWidth.of(hint) <= room {
                    spot.hintInline = true
                } else {
                    spot.hintRow = next
                    next += 1
                }
            }
            if let error = field.error {
                spot.errorRow = next
                spot.errorRows = max(1, DisplayWidth.wrap("！" + error, width: max(1, room)).count)
                next += spot.errorRows
            }
            spot.bottom = next
            top = next
            return spot
        }
    }

    /// How a one-row value that is not an editor reads on screen; nil for text fields.
    static func shortValue(_ kind: FormField.Kind) -> String? {
        switch kind {
        case .text, .multiline: return nil
        case .choice(let options, let selected):
            return "‹ " + (options.indices.contains(selected) ? options[selected] : "") + " ›"
        case .toggle(let on): return on ? "[x]" : "[ ]"
        case .readOnly(let text): return text
        case .action(let title): return "[ " + title + " ]"
        }
    }

    /// The first row `render` shows in a `width` × `height` rect: `offset`, moved just enough to
    /// show the whole focused field with its hint and error, or, when that is taller than the
    /// rect, the row with a multi-line field's cursor.
    public func visibleOffset(width: Int, height: Int) -> Int {
        let layouts = layout(width: width)
        let page = max(1, height)
        var first = min(offset, max(0, (layouts.last?.bottom ?? 0) - page))
        if layouts.indices.contains(focus) {
            let spot = layouts[focus]
            if spot.bottom - spot.top <= page {
                if spot.top < first { first = spot.top }
                if spot.bottom > first + page { first = spot.bottom - page }
            } else {
                var cursorRow = spot.top
                if case .multiline(let editor) = fields[focus].kind {
                    cursorRow += editor.cursorPosition(
                        width: valueWidth(totalWidth: width), height: spot.valueRows).y
                }
                first = min(max(first, cursorRow - page + 1), cursorRow)
            }
        }
        return max(0, first)
    }

    /// Stores in `offset` the smallest scroll of the `viewWidth` × `viewHeight` form that
    /// shows the focused field. `handle` calls it; call it after setting `focus` directly.
    public mutating func scrollToFocus() {
        offset = visibleOffset(width: viewWidth, height: viewHeight)
    }
}
