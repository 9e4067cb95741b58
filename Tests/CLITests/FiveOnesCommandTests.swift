import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk fiveones templates|status|log|adopt` on the demo ledger, which adopts
/// 五个一工程 (quarterly) for 2026 with logs through Q4 and three Q4 items outstanding
/// (today 2026-12-04).
final class FiveOnesCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    /// The demo's 党课 of 2026-11-12, already linked to item 1 of Q4.
    private let lectureNov = "796601DF"
    /// The demo's 支委会 of 2026-11-10, linked to nothing.
    private let committeeNov = "2B54B193"

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo(today: "2026-12-04")
    }

    override func tearDown() {
        harness.remove()
    }

    private func statusJSON(_ argv: [String] = []) throws -> [[String: Any]] {
        let result = try harness.run(["fiveones", "status", "--format", "json"] + argv)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    private func rows(_ matrix: [String: Any]) -> [[String: Any]] { matrix["rows"] as? [[String: Any]] ?? [] }

    private func cells(_ row: [String: Any]) -> [[String: Any]] { row["cells"] as? [[String: Any]] ?? [] }

    private func statuses(_ matrix: [String: Any]) -> [[String]] {
        rows(matrix).map { cells($0).compactMap { $0["status"] as? String } }
    }

    private func storedLogs() throws -> [FiveOnesLog] {
        try harness.load(years: [2026]).fiveOnesLogs
    }

    // MARK: - templates

    func testTemplates_ListsPeriodsNumberedItemsAndAdoptions() throws {
        let result = try harness.run(["fiveones", "templates"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        XCTAssertTrue(text.contains("五个一工程（南京新生圩海关党总支）  每季度 · 支部"), text)
        XCTAssertTrue(result.out.contains("  1 上好一堂党课"), text)
        XCTAssertTrue(result.out.contains("  5 开展一次主题学习实践活动"), text)
        XCTAssertTrue(result.out.contains("  已开展：2026年"), text)
        XCTAssertTrue(text.contains("牵手致富“五个一”（盐城市委市级机关工委）  每结对户"), text)
        XCTAssertTrue(result.out.contains("  4 办好一件实事"), "常州 四个一 has four items")
    }

    func testTemplates_JSON() throws {
        let result = try harness.run(["fiveones", "templates", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let templates = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(templates.count, 5)
        let project = try XCTUnwrap(templates.first { $0["name"] as? String == "五个一工程" })
        XCTAssertEqual(project["period"] as? String, "quarter")
        let items = try XCTUnwrap(project["items"] as? [[String: Any]])
        XCTAssertEqual(items.first?["number"] as? Int, 1)
        XCTAssertEqual(items.first?["name"] as? String, "上好一堂党课")
        let adoptions = try XCTUnwrap(project["adoptions"] as? [[String: Any]])
        XCTAssertEqual(adoptions.map { $0["period"] as? String }, ["2026"])
    }

    // MARK: - status

    func testStatus_DefaultIsTheCurrentQuarter_WithQ4ItemsOutstanding() throws {
        let matrices = try statusJSON()
        XCTAssertEqual(matrices.count, 1)
        let matrix = matrices[0]
        XCTAssertEqual(matrix["template"] as? String, "五个一工程")
        XCTAssertEqual(matrix["periods"] as? [String], ["2026Q4"])
        XCTAssertEqual(statuses(matrix), [["done"], ["outstanding"], ["outstanding"], ["outstanding"], ["done"]])
        let first = cells(rows(matrix)[0])[0]
        XCTAssertEqual(first["dates"] as? [String], ["2026-11-12"])
        XCTAssertEqual((first["meetingIds"] as? [String])?.first?.hasPrefix(lectureNov), true)
        XCTAssertEqual((first["logIds"] as? [String])?.count, 1)
        XCTAssertEqual(cells(rows(matrix)[1])[0]["daysLeft"] as? Int, 27)
        XCTAssertEqual((matrix["dueSoon"] as? [String])?.first,
                       "“五个一工程”2026年第四季度还有 27 天，尚有 3 项未开展：组织一次思想分析、做好一场专题讲座、开展一次谈心交流")
    }

    func testStatus_PeriodYear_ShowsFourQuarters() throws {
        let matrix = try XCTUnwrap(try statusJSON(["--period", "2026"]).first)
        XCTAssertEqual(matrix["periods"] as? [String], ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        XCTAssertEqual(statuses(matrix)[1], ["done", "done", "done", "outstanding"])
        XCTAssertEqual(rows(matrix).map { $0["item"] as? String }.first, "上好一堂党课")
        XCTAssertEqual(rows(matrix).map { $0["number"] as? Int }, [1, 2, 3, 4, 5])
    }

    func testStatus_BeforeTheQuarterStarts_NotYetDue() throws {
        harness.today = "2026-09-15"
        let matrix = try XCTUnwrap(try statusJSON(["--period", "2026H2"]).first)
        XCTAssertEqual(matrix["periods"] as? [String], ["2026Q3", "2026Q4"])
        // Items 2–4 have no Q4 log in the demo; items 1 and 5 do (the demo is dated for 2026-12-04).
        XCTAssertEqual(statuses(matrix)[1...3].map { $0[1] }, Array(repeating: "not-yet-due", count: 3))
        XCTAssertEqual(statuses(matrix)[1...3].map { $0[0] }, ["done", "done", "done"], "Q3 is complete")
    }

    func testStatus_Text_AlignedByCells_WithLinksAndReminder() throws {
        let result = try harness.run(["fiveones", "status", "--period", "2026"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let header = try XCTUnwrap(result.out.first { $0.hasPrefix("项目") })
        let table = [header] + result.out.drop { $0 != header }.dropFirst().prefix { $0.first?.isNumber == true }
        XCTAssertEqual(table.count, 6, result.stdout)
        // Item names of different lengths: every column starts in the same terminal cell.
        let starts = table.map { line in columnStarts(line) }
        for line in starts.dropFirst() { XCTAssertEqual(line, starts[0], result.stdout) }
        XCTAssertTrue(table[2].hasPrefix("2 组织一次思想分析"), table[2])
        XCTAssertTrue(table[2].hasSuffix("本期"), table[2])
        XCTAssertTrue(result.stdout.contains("2026-11-12 四季度 1 上好一堂党课 雨花英烈精神专题党课 ⇄ 党课“弘扬雨花英烈精神，坚定理想信念”（会议 796601DF）"), result.stdout)
        XCTAssertTrue(result.stdout.contains("提醒：\n  · “五个一工程”2026年第四季度还有 27 天，尚有 3 项未开展"), result.stdout)
        XCTAssertFalse(result.out.contains { $0.hasSuffix(" ") }, "no trailing spaces")
        for word in ["%", "％", "排名", "得分", "完成率"] {
            XCTAssertFalse(result.stdout.contains(word), "a reminder, never a score: \(word)")
        }
    }

    func testStatus_NothingAdoptedInThePeriod_SaysSoAndHowToSeeOthers() throws {
        let result = try harness.run(["fiveones", "status", "--period", "2025"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("没有在与 2025年 重叠的期间开展"), result.stdout)
        XCTAssertTrue(result.stdout.contains("已开展：五个一工程 2026"), result.stdout)
    }

    func testStatus_BadPeriodIsAUsageError() throws {
        let result = try harness.run(["fiveones", "status", "--period", "2026Q5"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("2026Q4（第四季度）"), result.stderr)
    }

    // MARK: - log

    func testLog_LinkAMeetingToItem2_AndLogItem4_TheMatrixChanges() throws {
        let linked = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "2", "--meeting", committeeNov])
        XCTAssertEqual(linked.status, 0, linked.stderr)
        let photo = harness.directory.appendingPathComponent("谈心照片.jpg")
        FileManager.default.createFile(atPath: photo.path, contents: Data("jpg".utf8))
        let typed = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "4", "--date", "2026-12-02",
                                     "--note", "书记与青年党员谈心", "--participants", "欧阳修,陈静", "--place", "书记办公室",
                                     "--evidence", photo.path])
        XCTAssertEqual(typed.status, 0, typed.stderr)
        let matrix = try XCTUnwrap(try statusJSON().first)
        XCTAssertEqual(statuses(matrix), [["done"], ["done"], ["outstanding"], ["done"], ["done"]])

        let logs = try storedLogs()
        let link = try XCTUnwrap(logs.first { $0.id.uuidString == linked.stdout })
        XCTAssertEqual(link.meetingId?.uuidString.hasPrefix(committeeNov), true)
        XCTAssertEqual(link.date, CalendarDate("2026-11-10"), "the date comes from the meeting")
        XCTAssertEqual(link.participants.count, 3, "the present attendees")
        XCTAssertEqual(link.itemIndex, 1, "--item is 1-based as printed")
        XCTAssertEqual(link.period, .quarter(2026, 4))
        let deed = try XCTUnwrap(logs.first { $0.id.uuidString == typed.stdout })
        XCTAssertNil(deed.meetingId)
        XCTAssertEqual(deed.evidence, [photo.path], "the path is stored as given")
        XCTAssertEqual(deed.place, "书记办公室")
        XCTAssertEqual(deed.participants.count, 2)
        XCTAssertEqual(deed.note, "书记与青年党员谈心")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("fiveones/谈心照片.jpg").path))
    }

    func testLog_DuplicateOfTheSameMeetingIsRefused() throws {
        let result = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "1", "--meeting", lectureNov])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("已有同一次会议的记录（2026-11-12"), result.stderr)
        XCTAssertTrue(result.stderr.contains("不必重复登记"), result.stderr)
        XCTAssertEqual(try storedLogs().count, 17, "nothing written")
    }

    func testLog_NotAdopted_TellsHowToAdopt() throws {
        harness.today = "2027-01-10"
        let result = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "1", "--date", "2027-01-05"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("“五个一工程”没有在包含 2027-01-05 的期间开展。请先开展：branchdesk fiveones adopt --template 五个一工程 --period 2027"),
                      result.stderr)
    }

    func testLog_EveryProblemListed_NothingWritten() throws {
        let result = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "6", "--date", "2026-12-01",
                                      "--participants", "无名氏", "--evidence", "/nonexistent/签到表.jpg"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("没有保存"), result.stderr)
        XCTAssertTrue(result.stderr.contains("没有第 6 项（共 5 项）"), result.stderr)
        XCTAssertTrue(result.stderr.contains("找不到党员“无名氏”"), result.stderr)
        XCTAssertTrue(result.stderr.contains("佐证材料“/nonexistent/签到表.jpg”不存在"), result.stderr)
        XCTAssertEqual(try storedLogs().count, 17)
    }

    func testLog_PlannedMeetingOrUnknownMeeting() throws {
        let planned = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "3", "--meeting", "206EAA00"])
        XCTAssertEqual(planned.status, 1)
        XCTAssertTrue(planned.stderr.contains("尚未召开"), planned.stderr)
        let unknown = try harness.run(["fiveones", "log", "--template", "五个一工程", "--item", "3", "--meeting", "00000000"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("找不到编号为“00000000”的会议记录"), unknown.stderr)
    }

    func testLog_UsageErrors() throws {
        for argv in [["fiveones", "log", "--item", "1", "--date", "2026-12-01"],
                     ["fiveones", "log", "--template", "五个一工程", "--date", "2026-12-01"],
                     ["fiveones", "log", "--template", "五个一工程", "--item", "零", "--date", "2026-12-01"],
                     ["fiveones", "log", "--template", "五个一工程", "--item", "1"],
                     ["fiveones", "log", "--template", "五个一工程", "--item", "1", "--date", "2026-02-30"],
                     ["fiveones", "frobnicate"]] {
            XCTAssertEqual(try harness.run(argv).status, 2, argv.joined(separator: " "))
        }
    }

    func testLog_AmbiguousTemplateListsCandidates() throws {
        let result = try harness.run(["fiveones", "log", "--template", "五个一", "--item", "1", "--date", "2026-12-01"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("对应 4 个模板"), result.stderr)
    }

    // MARK: - adopt

    func testAdopt_PerHouseholdScheme_ThenLogForAHousehold() throws {
        let adopted = try harness.run(["fiveones", "adopt", "--template", "牵手致富", "--period", "2026",
                                       "--household", "张家庄张某户:欧阳修", "--household", "李家湾李某户：陈静"])
        XCTAssertEqual(adopted.status, 0, adopted.stderr)
        let logged = try harness.run(["fiveones", "log", "--template", "牵手致富", "--item", "1", "--date", "2026-06-01",
                                      "--household", "李家湾李某户", "--note", "理清种植思路"])
        XCTAssertEqual(logged.status, 0, logged.stderr)
        let noHousehold = try harness.run(["fiveones", "log", "--template", "牵手致富", "--item", "1", "--date", "2026-06-01"])
        XCTAssertEqual(noHousehold.status, 1)
        XCTAssertTrue(noHousehold.stderr.contains("须用 --household 指明结对户（张家庄张某户、李家湾李某户）"), noHousehold.stderr)

        let matrix = try XCTUnwrap(try statusJSON(["--template", "牵手致富"]).first)
        XCTAssertEqual(rows(matrix).count, 10)
        XCTAssertEqual(rows(matrix).first?["pairedMember"] as? String, "欧阳修")
        let li = rows(matrix).filter { $0["household"] as? String == "李家湾李某户" }
        XCTAssertEqual(li.map { cells($0)[0]["status"] as? String }.first, "done")
        let summary = try XCTUnwrap(matrix["summary"] as? [[String: Any]])
        XCTAssertEqual(cells(summary[0])[0]["status"] as? String, "partly-done")

        let text = try harness.run(["fiveones", "status", "--template", "牵手致富"])
        XCTAssertTrue(text.out.contains("结对户 张家庄张某户（结对党员 欧阳修）"), text.stdout)
    }

    func testAdopt_DuplicateAndShortSpanAndMissingHouseholdsAreRefused() throws {
        let twice = try harness.run(["fiveones", "adopt", "--template", "五个一工程", "--period", "2026Q4"])
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("“五个一工程”已按 2026年 开展"), twice.stderr)
        let short = try harness.run(["fiveones", "adopt", "--template", "心灵的震撼", "--period", "2026Q4"])
        XCTAssertEqual(short.status, 1)
        XCTAssertTrue(short.stderr.contains("不含完整的一期"), short.stderr)
        let bare = try harness.run(["fiveones", "adopt", "--template", "牵手致富", "--period", "2026"])
        XCTAssertEqual(bare.status, 1)
        XCTAssertTrue(bare.stderr.contains("--household '户名:结对党员'"), bare.stderr)
        XCTAssertEqual(try harness.load(years: []).fiveOnesAdoptions.count, 1, "nothing written")
    }

    func testAdopt_NextYear_ThenStatusShowsIt() throws {
        let result = try harness.run(["fiveones", "adopt", "--template", "五个一工程", "--period", "2027", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(record["period"] as? String, "2027")
        harness.today = "2027-02-01"
        let matrix = try XCTUnwrap(try statusJSON().first)
        XCTAssertEqual(matrix["periods"] as? [String], ["2027Q1"])
        XCTAssertEqual(statuses(matrix), Array(repeating: ["outstanding"], count: 5))
    }

    // MARK: - Helpers

    /// The terminal cells where each column after the first starts (a column starts after two
    /// or more spaces).
    private func columnStarts(_ line: String) -> [Int] {
        var starts: [Int] = []
        var cell = 0
        var spaces = 0
        for c in line {
            if c == " " {
                spaces += 1
            } else {
                if spaces >= 2 { starts.append(cell) }
                spaces = 0
            }
            cell += DisplayWidth.of(c)
        }
        return starts
    }
}
