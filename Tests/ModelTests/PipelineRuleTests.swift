import Foundation
import XCTest
import Model

/// The development pipeline of DOMAIN.md §3, one transition at a time.
final class PipelineRuleTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!

    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func event(_ kind: StatusTransition, _ date: String, months: Int? = nil) -> StatusEvent {
        StatusEvent(kind: kind, date: day(date), extensionMonths: months)
    }

    private func messages(_ kind: StatusTransition, _ date: String, on member: Member, months: Int? = nil) -> [String] {
        PipelineRule.validate(event(kind, date, months: months), for: member, today: today).map(\.message)
    }

    /// Applies events in order, failing the test on the first refusal.
    private func walk(_ member: Member, _ steps: [(StatusTransition, String)], file: StaticString = #filePath, line: UInt = #line) -> Member {
        var m = member
        for (kind, date) in steps {
            switch PipelineRule.apply(event(kind, date), to: m, today: today) {
            case .success(let next): m = next
            case .failure(let errors): XCTFail("\(kind) \(date): \(errors)", file: file, line: line)
            }
        }
        return m
    }

    private let applicant = Member(name: "诸葛明远", birthDate: CalendarDate("1999-12-02"), status: .applicant)

    // MARK: Application

    func testApplication_RequiresAge18() {
        let young = Member(name: "钱小妹", birthDate: CalendarDate("2009-05-01"), status: .applicant)
        let errors = messages(.application, "2026-03-01", on: young)
        XCTAssertEqual(errors, ["递交入党申请书须年满 18 周岁：钱小妹出生于 2009-05-01，2026-03-01 时 16 周岁（最早 2027-05-01）。"])
        let adult = Member(name: "钱小妹", birthDate: CalendarDate("2008-03-01"), status: .applicant)
        XCTAssertEqual(messages(.application, "2026-03-01", on: adult), [], "the 18th birthday itself is allowed")
    }

    func testApplication_WithoutABirthDate_AsksForIt() {
        let errors = messages(.application, "2026-03-01", on: Member(name: "无名", status: .applicant))
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].contains("请先填写出生日期"), errors[0])
    }

    // MARK: Activist to candidate

    func testCandidate_NeedsOneFullYearAsActivist() {
        let activist = walk(applicant, [(.application, "2025-01-10"), (.activist, "2025-03-01")])
        XCTAssertEqual(activist.status, .activist)
        XCTAssertEqual(messages(.candidate, "2026-02-28", on: activist),
                       ["列为发展对象须在确定为入党积极分子满一年后（2025-03-01 确定，最早 2026-03-01）。"])
        XCTAssertEqual(messages(.candidate, "2026-03-01", on: activist), [])
    }

    func testCandidate_WithoutAnActivistDate_AsksToRecordIt() {
        let errors = messages(.candidate, "2026-03-01", on: Member(name: "某人", status: .activist))
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].contains("请先补登"), errors[0])
    }

    func testSteps_CannotBeSkipped() {
        XCTAssertEqual(messages(.candidate, "2026-03-01", on: applicant),
                       ["列为发展对象须先确定为入党积极分子并培养考察满一年（目前是入党申请人）。"])
        XCTAssertEqual(messages(.admission, "2026-03-01", on: applicant), ["支部大会只能接收发展对象为预备党员（目前是入党申请人）。"])
        XCTAssertEqual(messages(.fullMembership, "2026-03-01", on: applicant), ["只有预备党员才能转为正式党员（目前是入党申请人）。"])
    }

    // MARK: Admission and probation

    func testAdmission_SetsProbationaryAndTheJoinedDate() {
        let m = walk(applicant, [(.application, "2024-01-10"), (.activist, "2024-03-01"), (.candidate, "2025-03-10"),
                                 (.admission, "2026-03-17")])
        XCTAssertEqual(m.status, .probationary)
        XCTAssertEqual(m.joinedDate, day("2026-03-17"))
        XCTAssertEqual(m.timeline.map(\.kind), [.application, .activist, .candidate, .admission])
    }

    func testFullMembership_OnlyWhenProbationHasEnded() {
        let probationary = Member(name: "赵雨桐", birthDate: CalendarDate("1998-07-14"), status: .probationary,
                                  joinedDate: CalendarDate("2025-03-17"), timeline: [StatusEvent(kind: .admission, date: day("2025-03-17"))])
        XCTAssertEqual(messages(.fullMembership, "2026-03-16", on: probationary),
                       ["转为正式党员须在预备期满之后（2025-03-17 接收为预备党员，预备期至 2026-03-17 满，最早 2026-03-17）。"])
        let full = walk(probationary, [(.fullMembership, "2026-03-17")])
        XCTAssertEqual(full.status, .full)
        XCTAssertEqual(full.fullMembershipDate, day("2026-03-17"))
    }

    func testProbationExtension_Once_By6To12Months_AndMovesTheEnd() {
        let probationary = Member(name: "赵雨桐", status: .probationary, joinedDate: CalendarDate("2025-03-17"))
        XCTAssertEqual(messages(.probationExtended, "2026-03-17", on: probationary, months: 5),
                       ["预备期延长 5 个月不符合规定：只能延长一次，不少于 6 个月，最长不超过 12 个月。"])
        XCTAssertEqual(messages(.probationExtended, "2026-03-17", on: probationary, months: 13).count, 1)
        XCTAssertTrue(messages(.probationExtended, "2026-03-17", on: probationary)[0].contains("写明延长几个月"))

        guard case .success(let extended) = PipelineRule.apply(event(.probationExtended, "2026-03-17", months: 6),
                                                               to: probationary, today: today) else { return XCTFail() }
        XCTAssertEqual(ProbationRule.end(of: extended), day("2026-09-17"))
        XCTAssertEqual(messages(.probationExtended, "2026-04-01", on: extended, months: 6),
                       ["预备期只能延长一次：已于 2026-03-17 延长 6 个月。"])
        XCTAssertEqual(messages(.fullMembership, "2026-09-16", on: extended),
                       ["转为正式党员须在预备期满之后（2025-03-17 接收为预备党员，预备期延长 6 个月，预备期至 2026-09-17 满，最早 2026-09-17）。"])
        XCTAssertEqual(messages(.fullMembership, "2026-09-17", on: extended), [])
    }

    // MARK: Moves

    func testTransferOutAndBackIn() {
        let member = Member(name: "马骏", status: .full, joinedDate: CalendarDate("2006-05-18"), fullMembershipDate: CalendarDate("2007-05-18"))
        let out = walk(member, [(.transferOut, "2026-02-26")])
        XCTAssertEqual(out.status, .transferredOut)
        XCTAssertEqual(messages(.transferOut, "2026-03-01", on: out), ["只有在册的党员（预备党员、正式党员）才能转出组织关系（目前是已转出）。"])
        let back = walk(out, [(.transferIn, "2026-10-08")])
        XCTAssertEqual(back.status, .full)
        XCTAssertEqual(messages(.transferIn, "2026-11-01", on: back), ["已于 2026-10-08 转入本支部，不能重复转入。"])
    }

    func testTransferIn_IsForPartyMembersOnly() {
        XCTAssertEqual(messages(.transferIn, "2026-03-01", on: applicant), ["只有党员（预备党员、正式党员）才转入组织关系（目前是入党申请人）。"])
    }

    func testFloating_StartsAndEnds() {
        let member = Member(name: "黄海涛", status: .full, joinedDate: CalendarDate("2008-06-12"))
        let info = FloatingInfo(category: "挂职", place: "宿迁市泗洪县", since: day("2025-09-01"))
        guard case .success(let away) = PipelineRule.apply(event(.floatingStart, "2025-09-01"), to: member, today: today, floating: info) else {
            return XCTFail()
        }
        XCTAssertEqual(away.floating, info)
        XCTAssertEqual(away.statusLabel, "正式党员（流动）")
        XCTAssertTrue(messages(.floatingStart, "2025-10-01", on: away)[0].contains("已是流动党员（2025-09-01 起，挂职）"))
        XCTAssertEqual(messages(.floatingEnd, "2026-01-01", on: member), ["黄海涛目前不是流动党员，无需登记流动结束。"])
        let back = walk(away, [(.floatingEnd, "2026-08-31")])
        XCTAssertNil(back.floating)
    }

    func testDeathAndExit_EndTheFile_AndCannotRepeat() {
        let member = Member(name: "吴志强", status: .full, floating: FloatingInfo(category: "长期病休", place: "", since: day("2025-01-01")))
        let gone = walk(member, [(.deceased, "2026-05-01")])
        XCTAssertEqual(gone.status, .deceased)
        XCTAssertNil(gone.floating)
        XCTAssertEqual(messages(.left, "2026-06-01", on: gone), ["吴志强已是“已去世”，不在名册上，不能再登记离开党组织。"])
    }

    // MARK: Dates

    func testEvents_CannotBeInTheFuture_OrBeforeTheLastOne() {
        let activist = walk(applicant, [(.application, "2025-01-10"), (.activist, "2025-03-01")])
        XCTAssertEqual(messages(.candidate, "2027-01-01", on: activist), ["日期 2027-01-01 晚于今天（2026-12-04）：只能登记已经发生的事。"])
        let m = Member(name: "某人", status: .full, timeline: [StatusEvent(kind: .transferIn, date: day("2026-08-18"))])
        XCTAssertEqual(messages(.transferOut, "2026-08-01", on: m),
                       ["日期 2026-08-01 早于时间线上最近的一条记录（2026-08-18 组织关系转入）：请按时间先后登记。"])
    }

    func testApply_ReturnsEveryError() {
        guard case .failure(let failure) = PipelineRule.apply(event(.admission, "2027-01-01"), to: applicant, today: today) else {
            return XCTFail()
        }
        XCTAssertEqual(failure.errors.count, 2)
    }

    func testAllowedTransitions_FollowTheStatus() {
        XCTAssertEqual(PipelineRule.allowedTransitions(for: Member(name: "甲", status: .candidate)), [.admission, .deceased, .left])
        let probationary = Member(name: "乙", status: .probationary, joinedDate: CalendarDate("2026-03-17"))
        XCTAssertEqual(PipelineRule.allowedTransitions(for: probationary),
                       [.fullMembership, .probationExtended, .transferIn, .transferOut, .floatingStart, .deceased, .left])
    }

    // MARK: Whole files

    func testConsistency_CatchesDatesThatContradictTheStatus() {
        let early = Member(name: "甲", status: .full, joinedDate: CalendarDate("2026-03-17"))
        XCTAssertEqual(PipelineRule.consistencyErrors(of: early, today: today).map(\.field), ["status"])
        let quick = Member(name: "乙", status: .full, joinedDate: CalendarDate("2020-03-17"), fullMembershipDate: CalendarDate("2020-12-01"))
        XCTAssertEqual(PipelineRule.consistencyErrors(of: quick, today: today).map(\.message),
                       ["转正日期 2020-12-01 早于预备期满（2020-03-17 入党，预备期至 2021-03-17 满）：预备期一年，从支部大会通过之日算起。"])
        let activist = Member(name: "丙", status: .activist, joinedDate: CalendarDate("2020-03-17"))
        XCTAssertEqual(PipelineRule.consistencyErrors(of: activist, today: today).map(\.field), ["joinedDate"])
        let fine = Member(name: "丁", status: .full, joinedDate: CalendarDate("2004-06-25"), fullMembershipDate: CalendarDate("2005-06-25"))
        XCTAssertEqual(PipelineRule.consistencyErrors(of: fine, today: today), [])
    }

    func testPresumedStatus_FromTheDates() {
        XCTAssertEqual(PipelineRule.presumedStatus(joined: day("2026-03-17"), fullMembership: nil, today: today), .probationary)
        XCTAssertEqual(PipelineRule.presumedStatus(joined: day("2025-12-04"), fullMembership: nil, today: today), .full)
        XCTAssertEqual(PipelineRule.presumedStatus(joined: nil, fullMembership: nil, today: today), .full)
    }
}
