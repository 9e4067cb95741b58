import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk export ics`: the calendar parsed back (unfolded, unescaped), CJK text, commas
/// and semicolons, stable UIDs across two exports, no talk cases, written atomically.
final class RemindExportTests: XCTestCase {
    private var harness: MeetingHarness!
    private let fixture = RemindLedger()
    private let planned = Meeting(kind: .partyLecture, state: .planned, date: CalendarDate("2026-02-10")!,
                                  startTime: ClockTime("14:30"), place: "三楼会议室; 东侧", lecturer: "甲",
                                  topic: "学习《条例》，谈体会; 第一、二章, 附录\\注")

    override func setUpWithError() throws {
        var ledger = fixture.ledger
        ledger.meetings.append(planned)
        harness = try MeetingHarness.with(ledger, today: "2026-01-31")
    }

    override func tearDown() {
        harness.remove()
    }

    /// Each event as property name → unescaped value (parameters dropped).
    private func export(today: String, days: Int = 30) throws -> (raw: Data, events: [[String: String]]) {
        harness.today = today
        let file = harness.directory.appendingPathComponent("提醒.ics")
        let result = try harness.run(["export", "ics", "--to", file.path, "--days", String(days)])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("已写入 "), result.stdout)
        let raw = try Data(contentsOf: file)
        let text = try XCTUnwrap(String(data: raw, encoding: .utf8))
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in ICalendarText.unfold(text) {
            let colon = try XCTUnwrap(line.firstIndex(of: ":"), line)
            let name = String(line[..<colon].split(separator: ";")[0])
            let value = String(line[line.index(after: colon)...])
            switch (name, value) {
            case ("BEGIN", "VEVENT"): current = [:]
            case ("END", "VEVENT"): events.append(current!); current = nil
            default: current?[name] = name == "CATEGORIES" || name == "UID" ? value : ICalendarText.unescape(value)
            }
        }
        return (raw, events)
    }

    func testExport_PhysicalLines_CRLF_AtMost75Octets_ValidUTF8() throws {
        let raw = try export(today: "2026-01-31").raw
        let bytes = [UInt8](raw)
        XCTAssertEqual(Array(bytes.suffix(2)), [13, 10])
        var line: [UInt8] = []
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 10 {
                XCTAssertEqual(bytes[index - 1], 13, "LF without CR at \(index)")
                XCTAssertLessThanOrEqual(line.count - 1, 75)
                XCTAssertNotNil(String(bytes: line.dropLast(), encoding: .utf8), "a UTF-8 sequence cut at a fold")
                line = []
                count += 1
            } else {
                line.append(byte)
            }
        }
        XCTAssertGreaterThan(count, 20)
    }

    func testExport_PlannedMeetingWithCJKCommasSemicolons() throws {
        let events = try export(today: "2026-01-31").events
        let lecture = try XCTUnwrap(events.first { $0["UID"]?.hasPrefix("meeting.") == true })
        XCTAssertEqual(lecture["SUMMARY"], "党课：学习《条例》，谈体会; 第一、二章, 附录\\注")
        XCTAssertEqual(lecture["LOCATION"], "三楼会议室; 东侧")
        XCTAssertEqual(lecture["DTSTART"], "20260210")
        XCTAssertEqual(lecture["DTEND"], "20260211")
        XCTAssertEqual(lecture["DTSTAMP"], "20260131T000000Z")
        XCTAssertTrue(lecture["DESCRIPTION"]?.contains("时间：14:30\n授课人：甲") == true, lecture["DESCRIPTION"] ?? "")
    }

    func testExport_RemindersWithoutTalkCases() throws {
        let events = try export(today: "2026-01-31").events
        let summaries = events.compactMap { $0["SUMMARY"] }
        XCTAssertTrue(summaries.contains("2026年1月支委会尚未召开，须在 1 月 31 日前召开"), "\(summaries)")
        XCTAssertTrue(summaries.contains("联络任务（报送）：党建信息报送（机关党委〔2026〕3号）"))
        XCTAssertFalse(summaries.contains { $0.contains("谈话") || $0.contains("限期改正") }, "talk cases stay out")
        XCTAssertEqual(Set(events.compactMap { $0["UID"] }).count, events.count, "UIDs unique in a file")
    }

    func testExport_UIDsStableAcrossExports() throws {
        let first = try export(today: "2026-01-31").events
        let second = try export(today: "2026-02-02").events
        func byTitle(_ events: [[String: String]]) -> [String: String] {
            Dictionary(events.map { ($0["SUMMARY"]!, $0["UID"]!) }, uniquingKeysWith: { a, _ in a })
        }
        let a = byTitle(first), b = byTitle(second)
        let task = "联络任务（报送）：党建信息报送（机关党委〔2026〕3号）"
        XCTAssertEqual(a[task], b[task])
        XCTAssertNotNil(a[task])
        let lecture = first.first { $0["UID"]?.hasPrefix("meeting.") == true }?["UID"]
        XCTAssertEqual(lecture, second.first { $0["UID"]?.hasPrefix("meeting.") == true }?["UID"])
        XCTAssertEqual(lecture, "meeting.\(planned.id.uuidString)@branchdesk-\(fixture.ledger.profile.id.uuidString.lowercased())")
        // The committee gap changes its wording once overdue, but not its UID.
        let gap = first.first { $0["SUMMARY"]?.hasPrefix("2026年1月支委会") == true }?["UID"]
        XCTAssertNotNil(gap)
        XCTAssertEqual(gap, second.first { $0["SUMMARY"]?.hasPrefix("2026年1月支委会") == true }?["UID"])
        XCTAssertEqual(second.first { $0["UID"] == gap }?["SUMMARY"], "2026年1月支委会未召开（无会议记录）")
    }

    func testExport_UsageAndMissingFolder() throws {
        XCTAssertEqual(try harness.run(["export", "ics"]).status, 2)
        XCTAssertEqual(try harness.run(["export", "csv", "--to", "x.csv"]).status, 2)
        let result = try harness.run(["export", "ics", "--to", "/nonexistent-dir/x.ics"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("文件夹不存在"), result.stderr)
    }
}

final class ExportTalksOnRequestTests: XCTestCase {
    func testTalkCasesOnlyOnTheSecretarysExplicitRequest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-ics-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: dir) }
        try ShippedData(root: root.appendingPathComponent("data")).copyDemo(to: dir.appendingPathComponent("ledger"))
        func export(_ extra: [String], role: RoleRequest = .secretary) throws -> (Int32, String) {
            var options = GlobalOptions()
            options.dataDir = dir.appendingPathComponent("ledger").path
            options.today = CalendarDate("2026-12-04")
            options.role = role
            var errors = ""
            let context = CommandContext(options: options, environment: [:], home: NSTemporaryDirectory(),
                                         executablePath: "", output: Output(out: { _ in }, err: { errors += $0 }))
            let file = dir.appendingPathComponent("\(UUID().uuidString).ics")
            let status = CommandRunner.run(name: "export", arguments: ["ics", "--to", file.path] + extra, context: context)
            // Unfold RFC 5545 continuation lines so a folded title reads whole.
            let text = (try? String(contentsOf: file, encoding: .utf8))?.replacingOccurrences(of: "\r\n ", with: "")
            return (status, text ?? errors)
        }
        let plain = try export([])
        XCTAssertEqual(plain.0, 0)
        XCTAssertFalse(plain.1.contains("提醒谈话"), "no talk case by default")
        let asked = try export(["--include-talks"])
        XCTAssertEqual(asked.0, 0)
        XCTAssertTrue(asked.1.contains("提醒谈话跟进"), "the secretary asked")
        let liaison = try export(["--include-talks"], role: .liaison)
        XCTAssertEqual(liaison.0, 2)
        XCTAssertTrue(liaison.1.contains("只有书记"), liaison.1)
    }
}
