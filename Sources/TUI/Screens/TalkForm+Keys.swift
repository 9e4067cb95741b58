import Foundation
import Model

extension TalkForm {
    public enum Outcome: Equatable, Sendable {
        case stay
        case save(TalkCase)
        case close
    }

    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate) -> Outcome {
        if confirmingDiscard {
            switch ConfirmDialog.decision(for: key) {
            case true?: return .close
            case false?: confirmingDiscard = false
            case nil: break
            }
            return .stay
        }
        switch form.handle(key) {
        case .submit, .activated("save"):
            let result = build(ledger: ledger, today: today)
            switch result {
            case .success(let talk):
                problem = nil
                return .save(talk)
            case .failure(let errors):
                var byField: [String: String] = [:]
                for error in errors.errors {
                    let field = form.index(of: error.field) != nil ? error.field
                        : (error.field == "points" ? "point-\(BranchTalkPoint.pointOutProblem.rawValue)" : form.fields[0].id)
                    byField[field] = byField[field].map { $0 + " " + error.message } ?? error.message
                }
                form.setErrors(byField)
                form.focusFirstError()
                problem = "有 \(errors.errors.count) 处需要修改，见红色提示。"
                return .stay
            }
        case .cancel:
            if form.isDirty { confirmingDiscard = true; return .stay }
            return .close
        default:
            return .stay
        }
    }

    private func date(_ id: String, label: String, required: Bool, errors: inout [ValidationError]) -> CalendarDate? {
        let text = form.value(of: id).trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if required { errors.append(ValidationError(field: id, "\(label)不能为空。")) }
            return nil
        }
        guard let value = ChineseDateParser.parse(text) else {
            errors.append(ValidationError(field: id, "\(label)“\(text)”无效：如 2026-12-31 或 2026年12月31日。"))
            return nil
        }
        return value
    }

    private func build(ledger: Ledger, today: CalendarDate) -> Result<TalkCase, ValidationErrors> {
        var errors: [ValidationError] = []
        func text(_ id: String) -> String { form.value(of: id).trimmingCharacters(in: .whitespaces) }
        switch mode {
        case .stage(var talk):
            let day = date("date", label: "日期", required: true, errors: &errors)
            let deadline = date("deadline", label: "限期改正", required: false, errors: &errors)
            let followUp = date("followUp", label: "跟进日期", required: false, errors: &errors)
            guard errors.isEmpty, let day else { return .failure(ValidationErrors(errors)) }
            let entry = TalkEntry(stage: Self.stages[choice("stage")], date: day, heldBy: text("heldBy"),
                                  points: BranchTalkPoint.allCases.filter { toggle("point-\($0.rawValue)") },
                                  response: text("response"), outcome: Self.outcomes[choice("outcome")],
                                  deadline: deadline, followUp: followUp,
                                  writtenRecord: form.value(of: "writtenRecord").trimmingCharacters(in: .whitespacesAndNewlines),
                                  action: Self.actions[choice("action")], referredToDiscipline: toggle("referredToDiscipline"),
                                  skipReason: text("skipReason"))
            do {
                try talk.append(entry, today: today)
                return .success(talk)
            } catch {
                return .failure(error)
            }
        case .open:
            let day = date("date", label: "日期", required: true, errors: &errors)
            errors += TextRule.required(text("reason"), field: "reason", label: "原因")
            guard memberIds.indices.contains(choice("memberId")) else {
                return .failure(ValidationErrors([ValidationError(field: "memberId", "没有可选的党员。")]))
            }
            guard errors.isEmpty, let day else { return .failure(ValidationErrors(errors)) }
            let memberId = memberIds[choice("memberId")]
            if ledger.talkCases.contains(where: { $0.memberId == memberId && $0.isOpen }) {
                return .failure(ValidationErrors([ValidationError(field: "memberId", "\(ledger.memberName(memberId))已有进行中的提醒谈话，请在该案中记录下一阶段。")]))
            }
            let origin: TalkOrigin = choice("origin") == 0 ? .analysis : .complaint
            return .success(TalkCase(memberId: memberId, openedOn: day, origin: origin, reason: text("reason")))
        case .close(var talk):
            let day = date("date", label: "日期", required: true, errors: &errors)
            guard errors.isEmpty, let day else { return .failure(ValidationErrors(errors)) }
            do {
                try talk.close(on: day, reason: text("reason"), today: today)
                return .success(talk)
            } catch {
                return .failure(error)
            }
        }
    }

    mutating func fit(_ rect: Rect) {
        let inner = Frame.interior(of: rect)
        form.viewWidth = inner.width
        form.viewHeight = max(1, inner.height - 1)
        form.scrollToFocus()
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        let inner = Frame(title: title).render(into: &buffer, rect: rect)
        var cursor = form.render(into: &buffer, rect: inner.droppingBottom(1))
        buffer.put(problem ?? "←→ 选择  空格 勾选  Tab 下一项  Ctrl-S 保存  Esc 返回", x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                   style: problem == nil ? .dim : Style(bold: true, color: .red))
        if confirmingDiscard {
            ConfirmDialog(title: "放弃填写？", message: ["填写的内容将不会保存。"], hint: "y 放弃 / n 继续填写").render(into: &buffer, rect: rect)
            cursor = nil
        }
        return cursor
    }
}
