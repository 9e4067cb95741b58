import Foundation
import XCTest
@testable import Model

/// 年度自评 (issue #10): every computed item against a hand-built 2025 ledger, with the exact
/// points and the missing text; hand items; rubric validation; no talk case anywhere.
final class AssessmentTests: XCTestCase {
    private let g1 = PartyGroup(name: "第一党小组"), g2 = PartyGroup(name: "第二党小组")
    private lazy var wang = Member(name: "王建国", groupId: g1.id, status: .full, joinedDate: CalendarDate("2000-07-01"), duesBase: 4000)
    private lazy var chen = Member(name: "陈静", groupId: g2.id, status: .full, joinedDate: CalendarDate("2003-07-01"), duesBase: 4000)
    private let admission = UUID()
    private lazy var zhao = Member(name: "赵雨桐", groupId: g1.id, status: .probationary, joinedDate: CalendarDate("2025-03-10"), duesBase: 3000,
                                   timeline: [StatusEvent(kind: .admission, date: CalendarDate("2025-03-10")!, meetingId: admission)])
    private lazy var liu = Member(name: "刘洋", groupId: g2.id, status: .activist,
                                  timeline: [StatusEvent(kind: .activist, date: CalendarDate("2024-09-01")!)])
    private lazy var qian = Member(name: "钱梦瑶", groupId: g2.id, status: .activist)
    private let talk = TalkCase(memberId: UUID(), openedOn: CalendarDate("2025-05-01")!, origin: .complaint, reason: "提醒谈话机密事由")

