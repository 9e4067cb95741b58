import Foundation
import Model

/// 党员 in the workbench (issue #4): the member page, the member form and pipeline moves.
extension AppState {
    /// Keys on a member's page; a pipeline move that passes the rules is saved as the member file.
    mutating func updateMemberPage(_ page: inout MemberPage, _ key: Key) -> [Effect] {
        let viewport = Layout(width: width, height: height, section: section).content.inset(by: 1)
        let outcome = page.handle(key, ledger: ledger, today: today, viewport: viewport)
        overlay = .memberPage(page)
        switch outcome {
        case .stay: return []
        case .close:
            // Revealed numbers go with the page: the next page opened starts masked.
            overlay = nil
            return []
        case .quit: return [.quit]
        case .edit:
            if let member = ledger.member(page.memberId) { openMemberForm(MemberForm.edit(member, ledger: ledger)) }
            return []
        case .notice(let text):
            notice = text
            return []
        case .save(let member):
            return [.save(.saveMember(member, previous: ledger.member(member.id)))]
        }
    }

    mutating func updateMemberForm(_ form: inout MemberForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key, ledger: ledger, today: today)
        overlay = .memberForm(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = form.original.flatMap { detailOverlay(for: .member($0.id)) }
            return []
        case .save(let member):
            return [.save(.saveMember(member, previous: form.original))]
        }
    }

    mutating func openMemberForm(_ form: MemberForm) {
        var form = form
        form.fit(Layout(width: width, height: height, section: section).content)
        overlay = .memberForm(form)
    }

    /// `p` on the list: the member's page with the move menu open over it.
    mutating func startPipelineMove(for id: UUID) {
        guard case .memberPage(var page)? = detailOverlay(for: .member(id)) else { return }
        if case .notice(let text) = page.startMove(ledger: ledger, today: today) { notice = text }
        overlay = .memberPage(page)
    }

    /// After a save: the form closes onto the saved file's page, an open page shows the new
    /// state, and the list selects the member.
    mutating func afterSavingMember(_ member: Member) {
        switch overlay {
        case .memberForm(let form)? where form.id == member.id:
            overlay = detailOverlay(for: .member(member.id))
        case .memberPage(var page)? where page.memberId == member.id:
            page.refresh(ledger: ledger, today: today)
            overlay = .memberPage(page)
        default:
            break
        }
        if let list = lists[.members], let index = list.visible.firstIndex(where: { list.rows[$0].ref == .member(member.id) }) {
            lists[.members]?.table.selected = index
        }
        scrollTableToSelection()
    }
}
