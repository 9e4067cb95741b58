import Foundation
import XCTest
import Model

/// The half-yearly 思想状况分析 and the cases it opens; names of stages as people type them.
final class TalkAnalysisTests: XCTestCase {
    private func d(_ text: String) -> CalendarDate { CalendarDate(text)! }
    private let sun = Member(name: "孙浩")
    private let li = Member(name: "李明")
    private let zhao = Member(name: "赵敏")

    private var ledger: Ledger { Ledger(profile: BranchProfile(name: "测试支部"), members: [sun, li, zhao]) }

    func testOpenCases_OnePerFlaggedMemberWithoutAnOpenCase() {
        let existing = TalkCase(memberId: li.id, openedOn: d("2026-03-01"), origin: .complaint, reason: "群众反映")
        let analysis = ConductAnalysis(date: d("2026-07-10"), period: .halfYear(2026, 1), reviewed: [sun.id, li.id, zhao.id],
                                       flagged: [ConductFlag(memberId: sun.id, reason: "工作纪律松散"),
                                                 ConductFlag(memberId: li.id, reason: "群众有反映")])
        XCTAssertEqual(analysis.validate(in: ledger, today: d("2026-07-10")), [])
        let cases = analysis.openCases(heldBy: "陈静", existing: [existing])
        XCTAssertEqual(cases.map(\.memberId), [sun.id], "李明 already has an open case")
        let opened = cases[0]
        XCTAssertEqual(opened.origin, .analysis)
        XCTAssertEqual(opened.openedOn, d("2026-07-10"))
        XCTAssertEqual(opened.reason, "2026年上半年党员思想状况分析发现：工作纪律松散")
        XCTAssertEqual(opened.entries.map(\.stage), [.analysis])
        XCTAssertEqual(opened.entries.first?.heldBy, "陈静")
        XCTAssertEqual(TalkLadder.check(TalkEntry(stage: .counseling, date: d("2026-07-20"), heldBy: "陈静", outcome: .notYet),
                                        appendingTo: opened, today: d("2026-08-01")), [], "counseling follows the analysis")
    }

    func testValidate_HalfYearFlaggedAmongReviewedWithReasons() {
        let analysis = ConductAnalysis(date: d("2026-07-10"), period: .quarter(2026, 2), reviewed: [sun.id],
                                       flagged: [ConductFlag(memberId: li.id, reason: " ")])
        let fields = analysis.validate(in: ledger, today: d("2026-07-01")).map(\.field)
        XCTAssertEqual(fields, ["period", "date", "flagged", "flagged"])
    }

    func testDefaultPeriod_IsTheHalfYearJustReviewed() {
        XCTAssertEqual(ConductAnalysis.defaultPeriod(for: d("2026-01-14")), .halfYear(2025, 2))
        XCTAssertEqual(ConductAnalysis.defaultPeriod(for: d("2026-07-10")), .halfYear(2026, 1))
        XCTAssertEqual(ConductAnalysis.defaultPeriod(for: d("2026-12-20")), .halfYear(2026, 2))
    }

    func testCodable_RoundTrips() throws {
        let analysis = ConductAnalysis(date: d("2026-07-10"), period: .halfYear(2026, 1), reviewed: [sun.id],
                                       flagged: [ConductFlag(memberId: sun.id, reason: "纪律松散")], note: "支委会分析")
        let data = try JSONEncoder().encode(analysis)
        XCTAssertEqual(try JSONDecoder().decode(ConductAnalysis.self, from: data), analysis)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"2026H1\""))
    }

    func testNames_AcceptIdentifiersAndChinese() {
        XCTAssertEqual(TalkStage(name: "branch-talk"), .branchTalk)
        XCTAssertEqual(TalkStage(name: "党支部提醒谈话"), .branchTalk)
        XCTAssertEqual(TalkStage(name: "机关党委提醒谈话"), .committeeTalk)
        XCTAssertNil(TalkStage(name: "谈话"))
        XCTAssertEqual(TalkOutcome(name: "无效"), .noEffect)
        XCTAssertEqual(TalkOutcome(name: "not-yet"), .notYet)
        XCTAssertEqual(OrganizationalAction(name: "通报批评"), .circulatedCriticism)
        XCTAssertEqual(BranchTalkPoint(name: "4"), .warningWithDeadline)
        XCTAssertEqual(BranchTalkPoint(name: "正面教育"), .positiveEducation)
        XCTAssertNil(BranchTalkPoint(name: "5"))
    }
}