    private func d(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func meeting(_ kind: MeetingKind, _ date: String, group: PartyGroup? = nil, present: [Member] = [], absent: [Member] = [],
                         id: UUID = UUID(), state: MeetingState = .held) -> Meeting {
        Meeting(id: id, kind: kind, state: state, date: d(date), groupId: group?.id, topic: "\(kind.shortName)\(date)",
                attendance: present.map { Attendance(memberId: $0.id, presence: .present) } + absent.map { Attendance(memberId: $0.id, presence: .absent) })
    }

    private let rules: [CadenceRule] = [
        CadenceRule(kind: .generalMeeting, period: .quarter, source: "第十一条"),
        CadenceRule(kind: .committeeMeeting, period: .month, source: "第十二条"),
        CadenceRule(kind: .groupMeeting, period: .month, perGroup: true, source: "第十三条"),
        CadenceRule(kind: .partyLecture, period: .quarter, source: "惯例"),
        CadenceRule(kind: .lifeMeeting, period: .year, source: "第十七条"),
        CadenceRule(kind: .democraticReview, period: .year, source: "第十八条"),
        CadenceRule(kind: .heartTalk, period: .year, source: "第五章"),
    ]

    private let template = FiveOnesTemplate(name: "五个一工程", period: .quarter, items: ["上好一堂党课", "做好一场专题讲座"])

    private func ledger() -> Ledger {
        var meetings: [Meeting] = []
        for month in 1...12 where month != 3 && month != 7 {
            meetings.append(meeting(.committeeMeeting, String(format: "2025-%02d-05", month)))
        }
        meetings.append(meeting(.generalMeeting, "2025-03-10", present: [wang, chen, zhao], id: admission))
        meetings.append(meeting(.generalMeeting, "2025-05-20", present: [wang], absent: [chen]))
        meetings.append(meeting(.generalMeeting, "2025-08-20", present: [wang, chen]))
        meetings.append(meeting(.generalMeeting, "2025-11-20", present: [wang, chen]))
        for month in 1...12 {
            meetings.append(meeting(.groupMeeting, String(format: "2025-%02d-12", month), group: g1))
            if month != 10 { meetings.append(meeting(.groupMeeting, String(format: "2025-%02d-12", month), group: g2)) }
        }
        for date in ["2025-02-26", "2025-05-28", "2025-08-27", "2025-11-12"] { meetings.append(meeting(.partyLecture, date)) }
        meetings.append(meeting(.lifeMeeting, "2025-12-20"))
        meetings.append(meeting(.heartTalk, "2025-01-20"))
        meetings.append(meeting(.democraticReview, "2026-01-20", state: .planned))

        let adoption = FiveOnesAdoption(templateId: template.id, period: .year(2025))
        var logs: [FiveOnesLog] = []
        for (item, date) in [(0, "2025-02-26"), (0, "2025-05-28"), (0, "2025-08-27"), (0, "2025-11-12"), (1, "2025-03-20"), (1, "2025-06-20")] {
            logs.append(FiveOnesLog(templateId: template.id, itemIndex: item, period: Period(containing: d(date), kind: .quarter)!, date: d(date)))
        }

        var dues: [DuesPayment] = []
        for month in 1...12 {
            let ym = YearMonth(year: 2025, month: month)!
            dues.append(DuesPayment(memberId: wang.id, month: ym, amountFen: 4000, paidOn: d(String(format: "2025-%02d-08", month))))
            if month == 6 {
                dues.append(DuesPayment(memberId: chen.id, month: ym, amountFen: 4000, paidOn: d("2025-07-03")))
            } else if month != 11 {
                dues.append(DuesPayment(memberId: chen.id, month: ym, amountFen: 4000, paidOn: d(String(format: "2025-%02d-08", month))))
            }
            if month >= 3 { dues.append(DuesPayment(memberId: zhao.id, month: ym, amountFen: 1500, paidOn: d(String(format: "2025-%02d-15", month)))) }
        }

        let commitments = [
            Commitment(memberId: wang.id, year: 2025, pledges: [Pledge(category: "勤政", text: "按期完成法规审核")],
                       review: CommitmentReview(selfAssessment: "全部完成。", grade: .qualified)),
            Commitment(memberId: chen.id, year: 2025, pledges: [Pledge(category: "廉政", text: "不收礼")]),
        ]
        let tasks = [
            LiaisonTask(title: "报送半年总结", kind: .report, due: d("2025-06-30"), status: .reported),
            LiaisonTask(title: "报送年度总结", kind: .report, due: d("2025-11-30")),
            LiaisonTask(title: "提醒交党费", kind: .remind, due: d("2025-10-10")),
        ]
        return Ledger(profile: BranchProfile(name: "法规处党支部", groups: [g1, g2]),
                      members: [wang, chen, zhao, liu, qian], meetings: meetings, cadenceRules: rules,
                      fiveOnesTemplates: [template], fiveOnesAdoptions: [adoption], fiveOnesLogs: logs,
                      talkCases: [talk], tasks: tasks, commitments: commitments, dues: dues)
    }

    private func item(_ id: String, _ points: Int, _ kind: AssessmentMeasure.Kind, meeting: MeetingKind? = nil,
                      rule: AssessmentMeasure.Rule = .proportional, target: Int? = nil) -> AssessmentItem {
        AssessmentItem(id: id, name: id, points: points, measure: AssessmentMeasure(kind: kind, meeting: meeting, rule: rule, target: target))
    }

    private lazy var rubric = AssessmentRubric(name: "测试细则", categories: [
        AssessmentCategory(id: "meetings", name: "三会一课", items: [
            item("committee", 6, .cadence, meeting: .committeeMeeting, target: 12),
            item("general", 6, .generalMeetings, target: 4),
            item("groups", 6, .cadence, meeting: .groupMeeting),
            item("lectures", 6, .cadence, meeting: .partyLecture),
            item("life", 4, .cadence, meeting: .lifeMeeting, rule: .allOrNothing),
            item("review", 4, .cadence, meeting: .democraticReview, rule: .allOrNothing),
            item("heart", 3, .cadence, meeting: .heartTalk, rule: .allOrNothing),
        ]),
        AssessmentCategory(id: "records", name: "台账", items: [
            item("five-ones", 5, .fiveOnes),
            item("dues", 5, .duesOnTime),
            item("made", 4, .commitmentsMade),
            item("reviewed", 4, .commitmentsReviewed),
            item("pipeline", 5, .pipelineRecords),
            item("reports", 5, .reportsDone),
        ]),
        AssessmentCategory(id: "hand", name: "手工", items: [
            AssessmentItem(id: "plan", name: "工作计划", points: 4, hand: HandGuide(guide: "有计划")),
            AssessmentItem(id: "central", name: "中心工作", points: 33, hand: HandGuide(guide: "业务")),
        ]),
    ])

    private func assess(today: String = "2026-01-15", year: Int = 2025, scores: [String: HandScore] = [:]) -> Assessment {
        Assessment.evaluate(rubric, Assessment.Input(ledger: ledger(), cadenceRules: rules,
                                                     scores: AssessmentScores(year: year, scores: scores), year: year, today: d(today)))
    }

    private func result(_ id: String, _ a: Assessment) -> AssessmentItemResult {
        a.items.first { $0.item.id == id }!
    }

    func testTestRubric_SumsToOneHundredAndIsValid() {
        XCTAssertEqual(rubric.pointsTotal, 100)
        XCTAssertEqual(rubric.validate(), [])
    }

    func testCommitteeMeetings_MissingMonthsNamed_ProportionalOfTwelve() {
        let r = result("committee", assess())
        XCTAssertEqual(r.counted, 10)
        XCTAssertEqual(r.target, 12)
        XCTAssertEqual(r.earned, 5)
        XCTAssertEqual(r.missing, ["缺 3 月、7 月支委会"])
        XCTAssertEqual(r.summary, "已召开 10 / 12 期")
        XCTAssertEqual(r.evidence.count, 10)
        XCTAssertTrue(r.evidence.allSatisfy { $0.kind == .meeting })
    }

    func testGeneralMeetings_OneWithoutQuorumIsNotCounted() {
        let r = result("general", assess())
        XCTAssertEqual(r.counted, 3)
        XCTAssertEqual(r.earned, 4.5)
        XCTAssertEqual(r.missing, ["缺 第二季度党员大会", "5 月 20 日党员大会到会未过半（应到有表决权党员 2 人，实到 1 人），不计"])
        XCTAssertEqual(r.evidence.count, 3, "the meeting without quorum is not evidence")
    }

    func testGroupMeetings_PerGroupAndRoundedToOneDecimal() {
        let r = result("groups", assess())
        XCTAssertEqual(r.counted, 23)
        XCTAssertEqual(r.target, 24)
        XCTAssertEqual(r.earned, 5.8, "6 × 23 / 24 = 5.75, rounded half up")
        XCTAssertEqual(r.missing, ["第二党小组缺 10 月小组会"])
    }

    func testLecturesLifeMeetingReviewAndHeartTalk() {
        let a = assess()
        XCTAssertEqual(result("lectures", a).earned, 6)
        XCTAssertEqual(result("lectures", a).missing, [])
        XCTAssertEqual(result("life", a).earned, 4)
        XCTAssertEqual(result("review", a).earned, 0, "all-or-nothing: a planned review in January 2026 does not fill 2025")
        XCTAssertEqual(result("review", a).missing, ["缺 2025 年民主评议"])
        XCTAssertEqual(result("heart", a).earned, 3)
    }

    func testFiveOnes_CellsDoneOfTheYear() {
        let r = result("five-ones", assess())
        XCTAssertEqual(r.counted, 6)
        XCTAssertEqual(r.target, 8)
        XCTAssertEqual(r.earned, 3.8, "5 × 6 / 8 = 3.75")
        XCTAssertEqual(r.missing, ["五个一工程第三季度未开展：做好一场专题讲座", "五个一工程第四季度未开展：做好一场专题讲座"])
        XCTAssertEqual(r.evidence.map(\.kind), Array(repeating: .fiveOnesLog, count: 6))
    }

    func testDues_PaidWithinTheMonthOrNot_ToldByMonthNeverByName() {
        let r = result("dues", assess())
        XCTAssertEqual(r.target, 34, "王建国 12 + 陈静 12 + 赵雨桐 10 (from the admission month)")
        XCTAssertEqual(r.counted, 32)
        XCTAssertEqual(r.earned, 4.7)
        XCTAssertEqual(r.missing, ["6 月党费 1 笔逾期交纳", "11 月党费 1 笔未缴"])
        XCTAssertFalse(r.missing.joined().contains("陈静"), "gaps are counted, not named")
    }

    func testDues_CurrentMonthIsNotLateUntilItIsOver() {
        let r = result("dues", assess(today: "2025-06-20", year: 2025))
        XCTAssertEqual(r.target, 5 + 5 + 3, "January to May; June is still open")
        XCTAssertEqual(r.counted, 13)
        XCTAssertEqual(r.missing, [])
    }

    /// A year before the branch started keeping dues owes nothing: no "12 笔未缴" month after month.
    func testDues_AYearBeforeDuesWereKept_SaysSoInsteadOfListingArrears() {
        let input = Assessment.Input(ledger: ledger(), cadenceRules: rules, scores: AssessmentScores(year: 2024, scores: [:]),
                                     year: 2024, today: d("2026-01-15"), duesTrackedFrom: YearMonth(year: 2025, month: 1))
        let r = result("dues", Assessment.evaluate(rubric, input))
        XCTAssertEqual(r.target, 0)
        XCTAssertEqual(r.missing, [])
        XCTAssertTrue(r.summary.contains("本年度党费尚未记账（台账自 2025年1月起记党费）"), r.summary)
    }

    func testCommitments_MadeAndReviewed_CountsOfPeople() {
        let a = assess()
        let made = result("made", a)
        XCTAssertEqual(made.counted, 2)
        XCTAssertEqual(made.target, 3)
        XCTAssertEqual(made.earned, 2.7)
        XCTAssertEqual(made.missing, ["1 名党员尚未登记 2025 年承诺"])
        let reviewed = result("reviewed", a)
        XCTAssertEqual(reviewed.counted, 1)
        XCTAssertEqual(reviewed.earned, 1.3)
        XCTAssertEqual(reviewed.missing, ["未登记承诺 1 人", "未写自我评价 1 人", "未评定等次 1 人"])
    }

    func testPipelineRecords_ActivistWithoutDateAndAdmissionLinked() {
        let r = result("pipeline", assess())
        XCTAssertEqual(r.target, 8, "5 files on the roll, 2 activists, 1 admission")
        XCTAssertEqual(r.counted, 7)
        XCTAssertEqual(r.earned, 4.4)
        XCTAssertEqual(r.missing, ["钱梦瑶：没有“确定为入党积极分子”的日期，无法按半年考察"])
        XCTAssertTrue(r.evidence.contains { $0.kind == .meeting && $0.id == admission }, "the admission meeting is evidence")
    }

    func testPipelineRecords_AdmissionWithoutItsMeeting() {
        var l = ledger()
        l.members[2].timeline[0].meetingId = nil
        let a = Assessment.evaluate(rubric, Assessment.Input(ledger: l, cadenceRules: rules, scores: AssessmentScores(year: 2025), year: 2025, today: d("2026-01-15")))
        XCTAssertTrue(result("pipeline", a).missing.contains("赵雨桐：2025-03-10 支部大会讨论接收为预备党员未关联支部党员大会记录"), "\(result("pipeline", a).missing)")
    }

    func testReports_OpenReportTaskIsMissing_RemindTasksIgnored() {
        let r = result("reports", assess())
        XCTAssertEqual(r.counted, 1)
        XCTAssertEqual(r.target, 2)
        XCTAssertEqual(r.earned, 2.5)
        XCTAssertEqual(r.missing, ["11 月 30 日到期的“报送年度总结”尚未办结"])
    }

    func testHandItems_ScoredOrWaiting_AndTotals() {
        let a = assess(scores: ["plan": HandScore(points: 3.5, note: "计划经支委会通过", scoredOn: d("2026-01-10"))])
        XCTAssertEqual(result("plan", a).earned, 3.5)
        XCTAssertEqual(result("plan", a).summary, "手工评分：计划经支委会通过")
        XCTAssertNil(result("central", a).earned)
        XCTAssertEqual(a.unscored.map(\.item.id), ["central"])
        // 5 + 4.5 + 5.8 + 6 + 4 + 0 + 3 + 3.8 + 4.7 + 2.7 + 1.3 + 4.4 + 2.5 + 3.5
        XCTAssertEqual(a.earned, 51.2)
        XCTAssertEqual(a.categories[0].earned, 28.3)
    }

    func testBeforeTheYearEnds_OpenPeriodsAreSaidAsSuch() {
        var l = ledger()
        l.meetings.removeAll { $0.kind == .committeeMeeting && $0.date >= d("2025-11-01") }
        l.meetings.append(meeting(.committeeMeeting, "2025-11-25", state: .planned))
        let a = Assessment.evaluate(rubric, Assessment.Input(ledger: l, cadenceRules: rules, scores: AssessmentScores(year: 2025), year: 2025, today: d("2025-11-15")))
        XCTAssertEqual(result("committee", a).missing,
                       ["缺 3 月、7 月支委会", "11 月支委会尚未召开（已计划 11 月 25 日）", "12 月支委会尚未到期"])
    }

    func testAFutureYear_PeriodsToComeInOneLine() {
        let a = Assessment.evaluate(rubric, Assessment.Input(ledger: ledger(), cadenceRules: rules, scores: AssessmentScores(year: 2027), year: 2027, today: d("2026-01-15")))
        XCTAssertEqual(result("committee", a).missing, ["1 月至 12 月支委会尚未到期"])
        XCTAssertEqual(result("groups", a).missing, ["第一党小组 1 月至 12 月小组会尚未到期", "第二党小组 1 月至 12 月小组会尚未到期"])
        XCTAssertEqual(result("dues", a).summary, "本年度还没有已结束的月份")
        XCTAssertEqual(result("dues", a).earned, 0)
    }

    func testTalkCasesNeverAppear() {
        let a = assess()
        let everything = a.items.flatMap { $0.evidence.map(\.label) + $0.missing + [$0.summary] }.joined()
        XCTAssertFalse(everything.contains("提醒谈话"))
        XCTAssertFalse(a.items.flatMap(\.evidence).contains { $0.id == talk.id })
    }

    func testMissingCadenceRule_SaysSoInsteadOfGuessing() {
        let a = Assessment.evaluate(rubric, Assessment.Input(ledger: ledger(), cadenceRules: [], scores: AssessmentScores(year: 2025), year: 2025, today: d("2026-01-15")))
        XCTAssertEqual(result("committee", a).earned, 0)
        XCTAssertEqual(result("committee", a).missing.first, "本支部的会议周期规则中没有支委会，无法计算（可在 cadence.json 中加上）")
    }

    // MARK: - Rubric validation

    func testRubricSumNotOneHundred_IsRefusedWithTheSum() {
        var broken = rubric
        broken.categories[2].items[1].points = 32
        let errors = broken.validate()
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.hasPrefix("各项分值合计 99 分，应为 100 分"), errors[0].message)
    }

