import Foundation
import XCTest
import Model

/// 承诺践诺 rules: pledges, hours, progress dates, the one-third 优秀 limit, who has not reviewed.
final class CommitmentRuleTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private let memberId = UUID()

    private func commitment(_ pledges: [Pledge] = [Pledge(category: "勤政", text: "按时办结复议案件")],
                            progress: [ProgressEntry] = [], hours: Double = 0) -> Commitment {
        Commitment(memberId: memberId, year: 2026, pledges: pledges, progress: progress, volunteerHours: hours)
    }

    func testParse_CategoryColonText_HalfAndFullWidth() throws {
        XCTAssertEqual(try Pledge.parse("勤政:按时办结复议案件").get(), Pledge(category: "勤政", text: "按时办结复议案件"))
        XCTAssertEqual(try Pledge.parse("社区报到：参加“四个一”活动").get(), Pledge(category: "社区报到", text: "参加“四个一”活动"))
    }

    func testParse_MissingColonOrEmptyText_ExplainsTheForm() {
        guard case .failure(let noColon) = Pledge.parse("按时办结") else { return XCTFail() }
        XCTAssertTrue(noColon.message.contains("类别:内容"), noColon.message)
        XCTAssertTrue(noColon.message.contains("勤政、廉政、服务群众、岗位"), noColon.message)
        guard case .failure(let empty) = Pledge.parse("廉政: ") else { return XCTFail() }
        XCTAssertEqual(empty.message, "承诺内容不能为空，请填写。")
    }

    func testValidate_AcceptsAGoodCommitment() {
        XCTAssertEqual(commitment(progress: [ProgressEntry(date: CalendarDate("2026-04-18")!, text: "银发课堂", hours: 4)], hours: 4)
            .validate(today: today), [])
    }

    func testValidate_NoPledgesOrBlankPledge() {
        XCTAssertTrue(commitment([]).validate(today: today).contains { $0.message.contains("至少要有一项承诺事项") })
        XCTAssertEqual(commitment([Pledge(category: "岗位", text: "  ")]).validate(today: today).map(\.message), ["承诺内容不能为空，请填写。"])
    }

    func testValidate_NegativeHoursRefused() {
        XCTAssertTrue(commitment(hours: -1).validate(today: today).contains { $0.field == "volunteerHours" })
        let entry = ProgressEntry(date: CalendarDate("2026-04-18")!, text: "义工", hours: -2)
        XCTAssertTrue(entry.validate(year: 2026, today: today).contains { $0.message.contains("0 到 24 小时") })
    }

    func testProgress_DateMustBeInTheYearAndNotAfterToday() {
        let lastYear = ProgressEntry(date: CalendarDate("2025-12-31")!, text: "x")
        XCTAssertEqual(lastYear.validate(year: 2026, today: today).map(\.message), ["践诺日期 2025-12-31 不在承诺年度 2026 年内。"])
        let tomorrow = ProgressEntry(date: CalendarDate("2026-12-05")!, text: "x")
        XCTAssertEqual(tomorrow.validate(year: 2026, today: today).map(\.message), ["践诺日期 2026-12-05 晚于今天（2026-12-04），只能记录已经做了的事。"])
        XCTAssertEqual(ProgressEntry(date: today, text: "x").validate(year: 2026, today: today), [])
    }

    func testAddProgress_KeepsDateOrderAndAddsHours() {
        var c = commitment()
        c.addProgress(ProgressEntry(date: CalendarDate("2026-09-12")!, text: "b", hours: 3))
        c.addProgress(ProgressEntry(date: CalendarDate("2026-04-18")!, text: "a", hours: 4))
        XCTAssertEqual(c.progress.map(\.text), ["a", "b"])
        XCTAssertEqual(c.volunteerHours, 7)
    }

    func testGradeRule_AThirdRoundedDown() {
        XCTAssertEqual([0, 1, 2, 3, 5, 6, 9, 10].map { ReviewGradeRule.maximumExcellent(participants: $0) }, [0, 0, 0, 1, 1, 2, 3, 3])
    }

    func testGradeRule_FourExcellentOfNine_MessageHasTheNumbers() {
        var commitments = (0..<9).map { _ in Commitment(memberId: UUID(), year: 2026, pledges: [Pledge(category: "岗位", text: "x")]) }
        for i in 0..<3 { commitments[i].review = CommitmentReview(grade: .excellent) }
        XCTAssertNil(ReviewGradeRule.check(commitments, year: 2026))
        let error = ReviewGradeRule.check(grading: commitments[3], as: .excellent, among: commitments)
        XCTAssertEqual(error?.message, "民主评议评为“优秀”的不能超过参加评议党员的三分之一（党员教育管理工作条例 第十八条）：2026 年参加评议 9 人，最多 3 人评为优秀，现为 4 人。")
        XCTAssertNil(ReviewGradeRule.check(grading: commitments[3], as: .qualified, among: commitments))
        // Regrading one already 优秀 does not count twice; other years do not count.
        XCTAssertNil(ReviewGradeRule.check(grading: commitments[0], as: .excellent, among: commitments))
        let other = Commitment(memberId: UUID(), year: 2025, pledges: [], review: CommitmentReview(grade: .excellent))
        XCTAssertNil(ReviewGradeRule.check(commitments + [other], year: 2026))
    }

    func testReviewProgress_ListsMissingSelfAssessmentGradeAndCommitment() {
        let a = Member(name: "欧阳修", status: .full)
        let b = Member(name: "李清照", status: .probationary)
        let c = Member(name: "苏轼", status: .full)
        let d = Member(name: "王安石", status: .activist)
        let e = Member(name: "柳永", status: .full)
        var ca = Commitment(memberId: a.id, year: 2026, pledges: [])
        ca.review = CommitmentReview(selfAssessment: "完成", grade: .qualified)
        var cb = Commitment(memberId: b.id, year: 2026, pledges: [])
        cb.review = CommitmentReview(selfAssessment: "", grade: .qualified)
        let ce = Commitment(memberId: e.id, year: 2026, pledges: [])
        let progress = CommitmentReviewProgress(year: 2026, members: [a, b, c, d, e], commitments: [ca, cb, ce])
        XCTAssertEqual(progress.pending.map(\.member.name), ["李清照", "苏轼", "柳永"])
        XCTAssertEqual(progress.pending.map(\.missing), [[.selfAssessment], [.commitment], [.selfAssessment, .grade]])
    }
}
