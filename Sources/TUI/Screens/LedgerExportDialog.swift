import Foundation
import Model

/// The export dialog opened by `e` / `E` on a section list (issue #10): which ledger (党员 offers
/// the roster or the dues register), the year, the format and where to write it.
///
/// ```
/// ┌─ 导出台账：三会一课 ───────────────────────────────────────┐
/// │ 台账    三会一课台账                                       │
/// │ 年度  ‹ 2026 ›                                             │
/// │ 格式  ‹ html › A4 打印，每条记录一页                        │
/// │ 保存到  ~/三会一课台账-2026.html                           │
/// │                                                            │
/// │ Tab 换项  ← → 选择  Enter 导出  Esc 取消                    │
/// └────────────────────────────────────────────────────────────┘
/// ```
/// The destination starts in the home folder with the customary file name and follows the
/// ledger, year and format until the secretary edits it. While the runtime writes, the dialog
/// shows 正在导出… (drawn before the work starts) and takes no keys.
public struct LedgerExportDialog: Hashable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case kind, year, format, path }

    public enum Outcome: Equatable, Sendable {
        case stay
        case close
        case export(LedgerExportRequest)
    }

    public var sectionTitle: String
    public var kinds: [PrintedLedgerKind]
    public var kindIndex = 0
    public var year: Int
    public var format: PrintFormat = .html
    public var path: LineEditor
    public var focus: Field = .format
    /// The folder the suggested file goes in (`~`, the secretary's home).
    public var folder: String
    /// Set once the secretary types in the path: from then on only its extension follows the format.
    public var pathEdited = false
    /// 正在导出…, while the runtime writes.
    public var progress: String?
    /// Why the last export failed, shown in the box.
    public var problem: String?

    public init(sectionTitle: String, kinds: [PrintedLedgerKind], year: Int, folder: String = "~") {
        self.sectionTitle = sectionTitle
        self.kinds = kinds
        self.year = year
        self.folder = folder
        self.path = LineEditor()
        suggestPath()
    }

    public var kind: PrintedLedgerKind { kinds[kindIndex] }

    /// The file name a secretary expects: `~/三会一课台账-2026.html`.
    public var suggestedPath: String {
        (folder.hasSuffix("/") ? folder : folder + "/") + LedgerPrint.fileName(kind, year: year, format: format)
    }

    private mutating func suggestPath() {
        path = LineEditor(text: suggestedPath)
    }

    /// What the format means on paper or on screen.
    static func explanation(_ format: PrintFormat) -> String {
        switch format {
        case .html: return "A4 打印，每条记录一页"
        case .markdown: return "纯文本，便于比较版本"
        case .csv: return "Excel / WPS 表格，每条记录一行"
        }
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key) -> Outcome {
        if progress != nil { return .stay }
        switch key {
        case .escape:
            return .close
        case .enter:
            let text = path.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                problem = "请写出保存位置，例如 \(suggestedPath)。"
                focus = .path
                return .stay
            }
            problem = nil
            return .export(LedgerExportRequest(kind: kind, format: format, year: year, path: text))
        case .tab, .down:
            focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count)!
            if focus == .kind && kinds.count < 2 { focus = .year }
        case .backTab, .up:
            focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
            if focus == .kind && kinds.count < 2 { focus = .path }
        case .left where focus != .path, .right where focus != .path:
            change(by: key == .left ? -1 : 1)
        default:
            guard focus == .path else { return .stay }
            if path.handle(key) { pathEdited = true }
        }
        return .stay
    }

    private mutating func change(by step: Int) {
        let oldExtension = "." + format.fileExtension
        switch focus {
        case .kind: kindIndex = (kindIndex + step + kinds.count) % kinds.count
        case .year: year = min(9999, max(1, year + step))   // shard years are 1–9999
        case .format:
            let all = PrintFormat.allCases
            format = all[(all.firstIndex(of: format)! + step + all.count) % all.count]
        case .path: return
        }
        if !pathEdited {
            suggestPath()
        } else if path.text.hasSuffix(oldExtension) {
            path = LineEditor(text: String(path.text.dropLast(oldExtension.count)) + "." + format.fileExtension)
        }
    }

    // MARK: - Drawing

    public static let preferredWidth = 64

    /// Draws the box centred in `rect`; returns the cursor when the path is being edited.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let box = rect.centered(width: min(rect.width, Self.preferredWidth), height: 9)
        guard box.width >= 20, box.height >= 9 else { return nil }
        let inner = Frame(title: "导出台账：\(sectionTitle)").render(into: &buffer, rect: box).inset(dx: 1, dy: 0)
        func choice(_ field: Field, _ value: String) -> String {
            focus == field ? "‹ \(value) ›" : "  \(value)  "
        }
        func label(_ text: String, _ field: Field, row: Int) {
            buffer.put(text, x: inner.x, y: inner.y + row, style: focus == field ? Style(bold: true, reverse: true) : .bold)
        }
        let valueX = inner.x + 8
        let valueWidth = inner.maxX - valueX
        label("台账", .kind, row: 0)
        buffer.put(kinds.count > 1 ? choice(.kind, kind.title) : "  \(kind.title)", x: valueX, y: inner.y, maxWidth: valueWidth)
        label("年度", .year, row: 1)
        buffer.put(choice(.year, "\(year)"), x: valueX, y: inner.y + 1, maxWidth: valueWidth)
        label("格式", .format, row: 2)
        let formatText = choice(.format, format.rawValue)
        let used = buffer.put(formatText, x: valueX, y: inner.y + 2, maxWidth: valueWidth)
        buffer.put(Self.explanation(format), x: valueX + used + 1, y: inner.y + 2, maxWidth: max(0, valueWidth - used - 1), style: .dim)
        label("保存到", .path, row: 3)
        let field = Rect(x: valueX + 2, y: inner.y + 3, width: max(1, valueWidth - 2), height: 1)
        let cursorX = path.render(into: &buffer, rect: field, style: .underline)
        var message = kind == .members ? "手机号和身份证号部分隐藏（完整号码只在命令行 --include-private）" : "文件权限 0600，只有您能读"
        var style: Style = .dim
        if let problem { message = problem; style = .bold }
        if let progress { message = progress; style = .bold }
        buffer.put(message, x: inner.x, y: inner.y + 5, maxWidth: inner.width, style: style)
        buffer.put("Tab 换项  ← → 选择  Enter 导出  Esc 取消", x: inner.x, y: inner.y + 6, maxWidth: inner.width, style: .dim)
        return focus == .path && progress == nil ? (cursorX, field.y) : nil
    }
}
