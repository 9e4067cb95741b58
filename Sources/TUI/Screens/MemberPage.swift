import Foundation
import Model

/// A member's page (党员档案): the file, timeline, attendance and dues as scrollable text, with
/// the reveal switch and the pipeline move started from it.
///
/// Phone and ID number are masked unless the secretary presses `r` on this page (issue #4);
/// `revealed` lives in the page, so closing it masks them again, and a page opened later
/// starts masked.
public struct MemberPage: Equatable, Sendable {
    public let memberId: UUID
    public private(set) var title: String
    public var text: TextView
    public private(set) var revealed = false
    /// A pipeline move in progress (`p`): the menu, a prompt or a refusal on top of the page.
    public var move: PipelineMove?

    init(member: Member, ledger: Ledger, today: CalendarDate) {
        memberId = member.id
        let page = RecordDetail.member(member, ledger, today: today, revealed: false)
        title = page.0
        text = TextView(text: page.1)
    }

    /// Redraws the text from the ledger (after a save, or `r`), keeping the scroll position.
    mutating func refresh(ledger: Ledger, today: CalendarDate) {
        guard let member = ledger.member(memberId) else { return }
        let page = RecordDetail.member(member, ledger, today: today, revealed: revealed)
        title = page.0
        text.text = page.1
    }

    mutating func toggleReveal(ledger: Ledger, today: CalendarDate) {
        revealed.toggle()
        refresh(ledger: ledger, today: today)
    }
}
