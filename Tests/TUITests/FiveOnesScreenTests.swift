import XCTest
import Model
import Persistence
@testable import TUI

/// 五个一 in the workbench, on a copy of the demo: the matrix, logging a deed, linking a
/// meeting instead of typing it again, a custom template, and deleting a linked meeting.
final class FiveOnesScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-five-\(UUID().uuidString.prefix(8))")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try ShippedData(root: root.appendingPathComponent("data")).copyDemo(to: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ keys: [Key]) throws -> (InMemoryTerminal, AppState) {
        let store = LedgerStore(directory: directory)
        let terminal = InMemoryTerminal(width: 100, height: 32)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(), today: today, width: 100, height: 32, sourceLabel: "测试")
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    private func row(_ prefix: String, in lines: [String]) throws -> String {
        try XCTUnwrap(lines.first { $0.hasPrefix(prefix) }, lines.joined(separator: "\n"))
    }

    func testMatrix_ItemsByQuarterAlignedByCells() throws {
        let (terminal, _) = try run([.char("4")])
        let lines = terminal.screenLines
        XCTAssertTrue(lines[2].contains("“五个一工程”（南京新生圩海关"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix(" 事项                          第一季度        第二季度        第三季度        第四季度"), lines[3])
        XCTAssertTrue(try row(" 1 上好一堂党课", in: lines).contains("✓11-12⇄"), "linked to the November 党课")
        XCTAssertTrue(try row(" 4 开展一次谈心交流", in: lines).hasSuffix("待开展"))
    }

    func testLoggingItem4_FillsTheCurrentQuarter() throws {
        // n: template 五个一工程, item → three times to 4, no meeting, date today, note; Ctrl-S.
        var keys: [Key] = [.char("4"), .char("n"), .tab, .right, .right, .right, .tab, .tab, .tab, .tab]
        keys += "与青年党员谈心".map { Key.char($0) } + [.ctrl("s")]
        let (terminal, state) = try run(keys)
        XCTAssertTrue(state.notice?.contains("已记录“五个一”：2026-12-04（2026年第四季度）") ?? false, state.notice ?? "")
        XCTAssertTrue(try row(" 4 开展一次谈心交流", in: terminal.screenLines).hasSuffix("✓12-4"), terminal.screenLines.joined(separator: "\n"))
        let saved = try LedgerStore(directory: directory).load().fiveOnesLogs.filter { $0.date == CalendarDate("2026-12-04") }
        XCTAssertEqual(saved.map(\.itemIndex), [3])
        XCTAssertEqual(saved.map(\.note), ["与青年党员谈心"])
    }

    func testLinkingAMeeting_IsNotTypedAgainAndOpensTheMeeting() throws {
        // Item 3 (专题讲座) in Q4 linked to the 2026-11-12 党课, chosen from the meeting list.
        let ledger = try LedgerStore(directory: directory).load()
        let held = ledger.meetings.filter { $0.state == .held && $0.date <= today }.sorted { $0.date > $1.date }
        let lecture = try XCTUnwrap(held.firstIndex { $0.kind == .partyLecture && $0.date == CalendarDate("2026-11-12") })
        var keys: [Key] = [.char("4"), .char("n"), .tab, .right, .right, .tab]
        keys += Array(repeating: Key.right, count: lecture + 1) + [.ctrl("s")]
        let (terminal, _) = try run(keys)
        XCTAssertTrue(try row(" 3 做好一场专题讲座", in: terminal.screenLines).hasSuffix("✓11-12⇄"), terminal.screenLines.joined(separator: "\n"))
        let log = try XCTUnwrap(LedgerStore(directory: directory).load().fiveOnesLogs.first { $0.itemIndex == 2 && $0.date == CalendarDate("2026-11-12") })
        XCTAssertEqual(log.meetingId, held[lecture].id)
        // The list's newest row is that deed; Enter opens the meeting itself.
        let (opened, _) = try run([.char("4"), .enter])
        XCTAssertTrue(opened.screenLines.contains { $0.contains("会议类别：党课（已召开）") }, opened.screenLines.joined(separator: "\n"))
    }

    func testCustomTemplate_ThenAdoptedForAQuarter() throws {
        var keys: [Key] = [.char("4"), .char("t")] + "处室四个一".map { Key.char($0) } + [.tab, .tab, .tab]
        keys += "读一本好书".map { Key.char($0) } + [.enter] + "写一篇体会".map { Key.char($0) } + [.ctrl("s")]
        _ = try run(keys)
        let template = try XCTUnwrap(LedgerStore(directory: directory).load().fiveOnesTemplates.first { $0.name == "处室四个一" })
        XCTAssertEqual(template.items, ["读一本好书", "写一篇体会"])
        XCTAssertEqual(template.period, .quarter)
    }

    func testDeletingALinkedMeeting_AsksAndKeepsTheDeedAsStandalone() throws {
        let before = try LedgerStore(directory: directory).load()
        let linked = try XCTUnwrap(before.fiveOnesLogs.first { $0.meetingId != nil && $0.date.year == 2026 })
        let meeting = try XCTUnwrap(before.meetings.first { $0.id == linked.meetingId })
        let (asking, _) = try run([.char("2"), .char("/")] + meeting.topic.map { Key.char($0) } + [.enter, .char("d")])
        XCTAssertTrue(asking.screenLines.joined().contains("y 保留为独立记录 / x 一并删除 / n 取消"), asking.screenLines.joined(separator: "\n"))
        _ = try run([.char("2"), .char("/")] + meeting.topic.map { Key.char($0) } + [.enter, .char("d"), .char("y")])
        let after = try LedgerStore(directory: directory).load()
        XCTAssertFalse(after.meetings.contains { $0.id == meeting.id })
        let kept = try XCTUnwrap(after.fiveOnesLogs.first { $0.id == linked.id })
        XCTAssertNil(kept.meetingId, "no dangling link")
        XCTAssertEqual(kept.date, meeting.date)
        XCTAssertTrue(FiveOnesLink.dangling(logs: after.fiveOnesLogs, meetings: after.meetings).isEmpty)
    }
}
