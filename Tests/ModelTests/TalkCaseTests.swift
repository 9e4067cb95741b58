import Foundation
import XCTest
import Model

final class TalkCaseTests: XCTestCase {
    private func d(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func testEffectiveEntries_DropTheEntryACorrectionReplaces() {
        let analysis = TalkEntry(stage: .analysis, date: d("2026-01-14"), heldBy: "陈静", outcome: .notYet)
        let wrong = TalkEntry(stage: .groupCriticism, date: d("2026-02-10"), heldBy: "陈静", outcome: .noEffect)
        let correction = TalkEntry(stage: .counseling, date: d("2026-02-10"), heldBy: "陈静", response: "误记为党小组批评帮助，更正为思想工作",
                                   outcome: .noEffect, corrects: wrong.id)
        let talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "纪律松散",
                            entries: [analysis, wrong, correction])
        XCTAssertEqual(talk.effectiveEntries.map(\.id), [analysis.id, correction.id])
        XCTAssertEqual(talk.currentStage, .counseling, "the corrected stage no longer counts")
        XCTAssertEqual(talk.latestEntry?.id, correction.id)
        XCTAssertEqual(talk.entries.count, 3, "entries are append-only: the wrong one stays on record")
    }

    func testCurrentStage_IsTheHighestStageInForce() {
        let entries = [
            TalkEntry(stage: .analysis, date: d("2026-01-14"), heldBy: "陈静", outcome: .notYet),
            TalkEntry(stage: .counseling, date: d("2026-02-10"), heldBy: "陈静", outcome: .noEffect),
            TalkEntry(stage: .groupCriticism, date: d("2026-04-21"), heldBy: "第一党小组", outcome: .noEffect),
            TalkEntry(stage: .branchTalk, date: d("2026-06-09"), heldBy: "王建国", points: BranchTalkPoint.allCases,
                      outcome: .notYet, deadline: d("2026-12-31"), followUp: d("2026-12-15")),
        ]
        var talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .complaint, reason: "群众反映", entries: entries)
        XCTAssertEqual(talk.currentStage, .branchTalk)
        XCTAssertEqual(talk.latestEntry?.followUp, d("2026-12-15"))
        XCTAssertTrue(talk.isOpen)
        talk.closure = TalkClosure(date: d("2026-12-20"), reason: "已改正")
        XCTAssertFalse(talk.isOpen)
    }

    func testStages_AreOrderedAlongTheLadder() {
        XCTAssertEqual(TalkStage.allCases, [.analysis, .counseling, .groupCriticism, .branchTalk, .committeeTalk, .organizationalAction])
        XCTAssertLessThan(TalkStage.groupCriticism, TalkStage.branchTalk)
        XCTAssertEqual(TalkStage.committeeTalk.chineseName, "机关党委提醒谈话")
        XCTAssertEqual(BranchTalkPoint.allCases.map(\.chineseName), ["指出问题", "正面教育", "批评指正", "提出警告并限期改正"])
    }

    func testEmptyCase_HasNoStage() {
        let talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "分析")
        XCTAssertNil(talk.currentStage)
        XCTAssertNil(talk.latestEntry)
    }
}
