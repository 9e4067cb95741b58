import Foundation
import Model

/// What a key press on a member's page leads to.
public enum MemberPageOutcome: Equatable, Sendable {
    case stay
    case close
    case quit
    /// `e`: open the member form on this file.
    case edit
    /// A pipeline move passed the rules: save this file.
    case save(Member)
    /// Something to tell the secretary on the message line.
    case notice(String)
}

extension MemberPage {
    /// Keys go to the move while one is open; otherwise through `KeyMap`, so the page does what
    /// help says: e 编辑, p 身份变更, r 显示证件号, Esc 返回, arrows and j k scroll.
    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate, viewport: Rect) -> MemberPageOutcome {
        if key == .ctrl("c") { return .quit }
        if var current = move {
            guard let member = ledger.member(memberId) else { move = nil; return .stay }
            switch current.handle(key, member: member, ledger: ledger, today: today) {
            case .stay: move = current
            case .cancel: move = nil
            case .save(let moved):
                move = nil
                return .save(moved)
            }
            return .stay
        }
        guard let action = KeyMap.action(for: key) else {
            _ = text.handle(key, viewport: viewport)
            return .stay
        }
        switch action {
        case .back: return .close
        case .quit: return .quit
        case .edit: return .edit
        case .pipeline: return startMove(ledger: ledger, today: today)
        case .reveal: toggleReveal(ledger: ledger, today: today)
        case .delete:
            // 党员档案 are history (issue #4): exits are recorded, files are never deleted.
            return .notice(Self.noDeleteNotice)
        case .up: text.scroll(by: -1, viewport: viewport)
        case .down: text.scroll(by: 1, viewport: viewport)
        case .pageUp: _ = text.handle(.pageUp, viewport: viewport)
        case .pageDown: _ = text.handle(.pageDown, viewport: viewport)
        case .first: _ = text.handle(.home, viewport: viewport)
        case .last: _ = text.handle(.end, viewport: viewport)
        default: break
        }
        return .stay
    }

    static let noDeleteNotice = "党员档案不删除：转出、去世或离开请在档案页按 p 登记，档案作为历史保留。"

    /// Opens the menu of the transitions the rules allow from the member's current status.
    mutating func startMove(ledger: Ledger, today: CalendarDate) -> MemberPageOutcome {
        guard let member = ledger.member(memberId) else { return .stay }
        guard let started = PipelineMove(member: member, today: today) else {
            return .notice("\(member.name)目前是“\(member.statusLabel)”，没有可以登记的身份变更。")
        }
        move = started
        return .stay
    }
}
