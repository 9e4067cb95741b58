import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk task`: the liaison's ledger: add, monthly series without duplicates, list,
/// done, and the reminder log.
final class TaskCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    private let zhang = Member(name: "张三", status: .full, joinedDate: CalendarDate("2010-01-01"))
    private let li = Member(name: "李四", status: .full, joinedDate: CalendarDate("2012-01-01"))

    override func setUpWithError() throws {
        harness = try MeetingHarness.with(Ledger(profile: BranchProfile(name: "法规处党支部"), members: [zhang, li]), today: "2026-03-10")
    }

    override func tearDown() {
        harness.remove()
    }

    private func tasks() throws -> [LiaisonTask] {
        try harness.load().tasks.sorted { $0.due < $1.due }
    }

    private func ok(_ argv: [String]) throws -> MeetingHarness.Result {
        let result = try harness.run(argv)
        XCTAssertEqual(result.status, 0, "\(argv): \(result.stderr)")
        return result
    }

    func testAdd_OneTaskWithSourceKindAndConcerns() throws {
        let result = try ok(["task", "add", "--title", "督查学习笔记", "--due", "2026-03-20", "--source", "机关党委〔2026〕12号",
                             "--kind", "督查", "--concerns", "张三、李四"])
        let stored = try tasks()
        XCTAssertEqual(stored.count, 1)
        XCTAssertEqual(result.stdout, "\(stored[0].id.uuidString)  2026-03-20  督查学习笔记")
        XCTAssertEqual(stored[0].kind, .inspect)
        XCTAssertEqual(stored[0].source, "机关党委〔2026〕12号")
        XCTAssertEqual(stored[0].concerns, [zhang.id, li.id])
        XCTAssertEqual(stored[0].status, .todo)
        XCTAssertNil(stored[0].recurrence)
    }

    func testAdd_UnknownMemberRefusedNothingWritten() throws {
        let result = try harness.run(["task", "add", "--title", "T", "--due", "2026-03-20", "--concerns", "王五"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("王五"), result.stderr)
        XCTAssertEqual(try tasks(), [])
    }

    func testAdd_BadKindAndDateAreUsageErrors() throws {
        XCTAssertEqual(try harness.run(["task", "add", "--title", "T", "--due", "2026-02-30"]).status, 2)
        let kind = try harness.run(["task", "add", "--title", "T", "--due", "2026-03-20", "--kind", "汇报"])
        XCTAssertEqual(kind.status, 2)
        XCTAssertTrue(kind.stderr.contains("report（报送）"), kind.stderr)
    }

    func testMonthly_OnePerMonthThroughDecember_DueDayClamped() throws {
        try ok(["task", "add", "--title", "党建信息报送", "--due", "2026-01-31", "--source", "机关党委〔2026〕3号", "--monthly"])
        let stored = try tasks()
        XCTAssertEqual(stored.count, 12)
        XCTAssertEqual(stored.map(\.due.iso).prefix(3), ["2026-01-31", "2026-02-28", "2026-03-31"])
        XCTAssertEqual(stored.first?.title, "党建信息报送（2026年1月）")
        XCTAssertEqual(Set(stored.compactMap(\.recurrence?.seriesId)).count, 1, "one series")
        XCTAssertEqual(stored.first?.recurrence?.dueDay, 31)
    }

    func testMonthly_RunTwice_NeverDuplicatesAMonth_ExtendsTheSeries() throws {
        try ok(["task", "add", "--title", "党建信息报送", "--due", "2026-03-05", "--source", "3号", "--monthly", "--until", "2026-06"])
        let again = try ok(["task", "add", "--title", "党建信息报送", "--due", "2026-03-05", "--source", "3号", "--monthly", "--until", "2026-06"])
        XCTAssertEqual(again.stdout, "这一系列每个月的任务都已登记，没有新增。")
        try ok(["task", "add", "--title", "党建信息报送", "--due", "2026-05-05", "--source", "3号", "--monthly", "--until", "2026-08"])
        let stored = try tasks()
        XCTAssertEqual(stored.map { $0.due.yearMonth.iso }, ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"])
        XCTAssertEqual(Set(stored.compactMap(\.recurrence?.seriesId)).count, 1)
        // A different source is a different series.
        try ok(["task", "add", "--title", "党建信息报送", "--due", "2026-03-05", "--source", "4号", "--monthly", "--until", "2026-03"])
        XCTAssertEqual(try tasks().count, 7)
    }

    func testMonthly_CrossesIntoNextYearsShard() throws {
        try ok(["task", "add", "--title", "报送", "--due", "2026-11-05", "--monthly", "--until", "2027-02"])
        XCTAssertEqual(try tasks().map(\.due.iso), ["2026-11-05", "2026-12-05", "2027-01-05", "2027-02-05"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("tasks/2027.json").path))
    }

    func testRemind_AppendsToTheLog_StatusReminded() throws {
        try ok(["task", "add", "--title", "提醒报送学习心得", "--due", "2026-03-20", "--kind", "remind"])
        let id = String(try tasks()[0].id.uuidString.prefix(8))
        let first = try ok(["task", "remind", id, "--whom", "张三", "--what", "周五前交学习心得", "--how", "电话", "--date", "2026-03-09"])
        XCTAssertEqual(first.stdout, "已记录：2026-03-09 电话提醒张三（“提醒报送学习心得”，共提醒 1 次）。")
        try ok(["task", "remind", id.lowercased(), "--whom", "李四", "--what", "周五前交学习心得", "--how", "微信"])
        let task = try tasks()[0]
        XCTAssertEqual(task.status, .reminded)
        XCTAssertEqual(task.reminders, [
            ReminderLogEntry(date: CalendarDate("2026-03-09")!, whom: "张三", what: "周五前交学习心得", how: "电话"),
            ReminderLogEntry(date: CalendarDate("2026-03-10")!, whom: "李四", what: "周五前交学习心得", how: "微信"),
        ])
        let list = try ok(["task", "list"])
        XCTAssertTrue(list.out.contains("  2026-03-09  电话提醒张三：周五前交学习心得"), list.stdout)
        XCTAssertTrue(list.out.contains { $0.contains("已提醒") && $0.contains("提醒报送学习心得") }, list.stdout)
    }

    func testRemind_FutureDateAndMissingFlagsRefused() throws {
        try ok(["task", "add", "--title", "T", "--due", "2026-03-20"])
        let id = String(try tasks()[0].id.uuidString.prefix(8))
        XCTAssertEqual(try harness.run(["task", "remind", id, "--whom", "张三", "--what", "x", "--how", "电话", "--date", "2026-03-11"]).status, 2)
        XCTAssertEqual(try harness.run(["task", "remind", id, "--whom", "张三", "--what", "x"]).status, 2)
        XCTAssertEqual(try tasks()[0].reminders, [])
    }

    func testDone_ClosesAndLeavesTheOpenList_RemindRefusedAfter() throws {
        try ok(["task", "add", "--title", "报送一", "--due", "2026-03-20"])
        try ok(["task", "add", "--title", "报送二", "--due", "2026-03-25"])
        let first = try tasks()[0]
        let done = try ok(["task", "done", first.id.uuidString, "--reported"])
        XCTAssertEqual(done.stdout, "“报送一”已标记为已报送。")
        XCTAssertEqual(try tasks()[0].status, .reported)
        let open = try ok(["task", "list", "--open", "--format", "json"])
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.compactMap { $0["title"] as? String }, ["报送二"])
        let refused = try harness.run(["task", "remind", first.id.uuidString, "--whom", "张三", "--what", "x", "--how", "电话"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("已报送"), refused.stderr)
    }

    func testUnknownOrShortId() throws {
        XCTAssertEqual(try harness.run(["task", "done", "1234"]).status, 2)
        let missing = try harness.run(["task", "done", "12345678"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("找不到编号为“12345678”的任务"), missing.stderr)
    }

    func testTaskDue_ShowsInRemind() throws {
        try ok(["task", "add", "--title", "报送", "--due", "2026-03-12", "--source", "3号"])
        let result = try ok(["remind", "--format", "json"])
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let task = try XCTUnwrap(objects.first { $0["rule"] as? String == "task-due" })
        XCTAssertEqual(task["title"] as? String, "联络任务（报送）：报送（3号）")
        XCTAssertEqual(task["severity"] as? String, "due")
    }
}