    func testRubricItemWithBothOrNeitherWayOfScoring_AndCadenceWithoutMeeting() {
        var broken = rubric
        broken.categories[2].items[0].measure = AssessmentMeasure(kind: .duesOnTime, rule: .proportional)
        broken.categories[0].items[0].measure?.meeting = nil
        broken.categories[1].items[0].hand = nil
        broken.categories[1].items[0].measure = nil
        let messages = broken.validate().map(\.message)
        XCTAssertTrue(messages.contains("第 3.1 项“工作计划”同时有 measure 和 hand：按台账计算或手工评分只能选一种。"), "\(messages)")
        XCTAssertTrue(messages.contains("第 1.1 项“committee”按会议周期计分，须写明会议类型 meeting（如 committee-meeting）。"), "\(messages)")
        XCTAssertTrue(messages.contains("第 2.1 项“five-ones”既没有 measure（按台账计算）也没有 hand（手工评分）：二者须有其一。"), "\(messages)")
    }

    func testUnknownMeasureKind_FailsToDecodeNamingTheAllowedOnes() {
        let json = #"{"kind": "ranking", "rule": "proportional"}"#
        XCTAssertThrowsError(try JSONDecoder().decode(AssessmentMeasure.self, from: Data(json.utf8))) { error in
            guard case DecodingError.dataCorrupted(let context)? = error as? DecodingError else { return XCTFail("\(error)") }
            XCTAssertTrue(context.debugDescription.hasPrefix("不认识的计分方式“ranking”：可用 cadence、general-meetings"), context.debugDescription)
        }
    }

