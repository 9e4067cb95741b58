import Foundation
import XCTest
import Model

final class MeetingValidationTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private let group = PartyGroup(name: "第一党小组")
    private let alice = Member(name: "欧阳修", status: .full, joinedDate: CalendarDate("2004-06-25"))
    private let bob = Member(name: "上官婉清", status: .full, joinedDate: CalendarDate("2014-11-20"))

    private var ledger: Ledger {
        Ledger(profile: BranchProfile(name: "省地方税务局法规处党支部", groups: [group]), members: [alice, bob])
    }

    private func meeting(_ kind: MeetingKind = .committeeMeeting, date: String = "2026-11-10",
                         topic: String = "研究年度组织生活会准备工作") -> Meeting {
        Meeting(kind: kind, date: CalendarDate(date)!, startTime: ClockTime("08:30"), endTime: ClockTime("09:30"),
                place: "法规处会议室", host: "王建国", recorder: "陈静", topic: topic,
                attendance: [Attendance(memberId: alice.id, presence: .present), Attendance(memberId: bob.id, presence: .present)])
    }

    private func messages(_ m: Meeting) -> [String] { m.validate(in: ledger, today: today).map(\.message) }

    func testValidMeeting_HasNoErrors() {
        XCTAssertEqual(messages(meeting()), [])
    }

    func testHeldMeetingInTheFuture_MustBeSavedAsPlanned() {
        let future = meeting(date: "2026-12-18")
        let errors = future.validate(in: ledger, today: today)
        XCTAssertEqual(errors.map(\.field), ["date"])
        XCTAssertTrue(errors[0].message.contains("不能标为已召开"), errors[0].message)
        XCTAssertTrue(errors[0].message.contains("2026-12-18"), errors[0].message)
        var planned = future
        planned.state = .planned
        XCTAssertEqual(messages(planned), [])
        XCTAssertEqual(messages(meeting(date: "2026-12-04")), [], "a meeting held today is fine")
    }

    func testEndTimeBeforeStart_IsAnError() {
        var m = meeting()
        m.startTime = ClockTime("14:30")
        m.endTime = ClockTime("14：00")
        let errors = m.validate(in: ledger, today: today)
        XCTAssertEqual(errors.map(\.field), ["endTime"])
        XCTAssertTrue(errors[0].message.contains("应晚于开始时间 14:30"), errors[0].message)
        m.endTime = ClockTime("14:30")
        XCTAssertEqual(m.validate(in: ledger, today: today).map(\.field), ["endTime"], "equal times are not a meeting")
    }

    func testGroupMeeting_NeedsAnExistingGroup() {
        var m = meeting(.groupMeeting)
        XCTAssertTrue(messages(m).contains("党小组会须选择党小组。"))
        m.groupId = UUID()
        XCTAssertTrue(messages(m).contains { $0.contains("所选党小组不存在") })
        m.groupId = group.id
        XCTAssertEqual(messages(m), [])
    }

    func testExcusedAttendee_MustGiveAReason() {
        var m = meeting()
        m.attendance[1] = Attendance(memberId: bob.id, presence: .excused, reason: "  ")
        let errors = m.validate(in: ledger, today: today)
        XCTAssertEqual(errors.map(\.field), ["attendance"])
        XCTAssertTrue(errors[0].message.contains("上官婉清请假须写明事由"), errors[0].message)
        m.attendance[1].reason = "出差"
        XCTAssertEqual(messages(m), [])
    }

    func testAttendeeWhoIsNotAMember_IsAnErrorSuggestingObservers() {
        var m = meeting()
        m.attendance.append(Attendance(memberId: UUID(), presence: .present))
        let errors = messages(m)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].contains("不属于本支部"), errors[0])
        XCTAssertTrue(errors[0].contains("列席"), errors[0])
    }

    func testDuplicateAttendee_IsAnError() {
        var m = meeting()
        m.attendance.append(Attendance(memberId: alice.id, presence: .present))
        XCTAssertTrue(messages(m).contains { $0.contains("欧阳修在出席名单中出现了两次") })
    }

    func testTopic_MustBeOneLineWithoutControlCharacters() {
        for bad in ["研究\n工作", "研究\t工作", "研究\u{7}工作", "研究\r工作"] {
            let errors = meeting(topic: bad).validate(in: ledger, today: today)
            XCTAssertEqual(errors.map(\.field), ["topic"], bad.debugDescription)
            XCTAssertTrue(errors.first?.message.contains("只能是一行文字") ?? false)
        }
        XCTAssertEqual(meeting(topic: "   ").validate(in: ledger, today: today).first?.message, "议题不能为空，请填写。")
        XCTAssertTrue(messages(meeting(topic: String(repeating: "议", count: 201))).contains { $0.contains("过长") })
    }

    func testMinutes_AllowLineBreaksButNotOtherControlCharacters() {
        var m = meeting()
        m.minutes = "王建国传达文件精神。\n陈静汇报台账情况。\n\t与会同志讨论。"
        XCTAssertEqual(messages(m), [])
        m.minutes = "记录\u{1B}[31m"
        XCTAssertEqual(m.validate(in: ledger, today: today).map(\.field), ["minutes"])
    }

    func testPartyLecture_HeldNeedsALecturer() {
        var m = meeting(.partyLecture)
        XCTAssertTrue(messages(m).contains("党课须填写授课人。"))
        m.state = .planned
        XCTAssertEqual(messages(m), [], "a planned lecture may not know its lecturer yet")
        m.state = .held
        m.lecturer = "王建国"
        XCTAssertEqual(messages(m), [])
    }

    func testVotes_OnlyAtGeneralMeetings() {
        var m = meeting()
        m.votes = [Vote(motion: "议题", votesFor: 2, passed: true)]
        XCTAssertTrue(messages(m).contains("只有支部党员大会记录表决结果。"))
    }

    func testAttendanceCounts_AreDerivedFromTheList() {
        var m = meeting()
        m.attendance = [Attendance(memberId: alice.id, presence: .present),
                        Attendance(memberId: bob.id, presence: .absent)]
        XCTAssertEqual([m.expectedCount, m.presentCount, m.excusedCount, m.absentCount], [2, 1, 0, 1])
    }
}
