import Foundation
import XCTest
import Model

/// The export text for the file: every entry in recorded order, corrections marked.
final class TalkCaseDocumentTests: XCTestCase {
    private func d(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func testText_ShowsTheTimelineWithCorrectionsMarked() throws {
        let sun = Member(name: "孙浩")
        let ledger = Ledger(profile: BranchProfile(name: "测试支部"), members: [sun])
        var talk = TalkCase(memberId: sun.id, openedOn: d("2026-01-14"), origin: .analysis, reason: "纪律松散", entries: [
            TalkEntry(stage: .analysis, date: d("2026-01-14"), heldBy: "陈静", outcome: .notYet),
            TalkEntry(stage: .counseling, date: d("2026-02-10"), heldBy: "陈静", response: "表示改正", outcome: .noEffect),
        ])
        var fixed = talk.entries[1]
        fixed.date = d("2026-02-11")
        try talk.correct(entry: talk.entries[1].id, with: fixed, today: d("2026-03-01"))
        try talk.close(on: d("2026-03-01"), reason: "已改正", today: d("2026-03-01"))
        let text = TalkCaseDocument.text(case: talk, ledger: ledger, exportedOn: d("2026-03-02"))
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "党员提醒谈话记录")
        XCTAssertTrue(lines.contains("谈话对象：孙浩"))
        XCTAssertTrue(lines.contains("状态：已结案（改正），2026-03-01：已改正"))
        XCTAssertTrue(lines.contains("2. 2026-02-10  思想工作"))
        XCTAssertTrue(lines.contains("   【已更正】本条已由第 3 条更正，不再有效。"))
        XCTAssertTrue(lines.contains("3. 2026-02-11  思想工作"))
        XCTAssertTrue(lines.contains("   【更正】本条更正第 2 条（2026-02-10 思想工作）。"))
        XCTAssertTrue(lines.contains("   本人态度：表示改正"))
        XCTAssertTrue(lines.contains("导出日期：2026-03-02"))
        XCTAssertTrue(text.hasSuffix("\n"))
    }
}
