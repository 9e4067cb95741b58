import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk assess` on the demo ledger (issue #10): text, JSON and HTML, hand scores, roles.
final class AssessCommandTests: XCTestCase {
    private var harness: MeetingHarness!

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo(today: "2026-12-04")
    }

    override func tearDown() {
        harness.remove()
    }

    func testText_TableAlignedInCells_WithMissingAndTotals() throws {
        let result = try harness.run(["assess", "--year", "2026"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.out.joined(separator: "\n").components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "省地方税务局法规处党支部 2026 年度党建工作自评（今天 2026-12-04）")
        let header = lines.first { $0.hasPrefix("编号") }!
        let committee = lines.first { $0.hasPrefix("1.1") }!
        XCTAssertEqual(committee, "1.1   支委会每月召开                         5     6  已召开 10 / 12 期")
        // 得分 column ends at the same cell in the header and in a row with Chinese text.
        XCTAssertEqual(DisplayWidth.of(String(header.prefix(while: { $0 != "满" }))) + 4,
                       DisplayWidth.of(String(committee.prefix(while: { $0 != "6" }))) + 1)
        XCTAssertTrue(lines.contains { $0.hasSuffix("· 缺 8 月支委会") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasSuffix("· 第一党小组缺 7 月小组会") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("1.2") && $0.contains("待评") })
        XCTAssertTrue(lines.contains { $0.contains("合计") && $0.contains("52.5") && $0.hasSuffix("100  ") }, lines.joined(separator: "\n"))
        XCTAssertFalse(result.stdout.contains("提醒谈话"), "talk cases never appear")
    }

    func testEvidenceFlag_ListsTheRecordsWithDates() throws {
        let result = try harness.run(["assess", "--year", "2026", "--evidence"])
        XCTAssertTrue(result.stdout.contains("依据：2026-01-"), result.stdout)
        XCTAssertTrue(result.stdout.contains("三会一课  支委会“"), result.stdout)
    }

    func testJSON_StableKeysAndEvidenceIds() throws {
        let result = try harness.run(["assess", "--year", "2026", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(Set(object.keys), ["year", "today", "rubric", "earned", "maximum", "unscored", "categories"])
        XCTAssertEqual(object["earned"] as? Double, 52.5)
        let categories = object["categories"] as! [[String: Any]]
        XCTAssertEqual(categories.count, 7)
        let items = categories.flatMap { $0["items"] as! [[String: Any]] }
        let committee = items.first { $0["id"] as? String == "committee-meetings" }!
        XCTAssertEqual(Set(committee.keys), ["id", "number", "name", "points", "earned", "method", "measure", "counted", "target",
                                             "summary", "missing", "evidence", "note", "basis"])
        XCTAssertEqual(committee["missing"] as? [String], ["缺 8 月支委会", "12 月支委会尚未召开（已计划 12 月 8 日）"])
        let evidence = committee["evidence"] as! [[String: Any]]
        XCTAssertEqual(evidence.count, 10)
        let meetingIds = Set(try harness.load(years: [2026]).meetings.map(\.id.uuidString))
        XCTAssertTrue(evidence.allSatisfy { meetingIds.contains($0["id"] as! String) && $0["kind"] as? String == "meeting" })
        let plan = items.first { $0["id"] as? String == "work-plan" }!
        XCTAssertTrue(plan["earned"] is NSNull, "an unscored hand item has earned null")
    }

    func testHTML_SelfContainedPrintable_WrittenWithTo() throws {
        let path = harness.directory.appendingPathComponent("自评.html").path
        let result = try harness.run(["assess", "--year", "2026", "--format", "html", "--to", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("已写入 \(path)：2026 年度自评，得分 52.5 / 100。"), result.stdout)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertFalse(html.contains("<link") || html.contains("<script") || html.contains("src="), "one file, nothing fetched")
        XCTAssertTrue(html.contains("<td class=\"num\">1.1</td><td>支委会每月召开"))
        XCTAssertTrue(html.contains("<li>缺 8 月支委会</li>"))
        XCTAssertTrue(html.contains("附表：各项依据"))
        XCTAssertFalse(html.contains("提醒谈话"))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
    }

    func testFormatHtmlIsAssessOnly_OtherCommandsSayWhatIsAllowed() throws {
        let result = try harness.run(["cadence", "--format", "html"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--format 只能是 text 或 json，而不是“html”"), result.stderr)
        let wrong = try harness.run(["assess", "--format", "pdf"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("只能是 text、json 或 html"), wrong.stderr)
    }

    func testScore_RecordsAndShowsInTheReport_RefusesOutOfRangeAndComputedItems() throws {
        let high = try harness.run(["assess", "score", "1.2", "--year", "2026", "--points", "9", "--note", "计划"])
        XCTAssertEqual(high.status, 1)
        XCTAssertTrue(high.stderr.contains("1.2 年初制定支部工作计划，书记抓党建述职满分 4 分，得分须在 0 至 4 之间（输入的是 9）"), high.stderr)
        let computed = try harness.run(["assess", "score", "committee-meetings", "--points", "6", "--note", "x"])
        XCTAssertEqual(computed.status, 1)
        XCTAssertTrue(computed.stderr.contains("按台账自动计算，不能手工评分"), computed.stderr)
        let noNote = try harness.run(["assess", "score", "work-plan", "--points", "3"])
        XCTAssertEqual(noNote.status, 1)
        XCTAssertTrue(noNote.stderr.contains("请写明评分依据"), noNote.stderr)

        let ok = try harness.run(["assess", "score", "work-plan", "--year", "2026", "--points", "3.5", "--note", "年初计划经支委会通过"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(ok.stdout, "已记录 2026 年 1.2 年初制定支部工作计划，书记抓党建述职：3.5 / 4 分。")
        let file = harness.directory.appendingPathComponent("assessment/2026.json")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let report = try harness.run(["assess", "--year", "2026"])
        XCTAssertTrue(report.stdout.contains("手工评分：年初计划经支委会通过"), report.stdout)
        XCTAssertTrue(report.out.contains { $0.contains("合计") && $0.contains("56") }, report.stdout)
    }

    func testRoles_LiaisonReadsButDoesNotScore_MemberRefused() throws {
        let liaison = try harness.run(["assess", "--year", "2026", "--as", "liaison"])
        XCTAssertEqual(liaison.status, 0, liaison.stderr)
        let score = try harness.run(["assess", "score", "1.2", "--points", "3", "--note", "x", "--as", "liaison"])
        XCTAssertEqual(score.status, 2)
        XCTAssertTrue(score.stderr.contains("评分和复制评分细则请由书记进行"), score.stderr)
        let member = try harness.run(["assess", "--year", "2026", "--as", "member", "欧阳修"])
        XCTAssertEqual(member.status, 2)
        XCTAssertTrue(member.stderr.contains("党员本人只能查看自己的记录"), member.stderr)
        XCTAssertTrue(member.stdout.isEmpty)
    }

    func testRubricCopy_ThenTheBranchRubricIsUsed_InvalidOneIsReported() throws {
        let copied = try harness.run(["assess", "rubric", "--copy"])
        XCTAssertEqual(copied.status, 0, copied.stderr)
        let again = try harness.run(["assess", "rubric", "--copy"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("已存在，不会覆盖"), again.stderr)
        let url = harness.directory.appendingPathComponent("assessment/rubric.json")
        let broken = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"points\" : 6", with: "\"points\" : 9")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        let report = try harness.run(["assess"])
        XCTAssertEqual(report.status, 1)
        XCTAssertTrue(report.stderr.contains("评分细则 \(url.path)：各项分值合计 "), report.stderr)
        XCTAssertTrue(report.stderr.contains("应为 100 分"), report.stderr)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), broken, "never overwritten")
    }

    func testInit_CopiesTheRubric() throws {
        let fresh = MeetingHarness(today: "2026-12-04")
        defer { fresh.remove() }
        let result = try fresh.run(["init", "--name", "测试党支部"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: fresh.directory.appendingPathComponent("assessment/rubric.json").path))
        let rubric = try fresh.run(["assess", "rubric"])
        XCTAssertTrue(rubric.stdout.contains("本支部的细则"), rubric.stdout)
    }
}
