import Foundation
import XCTest
import Model

/// The cadence grid (issue #3, DOMAIN.md §2): held, due, overdue and not yet due, per group,
/// planned versus held, and today on every kind of period boundary.
final class CadenceTests: XCTestCase {
    private let group1 = PartyGroup(name: "第一党小组")
    private let group2 = PartyGroup(name: "第二党小组")

    private let committee = CadenceRule(kind: .committeeMeeting, period: .month, source: "支部工作条例 第十二条")
    private let general = CadenceRule(kind: .generalMeeting, period: .quarter, source: "支部工作条例 第十一条")
    private let groupMeeting = CadenceRule(kind: .groupMeeting, period: .month, perGroup: true, source: "支部工作条例 第十三条")
    private let lifeMeeting = CadenceRule(kind: .lifeMeeting, period: .year, source: "教育管理条例 第十七条")

    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func ledger(_ meetings: [Meeting], groups: [PartyGroup]? = nil) -> Ledger {
        Ledger(profile: BranchProfile(name: "测试支部", groups: groups ?? [group1, group2]), meetings: meetings)
    }

    private func meeting(_ kind: MeetingKind, _ day: String, group: PartyGroup? = nil, planned: Bool = false) -> Meeting {
        Meeting(kind: kind, state: planned ? .planned : .held, date: date(day), groupId: group?.id, topic: "议题")
    }

    private func row(_ rule: CadenceRule, _ meetings: [Meeting], year: Int = 2026, today: String) -> CadenceRow {
        CadenceGrid.rows(for: year, ledger: ledger(meetings), rules: [rule], today: date(today))[0]
    }

    private func statuses(_ row: CadenceRow) -> [String] { row.cells.map(\.status.code) }

    // MARK: - Monthly, quarterly, yearly

    func testMonthly_HeldOverdueDueAndNotYetDue() {
        let jan = meeting(.committeeMeeting, "2026-01-08"), feb = meeting(.committeeMeeting, "2026-02-27")
        let row = row(committee, [jan, feb], today: "2026-04-10")
        XCTAssertEqual(row.label, "支委会")
        XCTAssertNil(row.group)
        XCTAssertEqual(row.cells.map(\.period), Period.all(.month, in: 2026))
        XCTAssertEqual(statuses(row), ["held", "held", "overdue", "due"] + Array(repeating: "not-yet-due", count: 8))
        XCTAssertEqual(row.cells[0].status, .held(count: 1, meetingIds: [jan.id]))
        XCTAssertEqual(row.cells[3].status, .due(daysLeft: 20))
    }

