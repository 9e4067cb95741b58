import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk remind`: a hand-built ledger with a known answer per rule, checked through the
/// JSON output at month end, quarter end, year end and a leap day.
final class RemindCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    private let ledger = RemindLedger()

    override func setUpWithError() throws {
        harness = try MeetingHarness.with(ledger.ledger, today: "2026-01-31")
    }

    override func tearDown() {
        harness.remove()
    }

    /// The reminders as decoded JSON objects, on `today`.
    private func remind(_ today: String, _ argv: [String] = []) throws -> [[String: Any]] {
        harness.today = today
        let result = try harness.run(["remind", "--format", "json"] + argv)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// `rule due severity` of each reminder of `rule`, in output order.
    private func lines(_ reminders: [[String: Any]], _ rule: String) -> [String] {
        reminders.filter { $0["rule"] as? String == rule }.map {
            "\($0["due"] as? String ?? "?") \($0["severity"] as? String ?? "?")" + (($0["kind"] as? String).map { " \($0)" } ?? "")
        }
    }

    private func titles(_ reminders: [[String: Any]], _ rule: String) -> [String] {
        reminders.filter { $0["rule"] as? String == rule }.compactMap { $0["title"] as? String }
    }

    // MARK: - Month end 2026-01-31

    func testMonthEnd_EachRuleAsExpected() throws {
        let r = try remind("2026-01-31")
        XCTAssertEqual(lines(r, "cadence"), ["2026-01-31 due committee-meeting"])
        XCTAssertEqual(lines(r, "political-birthday"), ["2026-01-31 due"])
        XCTAssertEqual(titles(r, "political-birthday"), ["甲政治生日：入党 16 周年（2010年1月31日 入党）"])
        XCTAssertEqual(lines(r, "activist-assessment"), ["2026-01-31 due"])
        XCTAssertEqual(lines(r, "candidate-eligible"), [])
        XCTAssertEqual(lines(r, "probation-end"), [], "乙's probation ends 2026-04-10: not yet within 30 days")
        XCTAssertEqual(lines(r, "inactivity"), ["2026-03-31 upcoming", "2026-03-31 upcoming"], "戊: attendance and dues, 4th month")
        XCTAssertTrue(titles(r, "inactivity").contains("戊自 2025年10月起未参加组织生活，已是第 4 个月；连续满六个月（2026年3月31日）视为自行脱党"),
                      "\(titles(r, "inactivity"))")
        XCTAssertEqual(lines(r, "dues-arrears"), ["2025-10-31 overdue"])
        XCTAssertEqual(titles(r, "dues-arrears"), ["戊欠缴党费 3 个月：2025年10月、2025年11月、2025年12月"])
        XCTAssertEqual(lines(r, "talk-follow-up"), ["2026-02-05 due"])
        XCTAssertEqual(lines(r, "talk-deadline"), [])
        XCTAssertEqual(lines(r, "task-due"), ["2026-02-03 due"])
        XCTAssertEqual(lines(r, "five-ones"), [])
        XCTAssertEqual(lines(r, "term-end"), [])
        XCTAssertEqual(lines(r, "commitment-review"), [])
    }

    func testMonthEnd_KeysIdsAndOrder() throws {
        let r = try remind("2026-01-31")
        let dues = r.map { $0["due"] as? String ?? "" }
        XCTAssertEqual(dues, dues.sorted(), "sorted by due date")
        let cadence = try XCTUnwrap(r.first { $0["rule"] as? String == "cadence" })
        XCTAssertNil(cadence["member"])
        XCTAssertNil(cadence["group"], "the committee meeting is the branch's, not a group's")
        let task = try XCTUnwrap(r.first { $0["rule"] as? String == "task-due" })
        XCTAssertEqual(task["ref"] as? String, ledger.openTask.id.uuidString)
        XCTAssertEqual(task["member"] as? String, ledger.e.id.uuidString)
        XCTAssertEqual(task["memberName"] as? String, "戊")
        XCTAssertEqual(task["title"] as? String, "联络任务（报送）：党建信息报送（机关党委〔2026〕3号）")
        let talk = try XCTUnwrap(r.first { $0["rule"] as? String == "talk-follow-up" })
        XCTAssertEqual(talk["ref"] as? String, ledger.talk.id.uuidString)
        for reminder in r {
            for key in ["rule", "due", "severity", "title"] { XCTAssertNotNil(reminder[key], "\(key) in \(reminder)") }
            XCTAssertTrue(["overdue", "due", "upcoming"].contains(reminder["severity"] as? String ?? ""))
        }
    }

    func testNoTalks_LeavesOutTalkCases() throws {
        let r = try remind("2026-01-31", ["--no-talks"])
        XCTAssertEqual(lines(r, "talk-follow-up"), [])
        XCTAssertFalse(r.contains { ($0["rule"] as? String ?? "").hasPrefix("talk") })
    }

    func testRoles_LiaisonNeverSeesTalks_MemberOnlyOwn() throws {
        let liaison = try remind("2026-01-31", ["--as", "liaison"])
        XCTAssertFalse(liaison.contains { ($0["rule"] as? String ?? "").hasPrefix("talk") })
        XCTAssertEqual(lines(liaison, "task-due"), ["2026-02-03 due"])
        let own = try remind("2026-01-31", ["--as", "member", "戊"])
        XCTAssertEqual(Set(own.compactMap { $0["memberName"] as? String }), ["戊"])
        XCTAssertEqual(Set(own.compactMap { $0["rule"] as? String }), ["inactivity", "dues-arrears", "task-due"])
    }

    func testDays_WidensTheHorizon() throws {
        let r = try remind("2026-01-31", ["--days", "70"])
        XCTAssertEqual(lines(r, "talk-deadline"), ["2026-04-10 upcoming"])
        XCTAssertEqual(lines(r, "probation-end"), ["2026-04-10 upcoming"])
        XCTAssertEqual(lines(r, "political-birthday"), ["2026-01-31 due"], "birthdays stay within the coming week")
    }

    // MARK: - Quarter end 2026-03-31

    func testQuarterEnd_EachRuleAsExpected() throws {
        let r = try remind("2026-03-31")
        XCTAssertEqual(lines(r, "cadence"), ["2026-01-31 overdue committee-meeting", "2026-03-31 due group-meeting"])
        let group = try XCTUnwrap(r.first { $0["kind"] as? String == "group-meeting" })
        XCTAssertEqual(group["group"] as? String, ledger.group.id.uuidString)
        XCTAssertEqual(group["groupName"] as? String, "第一党小组")
        XCTAssertEqual(group["title"] as? String, "第一党小组 2026年3月小组会尚未召开，须在 3 月 31 日前召开")
        XCTAssertEqual(lines(r, "probation-end"), ["2026-04-10 upcoming"], "30 days' notice")
        XCTAssertEqual(lines(r, "inactivity"), ["2026-03-31 due", "2026-03-31 due"], "6th month")
        XCTAssertEqual(lines(r, "five-ones"), ["2026-03-31 due"])
        XCTAssertEqual(titles(r, "five-ones"), ["“五个一工程”2026年第一季度尚有 1 项未开展：做好一场专题讲座"])
        XCTAssertEqual(lines(r, "talk-follow-up"), ["2026-02-05 overdue"])
        XCTAssertEqual(lines(r, "task-due"), ["2026-02-03 overdue"])
        XCTAssertEqual(lines(r, "activist-assessment"), [])
        XCTAssertEqual(lines(r, "political-birthday"), [])
        XCTAssertEqual(lines(r, "term-end"), [])
    }

    // MARK: - Year end 2026-12-31

    func testYearEnd_EachRuleAsExpected() throws {
        let r = try remind("2026-12-31")
        XCTAssertEqual(lines(r, "cadence"), ["2026-01-31 overdue committee-meeting", "2026-03-31 overdue group-meeting",
                                             "2026-12-31 due general-meeting", "2026-12-31 due life-meeting"])
        XCTAssertEqual(lines(r, "probation-end"), ["2026-04-10 overdue"], "still probationary: 转正 not yet discussed")
        XCTAssertEqual(lines(r, "inactivity"), ["2026-03-31 overdue", "2026-03-31 overdue"])
        XCTAssertTrue(titles(r, "inactivity").contains("戊自 2025年10月起连续 15 个月未交纳党费，已满六个月：按党章第九条须由支部研究处置"),
                      "\(titles(r, "inactivity"))")
        XCTAssertEqual(titles(r, "dues-arrears"), ["戊欠缴党费 14 个月：2025年10月至2026年11月"])
        XCTAssertEqual(lines(r, "five-ones"), ["2026-03-31 overdue", "2026-12-31 due"])
        XCTAssertEqual(lines(r, "commitment-review"), ["2026-12-31 due"])
        XCTAssertEqual(titles(r, "commitment-review"), ["甲 2026 年承诺尚未年终评议（与民主评议一并进行）"])
        XCTAssertEqual(lines(r, "term-end"), ["2027-03-31 upcoming"], "six months' notice")
        XCTAssertEqual(lines(r, "activist-assessment"), [])
    }

    func testYearEnd_MonthAhead() throws {
        let r = try remind("2026-12-31", ["--days", "31"])
        XCTAssertEqual(lines(r, "activist-assessment"), ["2027-01-31 upcoming"])
        XCTAssertEqual(titles(r, "activist-assessment"), ["入党积极分子丙第 3 次半年考察（2025年7月31日 确定为积极分子）"])
        XCTAssertEqual(lines(r, "political-birthday"), [], "甲's anniversary is 31 days away: beyond the week")
    }

    func testCandidateEligible_AYearAsActivist() throws {
        let r = try remind("2026-07-28")
        XCTAssertEqual(lines(r, "candidate-eligible"), ["2026-07-31 due"])
        XCTAssertEqual(lines(r, "activist-assessment"), ["2026-07-31 due"])
    }

    // MARK: - Leap day 2028-02-29

    func testLeapDay_EachRuleAsExpected() throws {
        let r = try remind("2028-02-29")
        XCTAssertEqual(lines(r, "cadence"), ["2028-02-29 due committee-meeting"], "2026's gaps are past the look-back")
        XCTAssertEqual(lines(r, "political-birthday"), ["2028-02-29 due"])
        XCTAssertEqual(titles(r, "political-birthday"), ["丁政治生日：入党 28 周年（2000年2月29日 入党）"])
        XCTAssertEqual(lines(r, "term-end"), ["2027-03-31 overdue"])
        XCTAssertEqual(lines(r, "commitment-review"), ["2027-12-31 overdue"])
        XCTAssertEqual(lines(r, "five-ones"), [], "2026's adoption is past the look-back")
        XCTAssertEqual(lines(r, "probation-end"), ["2026-04-10 overdue"])
        XCTAssertEqual(titles(r, "dues-arrears"), ["戊欠缴党费 28 个月：2025年10月至2028年1月"])
        XCTAssertEqual(lines(r, "inactivity").count, 2)
        XCTAssertTrue(titles(r, "inactivity").contains { $0.hasPrefix("戊至少自 2027年1月（最早的记录）起连续 14 个月未参加组织生活") },
                      "only 2027–2028 meetings are read: \(titles(r, "inactivity"))")
    }

    func testNonLeapYear_LeapDayAnniversaryOnThe28th() throws {
        let r = try remind("2027-02-25")
        XCTAssertEqual(lines(r, "political-birthday"), ["2027-02-28 due"])
    }

    // MARK: - Text and exit status

    func testText_GroupsBySeverityAndExitsZero() throws {
        harness.today = "2026-03-31"
        let result = try harness.run(["remind"])
        XCTAssertEqual(result.status, 0, "cron: reminders are no failure")
        XCTAssertEqual(result.out.first, "法规处党支部 提醒（今天 2026-03-31；逾期事项及 7 天内到期）")
        XCTAssertTrue(result.out.contains { $0.hasPrefix("逾期（") })
        XCTAssertTrue(result.out.contains { $0.contains("2026-03-31") && $0.contains("第一党小组 2026年3月小组会尚未召开") }, result.stdout)
        XCTAssertFalse(result.out.contains { $0.hasSuffix(" ") }, "no trailing spaces")
        for word in ["%", "排名", "得分"] { XCTAssertFalse(result.stdout.contains(word)) }
    }

    func testUsage_BadDays() throws {
        let result = try harness.run(["remind", "--days", "soon"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--days"), result.stderr)
    }
}

/// The hand-built ledger behind `RemindCommandTests`: one member or record per rule, with
/// meetings and dues every month from 2025-01 to 2028-02 except the gaps the tests look for.
struct RemindLedger {
    let group = PartyGroup(name: "第一党小组")
    /// 甲: full, joined 2010-01-31, attends and pays throughout.
    let a: Member
    /// 乙: probationary since 2025-04-10 (probation ends 2026-04-10, never converted).
    let b: Member
    /// 丙: activist since 2025-07-31.
    let c: Member
    /// 丁: full, joined on a leap day (2000-02-29).
    let d: Member
    /// 戊: last attended and paid in 2025-09.
    let e: Member
    let talk: TalkCase
    let openTask: LiaisonTask
    let ledger: Ledger

    init() {
        a = Member(name: "甲", groupId: group.id, status: .full, joinedDate: CalendarDate("2010-01-31"), duesBase: 6000)
        b = Member(name: "乙", groupId: group.id, status: .probationary, joinedDate: CalendarDate("2025-04-10"), duesBase: 4000)
        c = Member(name: "丙", groupId: group.id, status: .activist,
                   timeline: [StatusEvent(kind: .application, date: CalendarDate("2025-01-10")!),
                              StatusEvent(kind: .activist, date: CalendarDate("2025-07-31")!)])
        d = Member(name: "丁", groupId: group.id, status: .full, joinedDate: CalendarDate("2000-02-29"), duesBase: 3000)
        e = Member(name: "戊", groupId: group.id, status: .full, joinedDate: CalendarDate("2012-06-01"), duesBase: 5000)
        let regulars = [a, b, d]
        var meetings: [Meeting] = []
        var dues: [DuesPayment] = []
        var month = YearMonth(year: 2025, month: 1)!
        while month <= YearMonth(year: 2028, month: 2)! {
            let day = CalendarDate(year: month.year, month: month.month, day: 15)!
            let eAttends = month <= YearMonth(year: 2025, month: 9)!
            let present = (regulars + (eAttends ? [e] : [])).map { Attendance(memberId: $0.id, presence: .present) }
                + (eAttends ? [] : [Attendance(memberId: e.id, presence: .absent)])
            func meet(_ kind: MeetingKind, group: UUID? = nil) {
                meetings.append(Meeting(kind: kind, date: day, groupId: group, topic: "\(month.iso) \(kind.shortName)", attendance: present))
            }
            // Gaps: 支委会 2026-01 and 2028-02; 小组会 2026-03; 党员大会 2026Q4; 组织生活会 2026.
            if month.iso != "2026-01" && month.iso != "2028-02" { meet(.committeeMeeting) }
            if month.iso != "2026-03" { meet(.groupMeeting, group: group.id) }
            if month.month % 3 == 0 && month.iso != "2026-12" { meet(.generalMeeting) }
            if month.month == 12 && month.year != 2026 { meet(.lifeMeeting) }
            for member in regulars where member.joinedDate!.yearMonth <= month {
                dues.append(DuesPayment(memberId: member.id, month: month, amountFen: 100))
            }
            if eAttends { dues.append(DuesPayment(memberId: e.id, month: month, amountFen: 50)) }
            month = month.adding(months: 1)
        }
        talk = TalkCase(memberId: e.id, openedOn: CalendarDate("2026-01-10")!, origin: .analysis, reason: "长期不参加组织生活",
                        entries: [TalkEntry(stage: .branchTalk, date: CalendarDate("2026-01-20")!, heldBy: "甲",
                                            points: BranchTalkPoint.allCases, outcome: .notYet,
                                            deadline: CalendarDate("2026-04-10"), followUp: CalendarDate("2026-02-05"))])
        openTask = LiaisonTask(title: "党建信息报送", source: "机关党委〔2026〕3号", kind: .report, due: CalendarDate("2026-02-03")!,
                               concerns: [e.id])
        let doneTask = LiaisonTask(title: "已完成的任务", kind: .remind, due: CalendarDate("2026-01-15")!, status: .done)
        let template = FiveOnesTemplate(name: "五个一工程", period: .quarter,
                                        items: ["上好一堂党课", "组织一次思想分析", "做好一场专题讲座", "开展一次谈心交流", "开展一次主题学习实践活动"])
        let adoption = FiveOnesAdoption(templateId: template.id, period: .year(2026))
        var logs: [FiveOnesLog] = []
        for quarter in 1...3 {
            for item in 0..<5 where !(quarter == 1 && item == 2) {
                let date = CalendarDate(year: 2026, month: quarter * 3 - 1, day: 10)!
                logs.append(FiveOnesLog(templateId: template.id, itemIndex: item, period: .quarter(2026, quarter), date: date))
            }
        }
        let commitments = [
            Commitment(memberId: a.id, year: 2026, pledges: [Pledge(category: "勤政", text: "按时办结")]),
            Commitment(memberId: d.id, year: 2026, review: CommitmentReview(selfAssessment: "完成", grade: .qualified)),
            Commitment(memberId: a.id, year: 2027),
        ]
        let rules = [
            CadenceRule(kind: .generalMeeting, period: .quarter, source: "第十一条"),
            CadenceRule(kind: .committeeMeeting, period: .month, source: "第十二条"),
            CadenceRule(kind: .groupMeeting, period: .month, perGroup: true, source: "第十三条"),
            CadenceRule(kind: .lifeMeeting, period: .year, source: "第十七条"),
        ]
        ledger = Ledger(profile: BranchProfile(name: "法规处党支部", groups: [group], termStart: CalendarDate("2024-03-31")),
                        members: [a, b, c, d, e], meetings: meetings, cadenceRules: rules,
                        fiveOnesTemplates: [template], fiveOnesAdoptions: [adoption], fiveOnesLogs: logs,
                        talkCases: [talk], tasks: [openTask, doneTask], commitments: commitments, dues: dues)
    }
}
