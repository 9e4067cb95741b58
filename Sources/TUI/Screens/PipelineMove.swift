import Foundation
import Model

/// Moving a member through the pipeline from their page (`p`): pick one of the transitions
/// `PipelineRule.allowedTransitions(for:)` offers, give the date (and, for 延长预备期, the
/// months), and `PipelineRule.apply` checks it. A broken rule is shown with the rule's own
/// message and the secretary goes back to correct the date; nothing is saved (issue #4: "a
/// violation is a clear message, not a silent save").
public struct PipelineMove: Equatable, Sendable {
    /// Where the move is.
    public enum Step: Equatable, Sendable {
        case choosing(ChoiceMenu)
        case date(Prompt)
        case months(Prompt)
        /// The rules the move broke; any answer returns to `retry`.
        case refused(ConfirmDialog, retry: Retry)
    }

    /// Which prompt a refusal sends the secretary back to.
    public enum Retry: Equatable, Sendable {
        case date
        case months
    }

    /// What a key did to the move, for the page.
    public enum Outcome: Equatable, Sendable {
        case stay
        case cancel
        /// The member with the event recorded, to be saved.
        case save(Member)
    }

    public let transitions: [StatusTransition]
    public private(set) var kind: StatusTransition?
    public private(set) var step: Step
    private(set) var dateText: String
    private(set) var monthsText = "6"

    /// nil when no transition is allowed (the caller says so instead of opening an empty menu).
    init?(member: Member, today: CalendarDate) {
        transitions = PipelineRule.allowedTransitions(for: member)
        guard !transitions.isEmpty else { return nil }
        dateText = today.iso
        step = .choosing(ChoiceMenu(title: "\(member.name)（\(member.statusLabel)）：身份变更",
                                    options: transitions.map(\.chineseName)))
    }

    mutating func handle(_ key: Key, member: Member, ledger: Ledger, today: CalendarDate) -> Outcome {
        switch step {
        case .choosing(var menu):
            let event = menu.handle(key)
            step = .choosing(menu)
            switch event {
            case .chosen(let index):
                kind = transitions[index]
                step = .date(datePrompt())
            case .cancelled: return .cancel
            default: break
            }
        case .date(var prompt):
            let event = prompt.handle(key)
            step = .date(prompt)
            switch event {
            case .submitted(let text):
                dateText = text.trimmingCharacters(in: .whitespaces)
                if kind == .probationExtended {
                    step = .months(Prompt(title: "延长预备期几个月", text: monthsText, hint: "6 至 12 个月　Enter 确定  Esc 取消"))
                } else {
                    return attempt(member: member, ledger: ledger, today: today)
                }
            case .cancelled: return .cancel
            default: break
            }
        case .months(var prompt):
            let event = prompt.handle(key)
            step = .months(prompt)
            switch event {
            case .submitted(let text):
                monthsText = text.trimmingCharacters(in: .whitespaces)
                return attempt(member: member, ledger: ledger, today: today)
            case .cancelled: return .cancel
            default: break
            }
        case .refused(_, let retry):
            switch key {
            case .enter, .char("y"), .char("n"):
                step = retry == .months
                    ? .months(Prompt(title: "延长预备期几个月", text: monthsText, hint: "6 至 12 个月　Enter 确定  Esc 取消"))
                    : .date(datePrompt())
            case .escape: return .cancel
            default: break
            }
        }
        return .stay
    }

    private func datePrompt() -> Prompt {
        Prompt(title: "\(kind?.chineseName ?? "")的日期", text: dateText, hint: "如 2026-03-05、2026年3月5日　Enter 确定  Esc 取消")
    }

    /// Builds the event and lets `PipelineRule.apply` decide.
    private mutating func attempt(member: Member, ledger: Ledger, today: CalendarDate) -> Outcome {
        guard let kind else { return .cancel }
        let date: CalendarDate
        switch ChineseDateParser.parse(dateText, label: "日期") {
        case .success(let value): date = value
        case .failure(let error): return refuse([error], retry: .date)
        }
        var months: Int?
        if kind == .probationExtended {
            guard let value = Int(monthsText) else {
                return refuse([ValidationError(field: "extensionMonths", "延长月数“\(monthsText)”须是 6 至 12 的整数。")], retry: .months)
            }
            months = value
        }
        let event = StatusEvent(kind: kind, date: date, meetingId: Self.decidingMeeting(for: kind, on: date, in: ledger)?.id,
                                extensionMonths: months)
        switch PipelineRule.apply(event, to: member, today: today) {
        case .success(let moved):
            return .save(moved)
        case .failure(let errors):
            let monthsOnly = errors.errors.allSatisfy { $0.field == "extensionMonths" }
            return refuse(errors.errors, retry: monthsOnly ? .months : .date)
        }
    }

    private mutating func refuse(_ errors: [ValidationError], retry: Retry) -> Outcome {
        let title = "不能登记：\(kind?.chineseName ?? "身份变更")"
        step = .refused(ConfirmDialog(title: title, message: errors.map(\.message), hint: "Enter 返回修改  Esc 取消"), retry: retry)
        return .stay
    }

    /// The meeting that decided the step, when the ledger holds one on that day: the general
    /// meeting for admission, 转正 and extension (党章 第五条、第七条: 支部大会讨论), the
    /// committee meeting for 确定积极分子 and 列为发展对象 (发展党员工作细则: 支部委员会研究).
    static func decidingMeeting(for kind: StatusTransition, on date: CalendarDate, in ledger: Ledger) -> Meeting? {
        let meetingKind: MeetingKind
        switch kind {
        case .admission, .fullMembership, .probationExtended: meetingKind = .generalMeeting
        case .activist, .candidate: meetingKind = .committeeMeeting
        default: return nil
        }
        return ledger.meetings.first { $0.kind == meetingKind && $0.date == date && $0.state == .held }
    }

    /// Draws the current step over the page; returns the cursor while a prompt is open.
    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        switch step {
        case .choosing(let menu):
            menu.render(into: &buffer, rect: rect)
        case .date(let prompt), .months(let prompt):
            return prompt.render(into: &buffer, rect: rect)
        case .refused(let dialog, _):
            dialog.render(into: &buffer, rect: rect)
        }
        return nil
    }
}
