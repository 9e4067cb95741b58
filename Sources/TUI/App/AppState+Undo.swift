import Foundation
import Model
import Persistence

/// `u`: revert the last change in the operation journal (issue #9).
///
/// The journal is on disk, so `u` asks the runtime for the entry (`.planUndo`), shows a
/// ConfirmDialog naming the record and what reverting does, and only a `y` sends `.undo`. The
/// runtime answers with the ledger re-read from disk, which replaces the one in memory.
extension AppState {
    /// `u` on a list, a record page or a member's page (never inside a form, where it is text).
    mutating func undoKey(_ key: Key) -> [Effect]? {
        guard KeyMap.action(for: key) == .undo else { return nil }
        switch overlay {
        case nil, .detail?: break
        // A member's 档案 page is a record page too (README); not while a move is being typed there.
        case .memberPage(let page)? where page.move == nil: break
        default: return nil
        }
        if case .member = role { return nil }
        notice = "正在查找最近一次修改…"
        return [.planUndo]
    }

    /// The dialog for the undo waiting for y / n.
    var undoDialog: ConfirmDialog? {
        guard let entry = undoConfirm else { return nil }
        return ConfirmDialog(title: "撤销最近一次修改？", message: [
            "\(JournalText.time(entry.time)) \(entry.actor.chinese)",
            "\(JournalText.subject(entry, memberName: ledger.memberName)) \(JournalText.action(entry))",
            "\(JournalText.undoEffect(entry))。",
        ], hint: "y 撤销 / n 取消")
    }

    mutating func updateUndoConfirm(_ key: Key) -> [Effect] {
        guard let entry = undoConfirm else { return [] }
        switch ConfirmDialog.decision(for: key) {
        case true?:
            undoConfirm = nil
            return [.undo(entry.id)]
        case false?:
            undoConfirm = nil
            notice = "已取消撤销。"
        case nil:
            if key == .ctrl("c") { return [.quit] }
        }
        return []
    }

    mutating func updateUndo(_ message: Message) -> [Effect] {
        switch message {
        case .undoPlanned(let entry):
            undoConfirm = entry
            notice = nil
        case .undone(let entry, let reloaded):
            ledger = reloaded
            overlay = nil
            rebuildLists(membersChanged: true)
            scrollTableToSelection()
            notice = "已撤销：\(JournalText.subject(entry, memberName: ledger.memberName)) 的\(entry.change.chineseName)（\(JournalText.undoEffect(entry).replacingOccurrences(of: "撤销将", with: "已"))）。"
        default:
            break
        }
        return []
    }
}
