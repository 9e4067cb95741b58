import Foundation
import Model
import Persistence

/// 年度自评 (issue #10): the rubric's categories and items with points earned / maximum and
/// what is missing; Enter on an item lists its evidence, Enter on a record opens it (the same
/// page as anywhere else), `s` scores a hand item, `[` `]` change the year. Esc steps back.
///
/// The branch's year against the rubric, never a ranking of people; talk cases are not read.
public struct AssessmentView: Equatable, Sendable {
    public var setup: AssessmentSetup
    public private(set) var assessment: Assessment
    /// Items with category headings between them.
    public var table: TableView
    /// For each table row, the item's index in `assessment.items` (nil for a heading).
    let rowItems: [Int?]
    public var mode: Mode
    /// Only the secretary scores (the liaison reads).
    public let canScore: Bool

    public enum Mode: Equatable, Sendable {
        case items
        case evidence(item: Int, table: TableView)
        /// A record opened from the evidence list.
        case record(item: Int, table: TableView, title: String, text: TextView)
        case score(AssessmentScoreForm)
    }

    public enum Outcome: Equatable, Sendable {
        case stay
        case close
        case quit
        case changeYear(Int)
        case save(year: Int, item: String, points: Double, note: String)
    }

    public init(setup: AssessmentSetup, ledger: Ledger, today: CalendarDate, canScore: Bool) {
        self.setup = setup
        self.canScore = canScore
        assessment = setup.evaluate(ledger: ledger, today: today)
        (table, rowItems) = AssessmentView.itemTable(assessment)
        mode = .items
        if let first = rowItems.firstIndex(where: { $0 != nil }) { table.selected = first }
    }

    /// Scores again after a hand score was saved, keeping the selection.
    public mutating func refresh(scores: AssessmentScores, ledger: Ledger, today: CalendarDate) {
        setup.scores = scores
        assessment = setup.evaluate(ledger: ledger, today: today)
        let selected = table.selected
        (table, _) = AssessmentView.itemTable(assessment)
        table.selected = selected
        mode = .items
    }

    static func itemTable(_ a: Assessment) -> (TableView, [Int?]) {
        var rows: [[String]] = []
        var items: [Int?] = []
        var index = 0
        for category in a.categories {
            rows.append(["", category.heading, Assessment.pointsText(category.earned), String(category.points), ""])
            items.append(nil)
            for item in category.items {
                rows.append([item.number, item.item.name, item.earnedText, String(item.item.points), item.missingText])
                items.append(index)
                index += 1
            }
        }
        let columns = [
            TableColumn(title: "编号", width: .fixed(4)),
            TableColumn(title: "项目", width: .flex(min: 24)),
            TableColumn(title: "得分", width: .fixed(4), alignment: .right),
            TableColumn(title: "满分", width: .fixed(4), alignment: .right),
            TableColumn(title: "缺项", width: .flex(min: 20)),
        ]
        return (TableView(columns: columns, rows: rows), items)
    }

    public var selectedItem: AssessmentItemResult? {
        guard rowItems.indices.contains(table.selected), let index = rowItems[table.selected] else { return nil }
        return assessment.items[index]
    }

    /// For the header: `年度自评 2026 年`, `… › 1.1 支委会每月召开`.
    public var title: String {
        let base = "年度自评 \(assessment.year) 年"
        switch mode {
        case .items: return base
        case .evidence(let item, _), .record(let item, _, _, _):
            return "\(base) › \(assessment.items[item].number) \(assessment.items[item].item.name)"
        case .score(let form): return "\(base) › \(form.title)"
        }
    }

    public var hints: String {
        switch mode {
        case .items:
            var keys = [("Enter", "依据"), ("[ ]", "换年")]
            if canScore { keys.insert(("s", "手工评分"), at: 1) }
            return StatusLine.hints(keys + [("Esc", "返回"), ("q", "退出")])
        case .evidence: return StatusLine.hints([("Enter", "打开记录"), ("Esc", "返回"), ("q", "退出")])
        case .record: return StatusLine.hints([("↑↓", "滚动"), ("Esc", "返回依据"), ("q", "退出")])
        case .score: return StatusLine.hints([("Ctrl-S", "保存"), ("Esc", "返回")])
        }
    }

