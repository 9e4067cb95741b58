import Foundation
import Model

/// Quitting, stopping and drafts (issue #9): Ctrl-C asks before it quits, a form open at a
/// quit or a stop signal is kept as a draft, and a kept draft is offered once at start.
extension AppState {
    /// The question shown for Ctrl-C; it says what happens to an open form.
    var quitDialog: ConfirmDialog {
        let keeps = formDraft(keptAt: "") != nil
        return ConfirmDialog(title: "退出工作台？",
                             message: keeps ? ["表单中尚未保存的内容会留作草稿，下次启动时询问是否恢复。"]
                                            : ["已保存的记录都在磁盘上。"],
                             hint: "y 或 Ctrl-C 退出 / n 继续")
    }

    /// The draft question, shown over the first screen when a draft was kept.
    var draftDialog: ConfirmDialog? {
        offeredDraft.map {
            ConfirmDialog(title: "恢复未保存的草稿？",
                          message: ["上次退出时（\($0.keptAt)）有一份未保存的\($0.summary)。",
                                    "恢复后请核对再保存；放弃则删除这份草稿。"],
                          hint: "y 恢复 / n 放弃")
        }
    }

    /// Handles the quit question, the draft question and Ctrl-C, before any screen sees a key;
    /// nil when the key is for the screens.
    mutating func answerQuitOrDraft(_ key: Key) -> [Effect]? {
        if quitQuestion != nil {
            if key == .ctrl("c") { return [.quit] }
            switch ConfirmDialog.decision(for: key) {
            case true?: return [.quit]
            case false?: quitQuestion = nil
            case nil: break
            }
            return []
        }
        if let draft = offeredDraft {
            if key == .ctrl("c") {
                quitQuestion = quitDialog
                return []
            }
            guard let answer = ConfirmDialog.decision(for: key) else { return [] }
            offeredDraft = nil
            if answer {
                notice = restore(draft) ? "已恢复草稿：\(draft.summary)。核对后按 Ctrl-S 保存。"
                                        : "草稿对应的记录已不存在，无法恢复，草稿已删除。"
            } else {
                notice = "已放弃草稿。"
            }
            return [.clearDraft]
        }
        if key == .ctrl("c") {
            quitQuestion = quitDialog
            return []
        }
        return nil
    }
}
