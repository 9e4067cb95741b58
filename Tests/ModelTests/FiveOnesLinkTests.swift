import Foundation
import XCTest
import Model

/// Linking integrity (issue #5): a deed that was a meeting links it; deleting the meeting finds
/// its logs and either keeps them standalone or deletes them; nothing dangles silently.
final class FiveOnesLinkTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private let secretary = Member(name: "欧阳修")
    private let youth = Member(name: "上官婉清")
    private let absent = Member(name: "司马光")
    private let template = FiveOnesTemplate(name: "五个一工程", period: .quarter, items: ["上好一堂党课", "组织一次思想分析"])

    private var lecture: Meeting {
        Meeting(kind: .partyLecture, date: date("2026-11-12"), place: "机关三楼党员活动室", lecturer: "欧阳修",
                topic: "弘扬雨花英烈精神，坚定理想信念",
                attendance: [Attendance(memberId: secretary.id, presence: .present),
                             Attendance(memberId: youth.id, presence: .present),
                             Attendance(memberId: absent.id, presence: .absent)])
    }

    func testFromMeeting_CopiesDatePlacePresentAttendeesAndTopic() {
        let meeting = lecture
        let log = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        XCTAssertEqual(log.meetingId, meeting.id)
        XCTAssertEqual(log.date, date("2026-11-12"))
        XCTAssertEqual(log.place, "机关三楼党员活动室")
        XCTAssertEqual(log.participants, [secretary.id, youth.id], "present attendees only")
        XCTAssertEqual(log.note, "弘扬雨花英烈精神，坚定理想信念")
        XCTAssertEqual(log.period, .quarter(2026, 4))
        XCTAssertNil(log.householdId)
    }

    func testLinkedLog_ShowsTheMeetingInTheMatrix() {
        let meeting = lecture
        let log = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let adoption = FiveOnesAdoption(templateId: template.id, period: .year(2026))
        let m = FiveOnesMatrix.build(template: template, adoption: adoption, logs: [log], meetings: [meeting], today: date("2026-12-04"))
        let cell = m.cell(item: 0, period: .quarter(2026, 4))!
        XCTAssertEqual(cell.status.meetingIds, [meeting.id])
        XCTAssertEqual(cell.entries.first?.meeting?.id, meeting.id)
    }

    func testDeletingAMeeting_FindsItsLogs() {
        let meeting = lecture
        let linked = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let alsoLinked = FiveOnesLog.fromMeeting(meeting, templateId: UUID(), itemIndex: 3, period: .year(2026))
        let standalone = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-11-12"))
        let found = FiveOnesLink.logs(linkedTo: meeting.id, in: [standalone, alsoLinked, linked])
        XCTAssertEqual(Set(found.map(\.id)), [linked.id, alsoLinked.id])
        XCTAssertEqual(FiveOnesLink.logs(linkedTo: UUID(), in: [linked]), [])
    }

    func testConvertToStandalone_KeepsTheDateAndCopiesTheMeeting() {
        let meeting = lecture
        var log = FiveOnesLog(templateId: template.id, itemIndex: 0, period: .quarter(2026, 4), date: date("2026-11-12"),
                              meetingId: meeting.id)
        log.note = ""
        let kept = FiveOnesLink.standalone(log, from: meeting)
        XCTAssertNil(kept.meetingId)
        XCTAssertEqual(kept.id, log.id, "the same record, rewritten")
        XCTAssertEqual(kept.date, date("2026-11-12"))
        XCTAssertEqual(kept.period, .quarter(2026, 4))
        XCTAssertEqual(kept.place, "机关三楼党员活动室")
        XCTAssertEqual(kept.participants, [secretary.id, youth.id])
        XCTAssertEqual(kept.note, meeting.topic, "the topic fills an empty note")

        var noted = log
        noted.note = "书记讲党课"
        XCTAssertEqual(FiveOnesLink.standalone(noted, from: meeting).note, "书记讲党课", "a note of its own is kept")
    }

    func testConvertedLog_StillFillsItsCell() {
        let meeting = lecture
        let log = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let changes = FiveOnesLink.afterDeleting(meeting, logs: [log], choice: .keepAsStandalone)
        XCTAssertEqual(changes.delete, [])
        XCTAssertEqual(changes.save.map(\.id), [log.id])
        let adoption = FiveOnesAdoption(templateId: template.id, period: .year(2026))
        let m = FiveOnesMatrix.build(template: template, adoption: adoption, logs: changes.save, meetings: [], today: date("2026-12-04"))
        let cell = m.cell(item: 0, period: .quarter(2026, 4))!
        XCTAssertEqual(cell.status.dates, [date("2026-11-12")])
        XCTAssertEqual(cell.status.meetingIds, [])
        XCTAssertEqual(cell.brokenMeetingIds, [], "nothing dangles")
    }

    func testDeleteChoice_DeletesTheLinkedLogsOnly() {
        let meeting = lecture
        let log = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let other = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-10-10"))
        let changes = FiveOnesLink.afterDeleting(meeting, logs: [log, other], choice: .deleteLogs)
        XCTAssertEqual(changes.delete.map(\.id), [log.id])
        XCTAssertEqual(changes.save, [])
        XCTAssertTrue(FiveOnesLink.afterDeleting(meeting, logs: [other], choice: .deleteLogs).isEmpty)
    }

    func testDangling_FindsLogsWhoseMeetingIsGone_AndUnlinkKeepsTheirCopy() {
        let meeting = lecture
        let alive = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let orphan = FiveOnesLog.fromMeeting(lecture, templateId: template.id, itemIndex: 1, period: .quarter(2026, 4))
        let standalone = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-10-10"))
        let dangling = FiveOnesLink.dangling(logs: [alive, orphan, standalone], meetings: [meeting])
        XCTAssertEqual(dangling.map(\.id), [orphan.id])
        let fixed = FiveOnesLink.unlink(orphan)
        XCTAssertNil(fixed.meetingId)
        XCTAssertEqual(fixed.place, orphan.place)
        XCTAssertEqual(fixed.participants, orphan.participants)
        XCTAssertEqual(FiveOnesLink.dangling(logs: [fixed], meetings: []), [])
    }

    func testDuplicate_SameMeetingTwice_OrSameDayStandalone() {
        let meeting = lecture
        let a = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        let b = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 0, period: .quarter(2026, 4))
        XCTAssertTrue(b.isDuplicate(of: a))
        XCTAssertFalse(a.isDuplicate(of: a), "a record is not its own duplicate")
        let otherItem = FiveOnesLog.fromMeeting(meeting, templateId: template.id, itemIndex: 1, period: .quarter(2026, 4))
        XCTAssertFalse(otherItem.isDuplicate(of: a), "one meeting may fulfil two items")
        let s1 = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-10-10"))
        let s2 = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-10-10"))
        let s3 = FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-11-10"))
        XCTAssertTrue(s2.isDuplicate(of: s1))
        XCTAssertFalse(s3.isDuplicate(of: s1), "a second deed on another day is a deed, not a copy")
    }
}
