import Foundation
import XCTest
@testable import Model

/// Issue #9, input hygiene on disk: a hand-edited file with a control character or a newline
/// in a one-line field, or absurdly long text, is named by `LedgerCheck` for every ledger —
/// not only for the ones whose forms validate them.
final class LedgerCheckTextTests: XCTestCase {
    let today = CalendarDate("2026-12-04")!

    func testControlCharactersAndLongText_AreNamedForDuesTalksAndCommitments() {
        let ouyang = Member(name: "欧阳修", status: .full, joinedDate: CalendarDate("2005-07-01"))
        let payment = DuesPayment(memberId: ouyang.id, month: YearMonth("2026-11")!, amountFen: 1250,
                                  paidOn: CalendarDate("2026-11-05"), note: "现金\n补交")
        let talk = TalkCase(memberId: ouyang.id, openedOn: CalendarDate("2026-06-01")!, origin: .analysis,
                            reason: String(repeating: "长", count: TextRule.multiLineLimit + 1))
        let commitment = Commitment(memberId: ouyang.id, year: 2026, pledges: [Pledge(category: "岗位\u{1B}[31m", text: "办好每件事。🙂")])
        let clean = Commitment(memberId: ouyang.id, year: 2025, pledges: [Pledge(category: "岗位", text: "办好每件事，\n服务群众。")])
        let ledger = Ledger(profile: BranchProfile(name: "法规处党支部"), members: [ouyang], talkCases: [talk],
                            commitments: [commitment, clean], dues: [payment])

        let problems = LedgerCheck.problems(in: ledger, today: today)
        let byLedger = Dictionary(grouping: problems, by: \.ledger)
        XCTAssertEqual(byLedger["dues"]?.map(\.error.field), ["note"], "\(problems)")
        XCTAssertEqual(byLedger["talks"]?.map(\.error.field), ["reason"], "\(problems)")
        XCTAssertEqual(byLedger["commitments"]?.map(\.recordId), [commitment.id], "the clean commitment passes: \(problems)")
        XCTAssertTrue(byLedger["commitments"]?.first?.error.message.contains("承诺类别") ?? false, "\(problems)")
    }
}
