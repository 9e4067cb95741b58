import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk cadence`: the year grid as text and JSON, on the demo ledger (today 2026-12-04).
final class CadenceCommandTests: XCTestCase {
    private var harness: MeetingHarness!

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo(today: "2026-12-04")
    }

    override func tearDown() {
        harness.remove()
    }

    private func rows(_ argv: [String] = []) throws -> [[String: Any]] {
        let result = try harness.run(["cadence", "--format", "json"] + argv)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    private func row(_ label: String, in rows: [[String: Any]]) throws -> [String: Any] {
        try XCTUnwrap(rows.first { $0["label"] as? String == label }, "no row \(label)")
    }

    private func statuses(_ row: [String: Any]) -> [String] {
        (row["cells"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
    }

    // MARK: - Text

    func testText_GridLegendAndReminders() throws {
        let result = try harness.run(["cadence"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        XCTAssertEqual(result.out.first, "省地方税务局法规处党支部 2026 年三会一课（今天 2026-12-04）")
        let header = try XCTUnwrap(result.out.first { $0.hasPrefix("每月") })
        XCTAssertTrue(header.contains("1月") && header.hasSuffix("12月"), header)
        let group1 = try XCTUnwrap(result.out.first { $0.hasPrefix("小组会·第一党小组") })
        XCTAssertEqual(group1.components(separatedBy: "✓").count - 1, 10, group1)
        XCTAssertTrue(group1.contains("缺"), group1)
        XCTAssertTrue(group1.hasSuffix("本期"), group1)
        let committee = try XCTUnwrap(result.out.first { $0.hasPrefix("支委会") })
        XCTAssertTrue(committee.hasSuffix("计划"), "December's committee meeting is planned: \(committee)")
        XCTAssertTrue(result.out.contains { $0.hasPrefix("每季度") && $0.contains("一季度") })
        XCTAssertTrue(result.out.contains { $0.hasPrefix("每年") && $0.contains("全年") })
        XCTAssertTrue(text.contains("图例：✓ 已召开"), text)
        XCTAssertTrue(text.contains("· 第一党小组 7 月小组会未召开"), text)
        XCTAssertTrue(text.contains("· 第一党小组本月小组会尚未召开（还有 27 天）"), text)
        XCTAssertTrue(text.contains("· 本月支委会尚未召开，已计划 12 月 8 日召开（还有 27 天）"), text)
        for word in ["%", "％", "排名", "得分", "完成率"] {
            XCTAssertFalse(text.contains(word), "a reminder, never a score: \(word)")
        }
        XCTAssertFalse(result.out.contains { $0.hasSuffix(" ") }, "no trailing spaces")
    }

    func testText_ColumnsLineUpInTerminalCells() throws {
        let result = try harness.run(["cadence"])
        for heading in ["每月", "每季度", "每年"] {
            let section = Array(result.out.drop { !$0.hasPrefix(heading) }.prefix { !$0.isEmpty })
            let columns = Set(MeetingTextWidth.tokenStarts(section[0]).dropFirst())
            XCTAssertFalse(columns.isEmpty, heading)
            for line in section.dropFirst() {
                // Every mark starts in the cell where its column's heading starts.
                let marks = MeetingTextWidth.tokenStarts(line).dropFirst()
                XCTAssertTrue(Set(marks).isSubset(of: columns), "\(line)\n\(section[0])")
            }
        }
    }

    // MARK: - JSON

    func testJSON_RowsWithKindGroupPeriodCodesStatusesAndIds() throws {
        let rows = try rows()
        XCTAssertEqual(rows.map { $0["label"] as? String }, ["党员大会", "支委会", "小组会·第一党小组", "小组会·第二党小组", "党课",
                                                             "主题党日", "组织生活会", "民主评议", "谈心谈话"])
        let group1 = try row("小组会·第一党小组", in: rows)
        XCTAssertEqual(group1["kind"] as? String, "group-meeting")
        XCTAssertEqual(group1["group"] as? String, "第一党小组")
        XCTAssertNotNil((group1["groupId"] as? String).flatMap(UUID.init(uuidString:)))
        XCTAssertEqual(group1["period"] as? String, "month")
        let cells = try XCTUnwrap(group1["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["period"] as? String }, (1...12).map { String(format: "2026-%02d", $0) })
        XCTAssertEqual(statuses(group1), Array(repeating: "held", count: 6) + ["overdue"] + Array(repeating: "held", count: 4) + ["due"])
        XCTAssertEqual((cells[0]["meetingIds"] as? [String])?.count, 1)
        XCTAssertEqual(cells[11]["daysLeft"] as? Int, 27)
        XCTAssertNil(cells[0]["daysLeft"], "only the current period has days left")

        let general = try row("党员大会", in: rows)
        XCTAssertEqual((general["cells"] as? [[String: Any]])?.map { $0["period"] as? String }, ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        XCTAssertEqual(statuses(general), ["held", "held", "held", "held"])

        let life = try row("组织生活会", in: rows)
        let lifeCell = try XCTUnwrap((life["cells"] as? [[String: Any]])?.first)
        XCTAssertEqual(lifeCell["period"] as? String, "2026")
        XCTAssertEqual(lifeCell["status"] as? String, "due")
        XCTAssertEqual((lifeCell["planned"] as? [String])?.count, 1, "the planned 组织生活会 is listed")
        XCTAssertEqual(Set(life.keys), ["kind", "kindName", "label", "period", "minimum", "source", "cells"],
                       "no group keys for a branch-wide row")
    }

    func testJSON_AnotherYear() throws {
        let past = try rows(["--year", "2025"])
        XCTAssertEqual(Set(past.flatMap(statuses)), ["overdue"], "the demo has no 2025 meetings")
        let future = try rows(["--year", "2027"])
        XCTAssertEqual(Set(future.flatMap(statuses)), ["not-yet-due"])
        XCTAssertEqual(try harness.run(["cadence", "--year", "二〇二六"]).status, 2)
        XCTAssertEqual(try harness.run(["cadence", "--month", "12"]).status, 2)
    }

    // MARK: - A logged meeting fills its period at once

    func testALoggedMeetingFillsItsPeriodAtOnce() throws {
        XCTAssertEqual(statuses(try row("小组会·第二党小组", in: rows())).last, "due")
        let add = try harness.run(["meeting", "add", "--kind", "小组会", "--group", "第二党小组", "--date", "2026-12-03",
                                   "--topic", "学习全会精神", "--present", "欧阳修"])
        XCTAssertEqual(add.status, 0, add.stderr)
        let row = try row("小组会·第二党小组", in: rows())
        XCTAssertEqual(statuses(row).last, "held")
        XCTAssertEqual(((row["cells"] as? [[String: Any]])?.last?["meetingIds"] as? [String]), [add.stdout])
        let text = try harness.run(["cadence"]).stdout
        XCTAssertFalse(text.contains("第二党小组本月小组会尚未召开"), text)
    }

    // MARK: - Rules and unreadable files

    func testABranchWithoutRulesUsesTheShippedDefaultsAndSaysSo() throws {
        let bare = try MeetingHarness.with(Ledger(profile: BranchProfile(name: "新支部")), today: "2026-02-10")
        defer { bare.remove() }
        let text = try bare.run(["cadence"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("按默认规则计算"), text.stdout)
        XCTAssertTrue(text.stdout.contains("· 1 月支委会未召开"), text.stdout)
        XCTAssertFalse(text.stdout.contains("小组会"), "no groups, no group meetings: \(text.stdout)")
        let json = try bare.run(["cadence", "--format", "json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 7)
    }

    func testAnUnreadableMeetingsShardIsRefusedRatherThanReportedAsGaps() throws {
        let shard = harness.directory.appendingPathComponent("meetings/2026.json")
        try Data("{\"schemaVersion\":1,\"records\":[".utf8).write(to: shard)
        let result = try harness.run(["cadence"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("meetings/2026.json"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try harness.run(["cadence", "--year", "2027"]).status, 0, "another year's shard is not needed")
    }

    func testHelp() {
        let help = CommandRunner.help(topic: "cadence")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.text.contains("用法：branchdesk cadence"), help.text)
        XCTAssertTrue(help.text.contains("not-yet-due"), help.text)
    }
}

/// Cell widths for assertions (CJK = 2), independent of the code under test.
private enum MeetingTextWidth {
    static func cells(_ c: Character) -> Int {
        (0x2E80...0xFFEF).contains(c.unicodeScalars.first!.value) ? 2 : 1
    }

    /// The cell offsets where runs of non-space characters begin.
    static func tokenStarts(_ line: String) -> [Int] {
        var starts: [Int] = [], cell = 0, previous: Character = " "
        for c in line {
            if c != " " && previous == " " { starts.append(cell) }
            cell += cells(c)
            previous = c
        }
        return starts
    }
}
