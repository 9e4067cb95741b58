import Foundation
import XCTest
import Model

/// The reminder-talk ladder (DOMAIN.md §4): order, escalation after no effect, skip reasons,
/// the branch talk's four points, the committee talk's written record, 限期改正 ≤ one year.
final class TalkLadderTests: XCTestCase {
    private func d(_ text: String) -> CalendarDate { CalendarDate(text)! }
    private let today = CalendarDate("2026-12-04")!

    private func entry(_ stage: TalkStage, _ date: String, _ outcome: TalkOutcome = .noEffect,
                       skip: String = "") -> TalkEntry {
        TalkEntry(stage: stage, date: d(date), heldBy: "陈静", outcome: outcome, skipReason: skip)
    }

    private func branchTalk(_ date: String, deadline: String, outcome: TalkOutcome = .noEffect) -> TalkEntry {
        TalkEntry(stage: .branchTalk, date: d(date), heldBy: "王建国", points: BranchTalkPoint.allCases,
                  outcome: outcome, deadline: d(deadline))
    }

    /// 孙浩 in the demo: analysis, counseling and group criticism (both no effect).
    private func caseAtGroupCriticism() -> TalkCase {
        TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "纪律松散", entries: [
            entry(.analysis, "2026-01-14", .notYet),
            entry(.counseling, "2026-02-10"),
            entry(.groupCriticism, "2026-04-21"),
        ])
    }

    private func messages(_ errors: [ValidationError]) -> String { errors.map(\.message).joined(separator: "\n") }

    // MARK: - Order and escalation

    func testLadder_AnalysisThenCounselingThenUpOneStageAfterNoEffect() throws {
        var talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "纪律松散")
        try talk.append(entry(.analysis, "2026-01-14", .notYet), today: today)
        try talk.append(entry(.counseling, "2026-02-10"), today: today)
        try talk.append(entry(.groupCriticism, "2026-04-21"), today: today)
        try talk.append(branchTalk("2026-06-09", deadline: "2026-12-31"), today: today)
        try talk.append(TalkEntry(stage: .committeeTalk, date: d("2026-08-01"), heldBy: "机关党委", outcome: .noEffect,
                                  writtenRecord: "谈话记录：……"), today: today)
        try talk.append(TalkEntry(stage: .organizationalAction, date: d("2026-09-01"), heldBy: "机关党委", outcome: .notYet,
                                  action: .circulatedCriticism, referredToDiscipline: true), today: today)
        XCTAssertEqual(talk.currentStage, .organizationalAction)
        XCTAssertEqual(talk.entries.count, 6)
    }

    func testEscalation_RefusedWhenTheStageBeforeIsNotYetOrEffective() {
        for outcome in [TalkOutcome.notYet, .effective] {
            var talk = caseAtGroupCriticism()
            talk.entries[2].outcome = outcome
            let errors = TalkLadder.check(branchTalk("2026-06-09", deadline: "2026-12-31"), appendingTo: talk, today: today)
            XCTAssertEqual(errors.map(\.field), ["outcome"])
            XCTAssertEqual(errors.first?.message,
                           "只有上一阶段无效才能升级：“党小组批评帮助”（2026-04-21）的结果是“\(outcome.chineseName)”。如确需提前升级，须写明理由。")
        }
    }

    func testEscalation_EarlyIsAllowedWithARecordedReason() throws {
        var talk = caseAtGroupCriticism()
        talk.entries[2].outcome = .notYet
        var talkEntry = branchTalk("2026-06-09", deadline: "2026-12-31")
        talkEntry.skipReason = "5月又有新的严重违纪苗头，支部研究决定提前谈话"
        try talk.append(talkEntry, today: today)
        XCTAssertEqual(talk.currentStage, .branchTalk)
    }

    func testCounseling_MayFollowTheAnalysisWhateverItsOutcome() {
        let talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "分析",
                            entries: [entry(.analysis, "2026-01-14", .notYet)])
        XCTAssertEqual(TalkLadder.check(entry(.counseling, "2026-02-10", .notYet), appendingTo: talk, today: today), [])
    }

    func testSkippingAStage_NeedsAReason() throws {
        let talk = TalkCase(memberId: UUID(), openedOn: d("2026-01-14"), origin: .analysis, reason: "分析",
                            entries: [entry(.analysis, "2026-01-14", .notYet), entry(.counseling, "2026-02-10")])
        let skipping = branchTalk("2026-03-01", deadline: "2026-09-01")
        let errors = TalkLadder.check(skipping, appendingTo: talk, today: today)
        XCTAssertEqual(messages(errors), "从“思想工作”到“党支部提醒谈话”跳过了“党小组批评帮助”：跳过阶段须写明理由。")

        var withReason = skipping
        withReason.skipReason = "本人所在党小组仅 2 人，无法召开党小组会"
        var accepted = talk
        try accepted.append(withReason, today: today)
        XCTAssertEqual(accepted.currentStage, .branchTalk)
    }

    func testNewComplaintCase_StartsAtCounselingWithoutReasonButHigherNeedsOne() {
        let talk = TalkCase(memberId: UUID(), openedOn: d("2026-03-01"), origin: .complaint, reason: "群众反映")
        XCTAssertEqual(TalkLadder.check(entry(.counseling, "2026-03-02"), appendingTo: talk, today: today), [])
        let errors = TalkLadder.check(entry(.groupCriticism, "2026-03-02"), appendingTo: talk, today: today)
        XCTAssertEqual(messages(errors), "此案还没有谈话记录，直接从“党小组批评帮助”开始跳过了“思想工作”：跳过阶段须写明理由。")
        XCTAssertEqual(TalkLadder.check(entry(.groupCriticism, "2026-03-02", skip: "情节较重"), appendingTo: talk, today: today), [])
    }

    func testGoingBackDown_IsRefused() {
        let errors = TalkLadder.check(entry(.counseling, "2026-05-01"), appendingTo: caseAtGroupCriticism(), today: today)
        XCTAssertEqual(messages(errors), "此案已到“党小组批评帮助”，不能再记录较低的“思想工作”；如是误记，请用更正。")
    }

    func testSameStageAgain_IsAllowedButNotDatedBeforeTheLastTalk() {
        let talk = caseAtGroupCriticism()
        XCTAssertEqual(TalkLadder.check(entry(.groupCriticism, "2026-05-20"), appendingTo: talk, today: today), [])
        let errors = TalkLadder.check(entry(.groupCriticism, "2026-04-01"), appendingTo: talk, today: today)
        XCTAssertEqual(errors.map(\.field), ["date"])
    }

    // MARK: - What each stage records

    func testBranchTalk_RecordsTheFourPointsAndADeadline() {
        var talkEntry = branchTalk("2026-06-09", deadline: "2026-12-31")
        talkEntry.points = [.pointOutProblem, .criticism]
        talkEntry.deadline = nil
        let errors = TalkLadder.check(talkEntry, appendingTo: caseAtGroupCriticism(), today: today)
        XCTAssertEqual(errors.map(\.field), ["points", "deadline"])
        XCTAssertTrue(errors[0].message.hasSuffix("尚未勾选：正面教育、提出警告并限期改正。"), errors[0].message)
    }

    func testCommitteeTalk_CannotBeSavedWithoutItsWrittenRecord() throws {
        var talk = caseAtGroupCriticism()
        try talk.append(branchTalk("2026-06-09", deadline: "2026-12-31"), today: today)
        var committee = TalkEntry(stage: .committeeTalk, date: d("2026-09-01"), heldBy: "机关党委", outcome: .notYet, writtenRecord: "  \n")
        XCTAssertThrowsError(try talk.append(committee, today: today)) { error in
            XCTAssertEqual((error as? ValidationErrors)?.description, "机关党委提醒谈话须有书面记录，填写书面记录后才能保存。")
        }
        XCTAssertEqual(talk.entries.count, 4, "a refused entry changes nothing")
        committee.writtenRecord = "谈话时间、地点、谈话人、内容及本人表态。"
        try talk.append(committee, today: today)
        XCTAssertEqual(talk.currentStage, .committeeTalk)
    }

    func testOrganizationalAction_NeedsTheActionAndOnlyItMayReferToDiscipline() {
        var talk = caseAtGroupCriticism()
        talk.entries.append(branchTalk("2026-06-09", deadline: "2026-12-31"))
        talk.entries.append(TalkEntry(stage: .committeeTalk, date: d("2026-08-01"), heldBy: "机关党委", outcome: .noEffect, writtenRecord: "记录"))
        let missing = TalkEntry(stage: .organizationalAction, date: d("2026-09-01"), heldBy: "机关党委", outcome: .notYet)
        XCTAssertEqual(messages(TalkLadder.check(missing, appendingTo: talk, today: today)),
                       "组织处理须写明处理方式：责令检查并限期改正、通报批评或劝其退党。")

        let branchReferral = TalkEntry(stage: .groupCriticism, date: d("2026-05-01"), heldBy: "陈静", outcome: .noEffect,
                                       referredToDiscipline: true)
        let errors = TalkLadder.check(branchReferral, appendingTo: caseAtGroupCriticism(), today: today)
        XCTAssertEqual(errors.map(\.field), ["referredToDiscipline"])
        XCTAssertTrue(errors[0].message.contains("不能由支部单独进行"))
    }

    // MARK: - Dates

    func testDeadline_AtMostExactlyOneYearAfterTheTalk() {
        let talk = caseAtGroupCriticism()
        XCTAssertEqual(TalkLadder.check(branchTalk("2026-06-09", deadline: "2027-06-09"), appendingTo: talk, today: today), [])
        let errors = TalkLadder.check(branchTalk("2026-06-09", deadline: "2027-06-10"), appendingTo: talk, today: today)
        XCTAssertEqual(messages(errors),
                       "限期改正最长一年（《中国共产党党员教育管理工作条例》第三十条）：2026-06-09 谈话，期限最晚 2027-06-09，不能定在 2027-06-10。")
        XCTAssertEqual(TalkLadder.latestDeadline(after: d("2024-02-29")), d("2025-02-28"), "a leap day counts to the end of February")
    }

    func testDeadlineAndFollowUp_NotBeforeTheTalk() {
        var talkEntry = branchTalk("2026-06-09", deadline: "2026-06-08")
        talkEntry.followUp = d("2026-06-01")
        let errors = TalkLadder.check(talkEntry, appendingTo: caseAtGroupCriticism(), today: today)
        XCTAssertEqual(errors.map(\.field), ["deadline", "followUp"])
    }

    func testTalkDate_NotInTheFutureNorBeforeTheCaseOpened() {
        let talk = caseAtGroupCriticism()
        XCTAssertEqual(TalkLadder.check(entry(.groupCriticism, "2026-12-05"), appendingTo: talk, today: today).map(\.field), ["date"])
        let fresh = TalkCase(memberId: UUID(), openedOn: d("2026-03-01"), origin: .complaint, reason: "群众反映")
        XCTAssertEqual(TalkLadder.check(entry(.counseling, "2026-02-28"), appendingTo: fresh, today: today).map(\.field), ["date"])
    }

    // MARK: - Closing

    func testClosedCase_RefusesNewEntries() throws {
        var talk = caseAtGroupCriticism()
        try talk.close(on: d("2026-05-30"), reason: "已改正，按时参加组织生活", today: today)
        XCTAssertFalse(talk.isOpen)
        XCTAssertThrowsError(try talk.append(entry(.groupCriticism, "2026-06-01"), today: today)) { error in
            XCTAssertEqual((error as? ValidationErrors)?.errors.map(\.field), ["closure"])
        }
        XCTAssertThrowsError(try talk.close(on: d("2026-06-01"), reason: "再次", today: today))
    }

    func testClosing_NeedsAReasonAndADateNotBeforeTheLastTalk() {
        let talk = caseAtGroupCriticism()
        XCTAssertEqual(TalkLadder.checkClosing(talk, on: d("2026-04-01"), reason: " ", today: today).map(\.field), ["reason", "date"])
        XCTAssertEqual(TalkLadder.checkClosing(talk, on: d("2026-04-21"), reason: "已改正", today: today), [])
    }

    // MARK: - Corrections

    func testCorrection_AppendsAndKeepsTheCorrectedEntry() throws {
        var talk = caseAtGroupCriticism()
        let wrong = talk.entries[2]
        let before = talk.entries
        var fixed = wrong
        fixed.date = d("2026-04-22")
        fixed.response = "更正日期：党小组会于4月22日召开"
        let stored = try talk.correct(entry: wrong.id, with: fixed, today: today)
        XCTAssertEqual(Array(talk.entries.prefix(3)), before, "earlier entries are never changed")
        XCTAssertEqual(talk.entries.count, 4)
        XCTAssertEqual(stored.corrects, wrong.id)
        XCTAssertNotEqual(stored.id, wrong.id)
        XCTAssertEqual(talk.effectiveEntries.map(\.id), [before[0].id, before[1].id, stored.id])
        XCTAssertEqual(talk.timeline[2].correctedBy, stored.id)
        XCTAssertFalse(talk.timeline[2].isInForce)
        XCTAssertEqual(talk.timeline[3].corrects?.id, wrong.id)
    }

    func testCorrection_OfAnAlreadyCorrectedEntryOrAnUnknownOneIsRefused() throws {
        var talk = caseAtGroupCriticism()
        let wrong = talk.entries[1]
        try talk.correct(entry: wrong.id, with: wrong, today: today)
        XCTAssertThrowsError(try talk.correct(entry: wrong.id, with: wrong, today: today)) { error in
            XCTAssertTrue((error as? ValidationErrors)?.description.contains("已被更正过") == true)
        }
        XCTAssertThrowsError(try talk.correct(entry: UUID(), with: wrong, today: today))
    }

    func testCorrection_IsCheckedAgainstTheEntriesBeforeIt() {
        var talk = caseAtGroupCriticism()
        var fixed = talk.entries[1]
        fixed.stage = .branchTalk
        XCTAssertThrowsError(try talk.correct(entry: talk.entries[1].id, with: fixed, today: today)) { error in
            let fields = (error as? ValidationErrors)?.errors.map(\.field) ?? []
            XCTAssertTrue(fields.contains("points") && fields.contains("skipReason"), "\(fields)")
        }
        XCTAssertEqual(talk.entries.count, 3)
    }

    func testAppendingACorrectionAsAStage_IsRefused() {
        var talkEntry = entry(.groupCriticism, "2026-05-01")
        talkEntry.corrects = UUID()
        XCTAssertEqual(TalkLadder.check(talkEntry, appendingTo: caseAtGroupCriticism(), today: today).map(\.field), ["corrects"])
    }
}
