import Foundation
import XCTest
@testable import Model

/// `ReminderEngine`: severity, windows and the rules' edge cases, on small ledgers.
final class ReminderEngineTests: XCTestCase {
    private let today = CalendarDate("2026-03-31")!

    private func reminders(_ ledger: Ledger, rules: [CadenceRule] = [], days: Int = 7, talks: Bool = true,
                           today: CalendarDate? = nil) -> [Reminder] {
        ReminderEngine.reminders(ledger: ledger, rules: rules, today: today ?? self.today, horizonDays: days, includeTalks: talks)
    }

    func testSeverity_OverdueBeforeToday_DueThroughSevenDays_UpcomingAfter() {
        XCTAssertEqual(ReminderSeverity.of(due: today.adding(days: -1), today: today), .overdue)
        XCTAssertEqual(ReminderSeverity.of(due: today, today: today), .due)
        XCTAssertEqual(ReminderSeverity.of(due: today.adding(days: 7), today: today), .due)
        XCTAssertEqual(ReminderSeverity.of(due: today.adding(days: 8), today: today), .upcoming)
    }

    func testRuleRawValues_AreTheJSONSpelling() {
        XCTAssertEqual(ReminderRule.allCases.map(\.rawValue), [
            "cadence", "probation-end", "activist-assessment", "candidate-eligible", "inactivity", "dues-arrears",
            "term-end", "talk-deadline", "talk-follow-up", "five-ones", "task-due", "political-birthday", "commitment-review",
        ])
    }

    func testTasks_OpenOnlyOverdueKeptFutureWithinHorizon() {
        let tasks = [
            LiaisonTask(title: "逾期", kind: .report, due: CalendarDate("2025-06-01")!),
            LiaisonTask(title: "本周", kind: .remind, due: CalendarDate("2026-04-07")!, status: .reminded),
            LiaisonTask(title: "下周之后", kind: .inspect, due: CalendarDate("2026-04-08")!),
            LiaisonTask(title: "已报送", kind: .report, due: CalendarDate("2026-03-01")!, status: .reported),
        ]
        let found = reminders(Ledger(profile: BranchProfile(name: "支部"), tasks: tasks))
        XCTAssertEqual(found.map(\.title), ["联络任务（报送）：逾期", "联络任务（提醒）：本周"])
        XCTAssertEqual(found.map(\.severity), [.overdue, .due])
        XCTAssertEqual(found.map(\.rule), [.taskDue, .taskDue])
    }

    func testTalks_OnlyWhenIncluded() {
        let member = Member(name: "张三")
        let talk = TalkCase(memberId: member.id, openedOn: CalendarDate("2026-01-01")!, origin: .complaint, reason: "",
                            entries: [TalkEntry(stage: .counseling, date: CalendarDate("2026-01-05")!, heldBy: "书记",
                                                outcome: .notYet, followUp: CalendarDate("2026-04-01"))])
        let ledger = Ledger(profile: BranchProfile(name: "支部"), members: [member], talkCases: [talk])
        XCTAssertEqual(reminders(ledger).map(\.rule), [.talkFollowUp])
        XCTAssertEqual(reminders(ledger).first?.memberName, "张三")
        XCTAssertEqual(reminders(ledger, talks: false), [])
    }

