import Foundation
import Model

extension AppState {
    /// The talk case a key acts on: the open page's, or the selected row's in 提醒谈话.
    var targetTalk: TalkCase? {
        var id: UUID?
        if case .detail(_, _, .talk(let open))? = overlay { id = open }
        if id == nil, overlay == nil, section == .talks, case .talk(let selected)? = currentList.selectedRow?.ref { id = selected }
        return id.flatMap { id in ledger.talkCases.first { $0.id == id } }
    }

    /// `n` / `s` / `c` / `x` in 提醒谈话 — the secretary's alone (checked before any screen sees the key).
    mutating func talkAction(_ action: KeyAction) {
        guard role.seesTalks else { return }
        switch action {
        case .new where overlay == nil && section == .talks:
            openTalkForm(.open(ledger: ledger, today: today))
        case .recordStage:
            guard let talk = targetTalk else { return }
            guard talk.isOpen else { notice = "此案已结案，不能再记录谈话；如需更正请用 branchdesk talk correct。"; return }
            openTalkForm(.stage(for: talk, ledger: ledger, today: today))
        case .closeCase:
            guard let talk = targetTalk, talk.isOpen else { return }
            openTalkForm(.close(talk, today: today))
        case .exportDocument:
            guard let talk = targetTalk else { return }
            // The member's name is user text: it may not steer the file out of the home folder (issue #9).
            let name = "提醒谈话-\(FileNameText.safe(ledger.memberName(talk.memberId)))-\(today.iso).txt"
            overlay = .exportPrompt(Prompt(title: "导出谈话全文到（仅在您明确要求时导出）", text: "~/\(name)",
                                           hint: "写入文件（0600）　Enter 确定  Esc 取消"), talk)
        default:
            break
        }
    }

    private mutating func openTalkForm(_ form: TalkForm) {
        var form = form
        form.fit(Layout(width: width, height: height, section: section).content)
        overlay = .talkForm(form)
    }

    mutating func updateTalkForm(_ form: inout TalkForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key, ledger: ledger, today: today)
        overlay = .talkForm(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = targetTalkAfterForm(form).flatMap { detailOverlay(for: .talk($0.id)) }
            return []
        case .save(let talk):
            return [.save(.saveTalk(talk))]
        }
    }

    mutating func updateExportPrompt(_ prompt: inout Prompt, talk: TalkCase, _ key: Key) -> [Effect] {
        let event = prompt.handle(key)
        overlay = .exportPrompt(prompt, talk)
        switch event {
        case .submitted(let path):
            overlay = detailOverlay(for: .talk(talk.id))
            let trimmed = path.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return [] }
            return [.writeDocument(path: trimmed, text: TalkCaseDocument.text(case: talk, ledger: ledger, exportedOn: today))]
        case .cancelled:
            overlay = detailOverlay(for: .talk(talk.id))
        default:
            break
        }
        return []
    }

    private func targetTalkAfterForm(_ form: TalkForm) -> TalkCase? {
        switch form.mode {
        case .stage(let talk), .close(let talk): return talk
        case .open: return nil
        }
    }
}
