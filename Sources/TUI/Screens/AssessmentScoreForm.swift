import Foundation
import Model

/// `s` on a hand-scored item of 年度自评: points (0 … the item's points) and the note that
/// justifies them (issue #10). Checked by the rubric's own rule before it is saved.
public struct AssessmentScoreForm: Equatable, Sendable {
    public var panel: FormPanel
    public let item: AssessmentItem
    public let number: String

    public enum Outcome: Equatable, Sendable {
        case stay
        case close
        case save(points: Double, note: String)
    }

    public init(item: AssessmentItem, number: String, current: HandScore?) {
        self.item = item
        self.number = number
        var form = Form(fields: [
            FormField(id: "points", label: "得分", kind: .text(LineEditor(text: current.map { Assessment.pointsText($0.points) } ?? "")),
                      hint: "0 至 \(item.points) 分，可带一位小数"),
            FormField(id: "note", label: "评分依据", kind: .text(LineEditor(text: current?.note ?? "")),
                      hint: item.hand?.guide),
            FormField(id: "save", label: "", kind: .action("保存（Ctrl-S）")),
        ])
        form.focus(on: "points")
        panel = FormPanel(form: form, hint: "Tab 下一项  Ctrl-S 保存  Esc 返回")
    }

    public var title: String { "手工评分 \(number) \(item.name)（满分 \(item.points)）" }

    public mutating func handle(_ key: Key, rubric: AssessmentRubric) -> Outcome {
        switch panel.handle(key) {
        case .stay, .activated: return .stay
        case .close: return .close
        case .submit: break
        }
        let text = panel.form.value(of: "points").trimmingCharacters(in: .whitespaces)
        let note = panel.form.value(of: "note")
        guard let points = Double(text) else {
            panel.show([ValidationError(field: "points", "得分应为数字，0 至 \(item.points) 分（输入的是“\(text)”）。")])
            return .stay
        }
        let problems = rubric.problems(handScore: points, note: note, for: item.id)
        guard problems.isEmpty else {
            panel.show(problems)
            return .stay
        }
        return .save(points: points, note: note)
    }

    mutating func fit(_ rect: Rect) { panel.fit(rect) }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        panel.render(title: title, into: &buffer, rect: rect)
    }
}