    // MARK: - Keys

    /// `rect`: the content area the view is drawn in (for paging and the form's size).
    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate, rect: Rect) -> Outcome {
        let inner = Frame.interior(of: rect)
        let rows = max(1, inner.height - 3)
        switch mode {
        case .score(var form):
            if key == .ctrl("c") { return .quit }
            let outcome = form.handle(key, rubric: setup.rubric)
            mode = .score(form)
            switch outcome {
            case .stay: return .stay
            case .close:
                mode = .items
                return .stay
            case .save(let points, let note):
                return .save(year: assessment.year, item: form.item.id, points: points, note: note)
            }
        case .record(let item, let evidence, let title, var text):
            switch key {
            case .escape: mode = .evidence(item: item, table: evidence)
            case .char("q"), .ctrl("c"): return .quit
            case .char("j"): text.scroll(by: 1, viewport: inner)
            case .char("k"): text.scroll(by: -1, viewport: inner)
            default: _ = text.handle(key, viewport: inner)
            }
            if case .record = mode { mode = .record(item: item, table: evidence, title: title, text: text) }
            return .stay
        case .evidence(let item, var evidence):
            switch key {
            case .escape: mode = .items; return .stay
            case .char("q"), .ctrl("c"): return .quit
            case .enter:
                let records = assessment.items[item].evidence
                guard records.indices.contains(evidence.selected) else { return .stay }
                let (title, text) = AssessmentView.page(for: records[evidence.selected], ledger: ledger, today: today)
                mode = .record(item: item, table: evidence, title: title, text: TextView(text: text))
                return .stay
            case .char("j"): evidence.moveSelection(by: 1)
            case .char("k"): evidence.moveSelection(by: -1)
            default: _ = evidence.handle(key, visibleRows: rows)
            }
            evidence.scrollToSelection(visibleRows: rows)
            mode = .evidence(item: item, table: evidence)
            return .stay
        case .items:
            switch key {
            case .escape: return .close
            case .char("q"), .ctrl("c"): return .quit
            case .char("["): return .changeYear(max(1, assessment.year - 1))
            case .char("]"): return .changeYear(min(9999, assessment.year + 1))
            case .enter:
                guard let index = rowItems[safe: table.selected] ?? nil else { return .stay }
                mode = .evidence(item: index, table: AssessmentView.evidenceTable(assessment.items[index]))
            case .char("s"):
                guard let item = selectedItem else { return .stay }
                guard canScore, !item.item.isComputed else { return .stay }
                var form = AssessmentScoreForm(item: item.item, number: item.number, current: item.hand)
                form.fit(rect)
                mode = .score(form)
            case .char("j"): table.moveSelection(by: 1)
            case .char("k"): table.moveSelection(by: -1)
            default: _ = table.handle(key, visibleRows: rows)
            }
            table.scrollToSelection(visibleRows: rows)
            return .stay
        }
    }

    /// Why `s` did nothing, for the message line; nil when it opened the form.
    public var scoreRefusal: String? {
        guard case .items = mode, let item = selectedItem else { return nil }
        if !canScore { return "联络员可以查看年度自评，手工评分请由书记进行。" }
        if item.item.isComputed { return "\(item.number) 按台账自动计算，不能手工评分；补全台账记录后自动更新。" }
        return nil
    }

    static func evidenceTable(_ item: AssessmentItemResult) -> TableView {
        TableView(columns: [
            TableColumn(title: "日期", width: .fixed(10)),
            TableColumn(title: "台账", width: .fixed(8)),
            TableColumn(title: "记录", width: .flex(min: 20)),
            TableColumn(title: "编号", width: .fixed(8)),
        ], rows: item.evidence.map { [$0.date?.iso ?? "", $0.kind.chineseName, $0.label, String($0.id.uuidString.prefix(8))] },
        emptyMessage: item.item.isComputed ? "（没有计入的记录）" : "（手工评分项，没有台账依据）")
    }

    /// The record's own page (RecordDetail), or a dues line, which has no page of its own.
    static func page(for record: AssessmentEvidence, ledger: Ledger, today: CalendarDate) -> (String, String) {
        let ref: RecordRef?
        switch record.kind {
        case .meeting: ref = .meeting(record.id)
        case .fiveOnesLog: ref = .fiveOnesLog(record.id)
        case .commitment: ref = .commitment(record.id)
        case .member: ref = .member(record.id)
        case .task: ref = .task(record.id)
        case .duesPayment: ref = nil
        }
        if let ref, let page = RecordDetail.page(for: ref, ledger: ledger, today: today) { return page }
        if let payment = ledger.dues.first(where: { $0.id == record.id }) {
            return ("党费 \(payment.month.chinese)", [
                "党　　员：\(ledger.memberName(payment.memberId))",
                "月　　份：\(payment.month.chinese)",
                payment.exempt ? "免　　缴：\(payment.note)" : "金　　额：\(DuesPayment.yuan(payment.amountFen)) 元",
                "交纳日期：\(payment.paidOn?.iso ?? "未记录")",
                "备　　注：\(payment.note.isEmpty ? "无" : payment.note)",
                "记录编号：\(payment.id.uuidString)",
            ].joined(separator: "\n"))
        }
        return (record.label, "这条记录已不在台账中（可能已删除）。")
    }

    // MARK: - Drawing

    public func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        if case .score(let form) = mode { return form.render(into: &buffer, rect: rect) }
        let a = assessment
        var frameTitle = "\(title)　得分 \(Assessment.pointsText(a.earned)) / \(AssessmentRubric.total)"
        if !a.unscored.isEmpty { frameTitle += "（手工评分 \(a.unscored.count) 项待评）" }
        let inner = Frame(title: frameTitle).render(into: &buffer, rect: rect)
        switch mode {
        case .items:
            table.render(into: &buffer, rect: inner.droppingBottom(2))
            if let item = selectedItem {
                var line = item.summary
                if !item.evidence.isEmpty { line += "　依据 \(item.evidence.count) 条（Enter 查看）" }
                buffer.put(line, x: inner.x, y: inner.maxY - 2, maxWidth: inner.width)
                // The whole of what is missing (the column is cut short), else the rule it rests on.
                let last = item.missing.isEmpty ? (item.item.basis.isEmpty ? "" : "依据规定：\(item.item.basis)") : "缺项：\(item.missingText)"
                buffer.put(last, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: item.missing.isEmpty ? .dim : .plain)
            } else {
                buffer.put("评分细则：\(a.rubric.name)（\(setup.isBranchRubric ? "本支部的细则" : "默认细则")）；只评支部台账，不对党员个人评分或排名。",
                           x: inner.x, y: inner.maxY - 2, maxWidth: inner.width, style: .dim)
            }
        case .evidence(let index, let evidence):
            let item = a.items[index]
            buffer.put("\(item.summary)　得分 \(item.earnedText) / \(item.item.points)", x: inner.x, y: inner.y, maxWidth: inner.width, style: .bold)
            evidence.render(into: &buffer, rect: inner.droppingTop(1).droppingBottom(2))
            buffer.put(item.missing.isEmpty ? "没有缺项。" : "缺项：\(item.missingText)", x: inner.x, y: inner.maxY - 2, maxWidth: inner.width)
        case .record(_, _, let title, let text):
            buffer.put(title, x: inner.x, y: inner.y, maxWidth: inner.width, style: .bold)
            text.render(into: &buffer, rect: inner.droppingTop(1))
        case .score:
            break
        }
        return nil
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
