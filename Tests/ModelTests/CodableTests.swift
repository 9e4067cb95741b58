import Foundation
import XCTest
import Model

/// The store's file format: pretty, sorted-key JSON, Chinese written as UTF-8, not `\u` escapes.
final class CodableTests: XCTestCase {
    private func storeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func sampleMeeting() -> Meeting {
        Meeting(id: UUID(uuidString: "00000000-0000-4000-8000-0004000000AB")!, kind: .generalMeeting, state: .held,
                date: CalendarDate("2026-03-17")!, startTime: ClockTime("14:30"), endTime: ClockTime("16:30"),
                place: "机关三楼党员活动室", host: "王建国", recorder: "陈静", topic: "讨论接收赵雨桐同志为预备党员",
                attendance: [Attendance(memberId: UUID(uuidString: "00000000-0000-4000-8000-000200000001")!, presence: .present),
                             Attendance(memberId: UUID(uuidString: "00000000-0000-4000-8000-000200000002")!, presence: .excused,
                                        reason: "出差（赴苏州）")],
                observers: ["赵雨桐（发展对象）"],
                minutes: "王建国主持会议。\n入党介绍人介绍情况。\n举手表决。",
                resolutions: "同意接收赵雨桐同志为中共预备党员，报机关党委审批。",
                votes: [Vote(motion: "接收赵雨桐同志为中共预备党员", votesFor: 11, passed: true)])
    }

    func testMeetingJSON_RoundTripsWithChineseUnescaped() throws {
        let meeting = sampleMeeting()
        let data = try storeEncoder().encode(meeting)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"place\" : \"机关三楼党员活动室\""), text)
        XCTAssertTrue(text.contains("赵雨桐（发展对象）"), text)
        XCTAssertFalse(text.contains("\\u"), "Chinese must be written as UTF-8, not escaped")
        XCTAssertTrue(text.contains("\"minutes\" : \"王建国主持会议。\\n入党介绍人介绍情况。\\n举手表决。\""), text)
        XCTAssertTrue(text.contains("\"date\" : \"2026-03-17\""), text)
        XCTAssertTrue(text.contains("\"startTime\" : \"14:30\""), text)
        XCTAssertTrue(text.contains("\"kind\" : \"general-meeting\""), text)
        XCTAssertTrue(text.contains("\"presence\" : \"excused\""), text)
        XCTAssertTrue(text.contains("\"id\" : \"00000000-0000-4000-8000-0004000000AB\""), "UUIDs are upper-case strings")
        XCTAssertEqual(try JSONDecoder().decode(Meeting.self, from: data), meeting)
    }

    func testMeetingJSON_KeysAreSorted() throws {
        let text = String(decoding: try storeEncoder().encode(sampleMeeting()), as: UTF8.self)
        let topLevelKeys = text.split(separator: "\n")
            .filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }
            .map(String.init)
        XCTAssertEqual(topLevelKeys, topLevelKeys.sorted())
        XCTAssertTrue(topLevelKeys.contains("attendance"))
        XCTAssertTrue(topLevelKeys.contains("votes"))
    }

    func testMeetingJSON_RejectsAnImpossibleDateWithAChineseMessage() throws {
        var text = String(decoding: try storeEncoder().encode(sampleMeeting()), as: UTF8.self)
        text = text.replacingOccurrences(of: "2026-03-17", with: "2026-02-30")
        XCTAssertThrowsError(try JSONDecoder().decode(Meeting.self, from: Data(text.utf8))) { error in
            XCTAssertTrue(String(describing: error).contains("2026-02-30"), "\(error)")
        }
    }

    func testMemberJSON_KeepsKebabCaseStatusAndDecimalDuesBase() throws {
        let member = Member(name: "司马文博", status: .transferredOut, joinedDate: CalendarDate("2007-11-15"),
                            duesBase: Decimal(string: "6350.5"),
                            timeline: [StatusEvent(kind: .transferOut, date: CalendarDate("2026-05-20")!, note: "调任")])
        let data = try storeEncoder().encode(member)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"status\" : \"transferred-out\""), text)
        XCTAssertTrue(text.contains("\"kind\" : \"transfer-out\""), text)
        XCTAssertTrue(text.contains("\"duesBase\" : 6350.5"), text)
        XCTAssertEqual(try JSONDecoder().decode(Member.self, from: data), member)
    }
}