    func testQuarterly_OneGeneralMeetingFillsTheQuarter() {
        let q1 = meeting(.generalMeeting, "2026-03-17")
        let row = row(general, [q1], today: "2026-08-01")
        XCTAssertEqual(row.cells.map(\.period.code), ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        XCTAssertEqual(statuses(row), ["held", "overdue", "due", "not-yet-due"])
        XCTAssertEqual(row.cells[2].status, .due(daysLeft: 60))
    }

    func testYearly_DueAllYearUntilHeld() {
        XCTAssertEqual(statuses(row(lifeMeeting, [], today: "2026-02-01")), ["due"])
        let held = meeting(.lifeMeeting, "2026-12-18")
        XCTAssertEqual(row(lifeMeeting, [held], today: "2026-12-20").cells[0].status, .held(count: 1, meetingIds: [held.id]))
    }

    func testOnlyMeetingsOfTheRulesKindAndYearCount() {
        let others = [meeting(.themeDay, "2026-03-05"), meeting(.committeeMeeting, "2025-03-05"),
                      meeting(.partyLecture, "2026-03-26")]
        XCTAssertEqual(row(committee, others, today: "2026-04-01").cells[2].status, .overdue)
    }

    func testAPastYearHasNoDueCellsAndAFutureYearNothingOverdue() {
        XCTAssertEqual(Set(statuses(row(general, [], year: 2025, today: "2026-04-01"))), ["overdue"])
        XCTAssertEqual(Set(statuses(row(general, [], year: 2027, today: "2026-04-01"))), ["not-yet-due"])
    }

    func testSeveralMeetingsInAPeriodAreAllListed() {
        let a = meeting(.committeeMeeting, "2026-03-02"), b = meeting(.committeeMeeting, "2026-03-30")
        let cell = row(committee, [b, a], today: "2026-04-01").cells[2]
        XCTAssertEqual(cell.status, .held(count: 2, meetingIds: [a.id, b.id]), "in date order")
        XCTAssertEqual(cell.held, [a.id, b.id])
    }

    func testMinimumAboveOne_TooFewIsAGapThatStillListsWhatWasHeld() {
        let twice = CadenceRule(kind: .committeeMeeting, period: .month, minimum: 2, source: "支部自定")
        let one = meeting(.committeeMeeting, "2026-03-02")
        let r = row(twice, [one], today: "2026-04-10")
        XCTAssertEqual(r.cells[2].status, .overdue)
        XCTAssertEqual(r.cells[2].held, [one.id])
        let summary = CadenceGrid.summary(of: [r], ledger: ledger([one]), today: date("2026-04-10"))
        XCTAssertTrue(summary.contains("3 月支委会只召开了 1 次（每月至少 2 次）"), "\(summary)")
    }

    func testMinimumZeroIsTreatedAsOne() {
        let lax = CadenceRule(kind: .committeeMeeting, period: .month, minimum: 0, source: "")
        XCTAssertEqual(row(lax, [], today: "2026-04-10").cells[0].status, .overdue, "an empty period is never held")
    }

    // MARK: - Per group

    func testPerGroup_OneRowPerGroupCountingOnlyThatGroupsMeetings() {
        let first = meeting(.groupMeeting, "2026-01-21", group: group1)
        let rows = CadenceGrid.rows(for: 2026, ledger: ledger([first]), rules: [committee, groupMeeting], today: date("2026-02-10"))
        XCTAssertEqual(rows.map(\.label), ["支委会", "小组会·第一党小组", "小组会·第二党小组"])
        XCTAssertEqual(rows.map(\.group?.id), [nil, group1.id, group2.id])
        XCTAssertEqual(rows[1].cells[0].status, .held(count: 1, meetingIds: [first.id]))
        XCTAssertEqual(rows[2].cells[0].status, .overdue)
        XCTAssertEqual(rows[0].cells[0].status, .overdue, "a group meeting does not fill the committee's month")
    }

    func testPerGroup_ABranchWithoutGroupsHasNoGroupMeetingRows() {
        let rows = CadenceGrid.rows(for: 2026, ledger: ledger([], groups: []), rules: [groupMeeting, committee], today: date("2026-02-10"))
        XCTAssertEqual(rows.map(\.label), ["支委会"])
    }

    // MARK: - Planned versus held

    func testPlanned_IsListedButDoesNotFillThePeriod() {
        let planned = meeting(.committeeMeeting, "2026-04-28", planned: true)
        let later = meeting(.committeeMeeting, "2026-06-09", planned: true)
        let r = row(committee, [planned, later], today: "2026-04-10")
        XCTAssertEqual(r.cells[3].status, .due(daysLeft: 20))
        XCTAssertEqual(r.cells[3].planned, [planned.id])
        XCTAssertEqual(r.cells[3].held, [])
        XCTAssertEqual(r.cells[5].status, .notYetDue)
        XCTAssertEqual(r.cells[5].planned, [later.id])
    }

    func testPlanned_WhosePeriodPassedIsStillAGap() {
        let planned = meeting(.committeeMeeting, "2026-03-20", planned: true)
        let cell = row(committee, [planned], today: "2026-04-10").cells[2]
        XCTAssertEqual(cell.status, .overdue)
        XCTAssertEqual(cell.planned, [planned.id])
    }

    func testALoggedMeetingFillsItsPeriodAtOnce() {
        var meetings = [meeting(.committeeMeeting, "2026-04-28", planned: true)]
        let today = date("2026-04-28")
        XCTAssertEqual(CadenceGrid.rows(for: 2026, ledger: ledger(meetings), rules: [committee], today: today)[0].cells[3].status,
                       .due(daysLeft: 2))
        meetings[0].state = .held
        XCTAssertEqual(CadenceGrid.rows(for: 2026, ledger: ledger(meetings), rules: [committee], today: today)[0].cells[3].status,
                       .held(count: 1, meetingIds: [meetings[0].id]))
    }

    // MARK: - Today on boundaries

    func testMonthAndQuarterEnd_LastDayIsStillDueWithNoDaysLeft() {
        XCTAssertEqual(row(committee, [], today: "2026-06-30").cells[5].status, .due(daysLeft: 0))
        XCTAssertEqual(row(general, [], today: "2026-06-30").cells[1].status, .due(daysLeft: 0))
    }

    func testMonthAndQuarterEnd_TheNextDayItIsAGap() {
        let monthly = row(committee, [], today: "2026-07-01")
        XCTAssertEqual(monthly.cells[5].status, .overdue)
        XCTAssertEqual(monthly.cells[6].status, .due(daysLeft: 30))
        let quarterly = row(general, [], today: "2026-07-01")
        XCTAssertEqual(statuses(quarterly), ["overdue", "overdue", "due", "not-yet-due"])
        XCTAssertEqual(quarterly.cells[2].status, .due(daysLeft: 91))
    }

    func testMonthStart_TheFirstDayIsDue() {
        XCTAssertEqual(row(committee, [], today: "2026-02-01").cells[1].status, .due(daysLeft: 27))
        XCTAssertEqual(row(committee, [], today: "2026-02-01").cells[2].status, .notYetDue)
    }

    func testYearEnd_DecemberThirtyFirstAndNewYearsDay() {
        XCTAssertEqual(row(lifeMeeting, [], today: "2026-12-31").cells[0].status, .due(daysLeft: 0))
        XCTAssertEqual(row(committee, [], today: "2026-12-31").cells[11].status, .due(daysLeft: 0))
        XCTAssertEqual(row(lifeMeeting, [], year: 2026, today: "2027-01-01").cells[0].status, .overdue)
        XCTAssertEqual(row(committee, [], year: 2026, today: "2027-01-01").cells[11].status, .overdue)
        XCTAssertEqual(row(lifeMeeting, [], year: 2027, today: "2027-01-01").cells[0].status, .due(daysLeft: 364))
    }

    func testLeapDay_2028_02_29() {
        let leap = meeting(.committeeMeeting, "2028-02-29")
        let today = "2028-02-29"
        XCTAssertEqual(row(committee, [], year: 2028, today: today).cells[1].status, .due(daysLeft: 0))
        XCTAssertEqual(row(committee, [leap], year: 2028, today: today).cells[1].status, .held(count: 1, meetingIds: [leap.id]))
        XCTAssertEqual(row(general, [], year: 2028, today: today).cells[0].status, .due(daysLeft: 31))
        XCTAssertEqual(row(lifeMeeting, [], year: 2028, today: today).cells[0].status, .due(daysLeft: 306))
        XCTAssertEqual(row(committee, [], year: 2028, today: "2028-03-01").cells[1].status, .overdue)
        XCTAssertEqual(row(committee, [], year: 2028, today: "2028-02-28").cells[1].status, .due(daysLeft: 1))
    }

    // MARK: - Summary for 工作台

    func testSummary_DueFirstByDaysLeftThenGapsPerRow() {
        let meetings = [
            meeting(.committeeMeeting, "2026-12-08", planned: true),
            meeting(.generalMeeting, "2026-11-24"),
            meeting(.groupMeeting, "2026-06-17", group: group1),
        ]
        let rows = CadenceGrid.rows(for: 2026, ledger: ledger(meetings), rules: [committee, general, lifeMeeting, groupMeeting],
                                    today: date("2026-12-05"))
        let summary = CadenceGrid.summary(of: rows, ledger: ledger(meetings), today: date("2026-12-05"))
        XCTAssertEqual(summary[0], "本月支委会尚未召开，已计划 12 月 8 日召开（还有 26 天）")
        XCTAssertEqual(summary[1], "今年组织生活会尚未召开（还有 26 天）")
        XCTAssertEqual(summary[2], "第一党小组本月小组会尚未召开（还有 26 天）")
        XCTAssertTrue(summary.contains("1 月、2 月、3 月、4 月、5 月、6 月、7 月、8 月、9 月、10 月、11 月支委会未召开"), "\(summary)")
        XCTAssertTrue(summary.contains("第一党小组 1 月、2 月、3 月、4 月、5 月、7 月、8 月、9 月、10 月、11 月小组会未召开"), "\(summary)")
        XCTAssertTrue(summary.contains("第一季度、第二季度、第三季度党员大会未召开"), "\(summary)")
        XCTAssertFalse(summary.contains { $0.contains("第四季度党员大会") }, "Q4 was held")
    }

    func testSummary_LastDayAndPartlyHeldWording() {
        let twice = CadenceRule(kind: .committeeMeeting, period: .month, minimum: 2, source: "")
        let one = meeting(.committeeMeeting, "2026-06-02")
        let summary = CadenceGrid.summary(for: 2026, ledger: ledger([one]), rules: [twice], today: date("2026-06-30"))
        XCTAssertEqual(summary.first, "本月支委会已召开 1 次，还需 1 次（今天是最后一天）")
    }

    func testSummary_APastYearNamesTheYear() {
        let summary = CadenceGrid.summary(for: 2025, ledger: ledger([]), rules: [general, lifeMeeting], today: date("2026-03-01"))
        XCTAssertEqual(summary, ["2025 年第一季度、第二季度、第三季度、第四季度党员大会未召开", "2025 年组织生活会未召开"])
        let groups = CadenceGrid.summary(for: 2025, ledger: ledger([]), rules: [groupMeeting], today: date("2026-03-01"))
        XCTAssertEqual(groups.first, "第一党小组 2025 年 1 月、2 月、3 月、4 月、5 月、6 月、7 月、8 月、9 月、10 月、11 月、12 月小组会未召开")
    }

    func testSummary_IsAReminderNeverAScore() {
        let rows = CadenceGrid.rows(for: 2026, ledger: ledger([]), rules: [committee, general, groupMeeting, lifeMeeting],
                                    today: date("2026-09-15"))
        let text = CadenceGrid.summary(of: rows, ledger: ledger([]), today: date("2026-09-15")).joined(separator: "\n")
        for word in ["%", "％", "排名", "名次", "得分", "分数", "完成率", "第1名"] {
            XCTAssertFalse(text.contains(word), word)
        }
    }

    func testStatusCodesAreTheJSONSpelling() {
        XCTAssertEqual(CadenceStatus.held(count: 1, meetingIds: []).code, "held")
        XCTAssertEqual(CadenceStatus.due(daysLeft: 3).code, "due")
        XCTAssertEqual(CadenceStatus.overdue.code, "overdue")
        XCTAssertEqual(CadenceStatus.notYetDue.code, "not-yet-due")
    }

    func testShippedRulesGiveOneRowPerRuleAndGroup() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/templates/cadence.json")
        struct Envelope: Decodable { var records: [CadenceRule] }
        let rules = try JSONDecoder().decode(Envelope.self, from: Data(contentsOf: url)).records
        let rows = CadenceGrid.rows(for: 2026, ledger: ledger([]), rules: rules, today: date("2026-05-01"))
        XCTAssertEqual(rows.map(\.label), ["党员大会", "支委会", "小组会·第一党小组", "小组会·第二党小组", "党课", "主题党日",
                                           "组织生活会", "民主评议", "谈心谈话"])
        XCTAssertEqual(rows.map(\.cells.count), [4, 12, 12, 12, 4, 12, 1, 1, 1])
    }
}