    func testInactivity_WarnsFromThirdMonth_EscalatesAtFifth() {
        let member = Member(name: "李四", status: .full, joinedDate: CalendarDate("2010-01-01"))
        func ledger(lastPresent: String) -> Ledger {
            let meetings = [
                Meeting(kind: .themeDay, date: CalendarDate("2025-01-15")!, topic: "起点"),
                Meeting(kind: .themeDay, date: CalendarDate(lastPresent)!, topic: "最后一次",
                        attendance: [Attendance(memberId: member.id, presence: .present)]),
            ]
            return Ledger(profile: BranchProfile(name: "支部"), members: [member], meetings: meetings)
        }
        // Last present in January: Feb, Mar = 2 months by 2026-03-31.
        XCTAssertEqual(reminders(ledger(lastPresent: "2026-01-20")).filter { $0.rule == .inactivity }, [])
        // Last present in December: Jan, Feb, Mar = 3 → warn, due at the end of June.
        let third = reminders(ledger(lastPresent: "2025-12-20")).filter { $0.rule == .inactivity }
        XCTAssertEqual(third.map(\.due), [CalendarDate("2026-06-30")!])
        XCTAssertEqual(third.map(\.severity), [.upcoming])
        // Last present in October: Nov … Mar = 5 → escalated to due although June is far.
        let fifth = reminders(ledger(lastPresent: "2025-10-20")).filter { $0.rule == .inactivity }
        XCTAssertEqual(fifth.map(\.due), [CalendarDate("2026-04-30")!])
        XCTAssertEqual(fifth.map(\.severity), [.due])
        XCTAssertTrue(fifth[0].title.contains("请尽快谈话提醒"), fifth[0].title)
    }

    func testInactivity_FloatingMembersCountOnlyDues() {
        var member = Member(name: "王五", status: .full, joinedDate: CalendarDate("2010-01-01"))
        member.floating = FloatingInfo(category: "挂职", place: "新疆", since: CalendarDate("2025-01-01")!)
        let meetings = [Meeting(kind: .themeDay, date: CalendarDate("2025-01-15")!, topic: "起点")]
        let ledger = Ledger(profile: BranchProfile(name: "支部"), members: [member], meetings: meetings)
        XCTAssertEqual(reminders(ledger).filter { $0.rule == .inactivity }, [])
    }

    func testCadence_NoRecordsYet_OnlyTheRunningPeriods() {
        let rules = [CadenceRule(kind: .committeeMeeting, period: .month, source: ""),
                     CadenceRule(kind: .lifeMeeting, period: .year, source: "")]
        let found = reminders(Ledger(profile: BranchProfile(name: "支部")), rules: rules)
        XCTAssertEqual(found.map(\.key), ["cadence/committee-meeting/branch/2026-03"])
        XCTAssertEqual(found.first?.title, "2026年3月支委会尚未召开，须在 3 月 31 日前召开")
    }

    func testPoliticalBirthday_NotInThePast_NotBeyondAWeek() {
        let past = Member(name: "昨天", status: .full, joinedDate: CalendarDate("2000-03-30"))
        let week = Member(name: "一周", status: .full, joinedDate: CalendarDate("2000-04-07"))
        let later = Member(name: "八天", status: .full, joinedDate: CalendarDate("2000-04-08"))
        let gone = Member(name: "已转出", status: .transferredOut, joinedDate: CalendarDate("2000-04-01"))
        let found = reminders(Ledger(profile: BranchProfile(name: "支部"), members: [past, week, later, gone]), days: 30)
        XCTAssertEqual(found.map(\.memberName), ["一周"])
    }

    func testSorted_ByDueThenRuleOrder() {
        let day = CalendarDate("2026-04-02")!
        let member = Member(name: "赵六", status: .full, joinedDate: CalendarDate("2001-04-02"))
        let ledger = Ledger(profile: BranchProfile(name: "支部"), members: [member],
                            tasks: [LiaisonTask(title: "同一天", kind: .report, due: day),
                                    LiaisonTask(title: "更早", kind: .report, due: CalendarDate("2026-04-01")!)])
        XCTAssertEqual(reminders(ledger).map(\.rule), [.taskDue, .taskDue, .politicalBirthday])
        XCTAssertEqual(reminders(ledger).map(\.due), [CalendarDate("2026-04-01")!, day, day])
    }

    func testYears_CoverLookbackAndHorizon() {
        XCTAssertEqual(ReminderEngine.years(today: CalendarDate("2026-12-04")!, horizonDays: 7), 2025...2026)
        XCTAssertEqual(ReminderEngine.years(today: CalendarDate("2026-12-30")!, horizonDays: 7), 2025...2027)
        XCTAssertEqual(ReminderEngine.years(today: CalendarDate("2026-03-31")!, horizonDays: 7), 2025...2026)
    }
}
