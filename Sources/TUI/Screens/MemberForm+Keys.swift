import Foundation
import Model

/// What a key press on the member form leads to.
public enum MemberFormOutcome: Equatable, Sendable {
    case stay
    case save(Member)
    case close
}

extension MemberForm {
    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate) -> MemberFormOutcome {
        let before = (form.value(of: "duesBase"), choiceIndex("duesCategory"))
        switch panel.handle(key) {
        case .submit: return submit(ledger: ledger, today: today)
        case .close: return .close
        case .stay, .activated: break
        }
        if before != (form.value(of: "duesBase"), choiceIndex("duesCategory")) { refreshDuesHint() }
        return .stay
    }

    private mutating func submit(ledger: Ledger, today: CalendarDate) -> MemberFormOutcome {
        switch draft(ledger: ledger, today: today) {
        case .success(let member):
            problem = nil
            return .save(member)
        case .failure(let errors):
            show(errors.errors)
            return .stay
        }
    }
}
