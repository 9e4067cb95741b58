import Foundation
import XCTest
@testable import Model

/// RFC 5545 text rules: escaping, folding at 75 octets without cutting UTF-8, CRLF.
final class ICalendarTextTests: XCTestCase {
    func testEscape_BackslashSemicolonCommaNewline_RoundTrips() {
        let text = "学习《条例》，谈体会; 第一, 第二\\附录\n第二行"
        let escaped = ICalendarText.escape(text)
        XCTAssertEqual(escaped, "学习《条例》，谈体会\\; 第一\\, 第二\\\\附录\\n第二行")
        XCTAssertEqual(ICalendarText.unescape(escaped), text)
    }

    func testFold_CJKNeverSplit_EveryLineAtMost75Octets() {
        let line = "SUMMARY:" + String(repeating: "支部委员会会议，", count: 20)
        let folded = ICalendarText.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(physical.count, 1)
        for (index, part) in physical.enumerated() {
            XCTAssertLessThanOrEqual(part.utf8.count, 75, part)
            if index > 0 { XCTAssertTrue(part.hasPrefix(" ")) }
            // Each physical line decodes on its own: no UTF-8 sequence was cut.
            XCTAssertNotNil(String(bytes: Array(part.utf8), encoding: .utf8))
        }
        XCTAssertEqual(ICalendarText.unfold(folded), [line])
    }

    func testFold_ShortLineUnchanged_ExactlyAt75() {
        let exact = String(repeating: "a", count: 75)
        XCTAssertEqual(ICalendarText.fold(exact), exact)
        XCTAssertEqual(ICalendarText.fold(exact + "b"), exact + "\r\n b")
    }

    func testCalendar_CRLFAllDayStampFromToday() {
        let calendar = ICalendar(name: "法规处党支部, 提醒", stamp: CalendarDate("2028-02-29")!, events: [
            ICalendarEvent(uid: "x@branchdesk", date: CalendarDate("2028-02-29")!, summary: "政治生日", categories: ["政治生日", "a,b"]),
        ])
        let text = calendar.text
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line ends")
        let lines = ICalendarText.unfold(text)
        XCTAssertTrue(lines.contains("X-WR-CALNAME:法规处党支部\\, 提醒"))
        XCTAssertTrue(lines.contains("DTSTAMP:20280229T000000Z"))
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20280229"))
        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20280301"), "the day after a leap day")
        XCTAssertTrue(lines.contains("CATEGORIES:政治生日,a\\,b"))
    }

    func testExport_UIDsFromKeysScopedByBranch_TalksDropped() {
        let profile = BranchProfile(name: "支部")
        let reminders = [
            Reminder(rule: .cadence, due: CalendarDate("2026-01-31")!, severity: .due, title: "t",
                     kind: .committeeMeeting, key: "cadence/committee-meeting/branch/2026-01"),
            Reminder(rule: .talkDeadline, due: CalendarDate("2026-01-31")!, severity: .due, title: "谈话", key: "talk-deadline/x"),
        ]
        let calendar = ICalendarExport.calendar(ledger: Ledger(profile: profile), reminders: reminders,
                                                today: CalendarDate("2026-01-30")!, horizonDays: 7)
        XCTAssertEqual(calendar.events.map(\.uid),
                       ["cadence.committee-meeting.branch.2026-01@branchdesk-\(profile.id.uuidString.lowercased())"])
    }
}