    func testHandScoreChecks() {
        XCTAssertEqual(rubric.problems(handScore: 3, note: "有计划", for: "3.1"), [])
        XCTAssertEqual(rubric.problems(handScore: 5, note: "有计划", for: "plan").map(\.message),
                       ["3.1 工作计划满分 4 分，得分须在 0 至 4 之间（输入的是 5）。"])
        XCTAssertEqual(rubric.problems(handScore: 1, note: " ", for: "plan").map(\.field), ["note"])
        XCTAssertEqual(rubric.problems(handScore: 1, note: "x", for: "committee").map(\.message),
                       ["1.1 committee按台账自动计算，不能手工评分；请补全台账记录。"])
        XCTAssertTrue(rubric.problems(handScore: 1, note: "x", for: "nope")[0].message.hasPrefix("评分细则中没有“nope”这一项。可手工评分的项目：3.1 plan、3.2 central"))
    }

    func testScoringRules() {
        let proportional = AssessmentMeasure(kind: .cadence, meeting: .themeDay, rule: .proportional)
        XCTAssertEqual(proportional.points(counted: 11, of: 12, maximum: 6), 5.5)
        XCTAssertEqual(proportional.points(counted: 13, of: 12, maximum: 6), 6, "never more than the item's points")
        XCTAssertEqual(proportional.points(counted: 0, of: 0, maximum: 6), 0)
        let all = AssessmentMeasure(kind: .cadence, meeting: .lifeMeeting, rule: .allOrNothing)
        XCTAssertEqual(all.points(counted: 0, of: 1, maximum: 4), 0)
        XCTAssertEqual(all.points(counted: 1, of: 1, maximum: 4), 4)
        XCTAssertEqual(Assessment.pointsText(5.0), "5")
        XCTAssertEqual(Assessment.pointsText(4.75), "4.8")
    }
}
