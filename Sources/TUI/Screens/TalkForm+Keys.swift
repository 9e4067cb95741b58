import Foundation
import Model

extension TalkForm {
    public enum Outcome: Equatable, Sendable {
        case stay
        case save(TalkCase)
        case close
    }

    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate) -> Outcome {
        switch panel.handle(key) {
        case .stay, .activated: return .stay
        case .close: return .close
        case .submit:
            switch build(ledger: ledger, today: today) {
            case .success(let talk):
                panel.problem = nil
                return .save(talk)
            case .failure(let errors):
                // The four points share one message, shown under the first of them.
                panel.show(errors.errors, aliases: ["points": "point-\(BranchTalkPoint.pointOutProblem.rawValue)"])
                return .stay
            }
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

    mutating func fit(_ rect: Rect) { panel.fit(rect) }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        panel.render(title: title, into: &buffer, rect: rect)
    }
}
