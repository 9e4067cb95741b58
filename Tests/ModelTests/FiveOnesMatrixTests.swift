import Foundation
import XCTest
import Model

/// The completion matrix (issue #5): statuses around period ends with today as a parameter,
/// per-household rows with the paired member, partly done summaries, and due-soon items.
final class FiveOnesMatrixTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private let secretary = Member(name: "欧阳修")
    private let youth = Member(name: "上官婉清")
    /// 南京新生圩海关 五个一工程, quarterly (DOMAIN.md §5).
    private let quarterly = FiveOnesTemplate(name: "五个一工程", period: .quarter,
                                             items: ["上好一堂党课", "组织一次思想分析", "做好一场专题讲座", "开展一次谈心交流", "开展一次主题学习实践活动"])
    private lazy var year2026 = FiveOnesAdoption(templateId: quarterly.id, period: .year(2026))

    private func log(_ item: Int, _ day: String, meeting: UUID? = nil, household: UUID? = nil,
                     template: FiveOnesTemplate? = nil, period: Period? = nil) -> FiveOnesLog {
        let t = template ?? quarterly
        return FiveOnesLog(templateId: t.id, itemIndex: item,
                           period: period ?? Period(containing: date(day), kind: t.period) ?? .year(2026),
                           date: date(day), meetingId: meeting, householdId: household)
    }

    private func matrix(_ logs: [FiveOnesLog], meetings: [Meeting] = [], today: String) -> FiveOnesMatrix {
        FiveOnesMatrix.build(template: quarterly, adoption: year2026, logs: logs, meetings: meetings, today: date(today))
    }

    // MARK: - Statuses

    func testRowsAreItems_ColumnsAreTheQuartersOfTheSpan() {
        let m = matrix([], today: "2026-05-01")
        XCTAssertEqual(m.rows.map(\.label), ["1 上好一堂党课", "2 组织一次思想分析", "3 做好一场专题讲座", "4 开展一次谈心交流", "5 开展一次主题学习实践活动"])
        XCTAssertEqual(m.periods.map(\.code), ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        XCTAssertEqual(m.rows[0].cells.map(\.status.code), ["outstanding", "outstanding", "not-yet-due", "not-yet-due"])
    }

    func testDone_CarriesDatesLogIdsAndMeetingIds() {
        let meeting = UUID()
        let first = log(0, "2026-03-26", meeting: meeting)
        let m = matrix([first], today: "2026-05-01")
        XCTAssertEqual(m.rows[0].cells[0].status, .done(dates: [date("2026-03-26")], logIds: [first.id], meetingIds: [meeting]))
        XCTAssertEqual(m.rows[1].cells[0].status, .outstanding)
    }

    func testOnTheLastDayOfTheQuarter_OutstandingWithZeroDaysLeft_NextDayOverdue() {
        let lastDay = matrix([], today: "2026-12-31").rows[2].cells[3]
        XCTAssertEqual(lastDay.status, .outstanding)
        XCTAssertEqual(lastDay.daysLeft, 0)
        XCTAssertFalse(lastDay.isOverdue)
        let after = FiveOnesMatrix.build(template: quarterly, adoption: year2026, logs: [], meetings: [], today: date("2027-01-01"))
            .rows[2].cells[3]
        XCTAssertEqual(after.status, .outstanding)
        XCTAssertNil(after.daysLeft)
        XCTAssertTrue(after.isOverdue)
    }

    func testTheDayBeforeAQuarterStarts_ItIsNotYetDue() {
        let m = matrix([], today: "2026-09-30")
        XCTAssertEqual(m.rows[0].cells[3].status, .notYetDue)
        XCTAssertEqual(m.rows[0].cells[2].daysLeft, 0)
        XCTAssertEqual(matrix([], today: "2026-10-01").rows[0].cells[3].status, .outstanding)
        XCTAssertEqual(matrix([], today: "2026-10-01").rows[0].cells[3].daysLeft, 91)
    }

    func testALogCountsForItsPeriod_NotTheNextOne() {
        let m = matrix([log(1, "2026-03-31"), log(1, "2026-04-01")], today: "2026-12-04")
        XCTAssertEqual(m.rows[1].cells[0].status.dates, [date("2026-03-31")])
        XCTAssertEqual(m.rows[1].cells[1].status.dates, [date("2026-04-01")])
    }

    func testOtherTemplatesLogsAreIgnored() {
        let other = FiveOnesTemplate(name: "别的", period: .quarter, items: ["甲"])
        let m = matrix([log(0, "2026-02-02", template: other)], today: "2026-12-04")
        XCTAssertEqual(m.rows[0].cells[0].status, .outstanding)
    }

    func testTwoDeedsInOneQuarter_BothListedByDate() {
        let later = log(2, "2026-11-20"), earlier = log(2, "2026-10-08")
        let cell = matrix([later, earlier], today: "2026-12-04").rows[2].cells[3]
        XCTAssertEqual(cell.status.dates, [date("2026-10-08"), date("2026-11-20")])
        XCTAssertEqual(cell.status.logIds, [earlier.id, later.id])
    }

    func testRestricted_KeepsTheColumnsOverlappingTheAskedPeriod() {
        let m = matrix([log(0, "2026-11-12")], today: "2026-12-04")
        XCTAssertEqual(m.restricted(to: .quarter(2026, 4)).periods, [.quarter(2026, 4)])
        XCTAssertEqual(m.restricted(to: .quarter(2026, 4)).rows[0].cells.map(\.status.code), ["done"])
        XCTAssertEqual(m.restricted(to: .halfYear(2026, 2)).periods, [.quarter(2026, 3), .quarter(2026, 4)])
        XCTAssertEqual(m.restricted(to: .month(2026, 5)).periods, [.quarter(2026, 2)])
        XCTAssertEqual(m.restricted(to: .year(2027)).periods, [])
    }

    func testPeriodSummary_PartlyDoneWhileSomeItemsAreOpen() {
        let logs = (0..<5).map { log($0, "2026-02-0\($0 + 1)") } + [log(0, "2026-11-12"), log(4, "2026-10-22")]
        let summary = matrix(logs, today: "2026-12-04").periodSummary
        XCTAssertTrue(summary[0].status.isDone)
        XCTAssertEqual(summary[1].status, .outstanding)
        guard case .partlyDone(let done, let of, _, _, _) = summary[3].status else { return XCTFail("\(summary[3].status)") }
        XCTAssertEqual([done, of], [2, 5])
    }

    // MARK: - Linking shown in the matrix

    func testLinkedLog_ShowsItsMeeting_AndABrokenLinkIsMarked() {
        let lecture = Meeting(kind: .partyLecture, date: date("2026-11-12"), lecturer: "欧阳修", topic: "弘扬雨花英烈精神")
        let linked = log(0, "2026-11-12", meeting: lecture.id)
        let broken = log(1, "2026-11-10", meeting: UUID())
        let m = matrix([linked, broken], meetings: [lecture], today: "2026-12-04")
        let entry = m.rows[0].cells[3].entries[0]
        XCTAssertEqual(entry.meeting?.topic, "弘扬雨花英烈精神")
        XCTAssertFalse(entry.isLinkBroken)
        XCTAssertTrue(m.rows[1].cells[3].entries[0].isLinkBroken)
        XCTAssertEqual(m.rows[1].cells[3].brokenMeetingIds, [broken.meetingId!])
        XCTAssertTrue(m.rows[1].cells[3].status.isDone, "the deed still counts; the screen says the link is broken")
    }

    // MARK: - Per household (盐城 牵手致富)

    func testPerHousehold_RowsAreHouseholdsTimesItems_WithThePairedMember() {
        let pairing = FiveOnesTemplate(name: "牵手致富“五个一”", period: .pairing, items: ["理清一条致富思路", "新上一个致富项目", "帮助解决一件实事"])
        let zhang = Household(name: "张家庄张某户", pairedMemberId: secretary.id)
        let li = Household(name: "李家湾李某户", pairedMemberId: youth.id)
        let adoption = FiveOnesAdoption(templateId: pairing.id, period: .year(2026), households: [zhang, li])
        let logs = [log(0, "2026-03-01", household: zhang.id, template: pairing, period: .year(2026)),
                    log(0, "2026-04-01", household: li.id, template: pairing, period: .year(2026)),
                    log(1, "2026-05-01", household: li.id, template: pairing, period: .year(2026))]
        let m = FiveOnesMatrix.build(template: pairing, adoption: adoption, logs: logs, meetings: [],
                                     members: [secretary, youth], today: date("2026-12-04"))
        XCTAssertTrue(m.isPerHousehold)
        XCTAssertEqual(m.periods, [.year(2026)])
        XCTAssertEqual(m.rows.count, 6)
        XCTAssertEqual(m.rows(for: zhang).map(\.pairedMemberName), ["欧阳修", "欧阳修", "欧阳修"])
        XCTAssertEqual(m.rows(for: zhang).map { $0.cells[0].status.code }, ["done", "outstanding", "outstanding"])
        XCTAssertEqual(m.rows(for: li).map { $0.cells[0].status.code }, ["done", "done", "outstanding"])
        XCTAssertEqual(m.cell(item: 1, period: .year(2026), household: li)?.status.dates, [date("2026-05-01")])

        let summary = m.summaryRows
        XCTAssertEqual(summary.map { $0.cells[0].status.code }, ["done", "partly-done", "outstanding"])
        guard case .partlyDone(let done, let of, let dates, _, _) = summary[1].cells[0].status else { return XCTFail() }
        XCTAssertEqual([done, of], [1, 2])
        XCTAssertEqual(dates, [date("2026-05-01")])
        XCTAssertEqual(summary[0].cells[0].status.dates, [date("2026-03-01"), date("2026-04-01")])

        let due = m.dueSoon(within: 30)
        XCTAssertEqual(due.map(\.household?.name), ["张家庄张某户", "李家湾李某户"])
        XCTAssertEqual(due.map(\.itemIndices), [[1, 2], [2]])
        XCTAssertEqual(due[0].daysLeft, 27)
    }

    func testPerHousehold_ALogOfAnotherHouseholdDoesNotFillTheCell() {
        let pairing = FiveOnesTemplate(name: "牵手致富", period: .pairing, items: ["理清一条致富思路"])
        let zhang = Household(name: "张家", pairedMemberId: secretary.id)
        let adoption = FiveOnesAdoption(templateId: pairing.id, period: .year(2026), households: [zhang])
        let m = FiveOnesMatrix.build(template: pairing, adoption: adoption,
                                     logs: [log(0, "2026-03-01", household: UUID(), template: pairing, period: .year(2026))],
                                     meetings: [], today: date("2026-06-01"))
        XCTAssertEqual(m.rows[0].cells[0].status, .outstanding)
        XCTAssertEqual(m.rows[0].household, zhang)
        XCTAssertNil(m.rows[0].pairedMemberName, "no members given: left unnamed")
    }

    // MARK: - Due soon (工作台)

    func testDueSoon_OutstandingItemsWithinThirtyDaysOfTheQuarterEnd() {
        let logs = [log(0, "2026-11-12"), log(4, "2026-10-22")]
        XCTAssertEqual(matrix(logs, today: "2026-11-30").dueSoon(), [], "31 days left: not yet")
        let due = matrix(logs, today: "2026-12-01").dueSoon()
        XCTAssertEqual(due.count, 1)
        XCTAssertEqual(due[0].period, .quarter(2026, 4))
        XCTAssertEqual(due[0].itemIndices, [1, 2, 3])
        XCTAssertEqual(due[0].daysLeft, 30)
        XCTAssertEqual(due[0].summary, "“五个一工程”2026年第四季度还有 30 天，尚有 3 项未开展：组织一次思想分析、做好一场专题讲座、开展一次谈心交流")
        XCTAssertEqual(matrix(logs, today: "2026-12-31").dueSoon()[0].summary.contains("今天截止"), true)
        XCTAssertEqual(matrix(logs, today: "2027-01-01").dueSoon(), [], "a past quarter is a gap in the matrix, not a due item")
    }

    func testDueSoon_InLedger_SkipsMemberLevelPledgesAndSortsSoonestFirst() {
        let monthly = FiveOnesTemplate(name: "月度", period: .month, items: ["甲"])
        let pledges = FiveOnesTemplate(name: "在职党员进社区“四个一”", period: .year, level: .member, items: ["当好一名信息员"])
        let ledger = Ledger(profile: BranchProfile(name: "测试支部"), members: [secretary],
                            fiveOnesTemplates: [quarterly, monthly, pledges],
                            fiveOnesAdoptions: [year2026, FiveOnesAdoption(templateId: monthly.id, period: .year(2026)),
                                                FiveOnesAdoption(templateId: pledges.id, period: .year(2026))])
        let due = FiveOnesMatrix.dueSoon(in: ledger, today: date("2026-12-20"))
        XCTAssertEqual(due.map(\.template.name), ["五个一工程", "月度"])
        XCTAssertEqual(FiveOnesMatrix.all(in: ledger, today: date("2026-12-20")).count, 3)
        let dueNov = FiveOnesMatrix.dueSoon(in: ledger, today: date("2026-11-25"), within: 40)
        XCTAssertEqual(dueNov.map(\.template.name), ["月度", "五个一工程"], "November ends before the quarter")
    }
}
