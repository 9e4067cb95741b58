import Foundation
import XCTest
import Model
import Persistence
@testable import TUI

/// The export dialog (`e` / `E` on a section list, issue #10), drawn into the in-memory
/// terminal and performed against a temporary data directory.
final class LedgerExportScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var dir: URL!
    private var store: LedgerStore!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("branchdesk-export-screen-\(UUID().uuidString)")
        let group = PartyGroup(name: "第一党小组")
        let ouyang = Member(name: "欧阳修", groupId: group.id, phone: "13912345678", status: .full, joinedDate: CalendarDate("2005-07-01"))
        let meeting = Meeting(kind: .committeeMeeting, date: CalendarDate("2026-03-05")!, place: "三楼会议室", host: "欧阳修",
                              recorder: "欧阳修", topic: "研究年度工作要点", attendance: [Attendance(memberId: ouyang.id, presence: .present)],
                              minutes: "第一行。\n第二行，😀。")
        try LedgerStore.create(Ledger(profile: BranchProfile(name: "法规处党支部", groups: [group]), members: [ouyang], meetings: [meeting]),
                               at: dir)
        store = LedgerStore(directory: dir)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    private func run(_ keys: [Key], role: Role = .secretary) throws -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(), today: today, width: 100, height: 30, sourceLabel: "测试", role: role)
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    private func text(_ s: String) -> [Key] { s.map { Key.char($0) } }

    func testEOnMeetingsList_OpensTheDialogWithTheCustomaryFileName() throws {
        let (terminal, state) = try run([.char("2"), .char("e")])
        let screen = terminal.screenLines.joined(separator: "\n")
        guard case .ledgerExport? = state.overlay else { return XCTFail("no dialog:\n\(screen)") }
        XCTAssertTrue(screen.contains("导出台账：三会一课"), screen)
        XCTAssertTrue(screen.contains("台账      三会一课台账"), screen)
        XCTAssertTrue(screen.contains("年度      2026"), screen)
        XCTAssertTrue(screen.contains("格式    ‹ html › A4 打印，每条记录一页"), screen)
        XCTAssertTrue(screen.contains("保存到    ~/三会一课台账-2026.html"), screen)
        XCTAssertTrue(screen.contains("Tab 换项  ← → 选择  Enter 导出  Esc 取消"), screen)
    }

    func testChoosingMarkdownAndTypingAPath_WritesTheFileAndSaysWhere() throws {
        let target = dir.appendingPathComponent("台账.md").path
        let keys: [Key] = [.char("2"), .char("E"), .right, .tab, .ctrl("u")] + text(target) + [.enter]
        let (terminal, state) = try run(keys)
        XCTAssertNil(state.overlay)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("# 法规处党支部　三会一课台账（2026年）\n"), written)
        XCTAssertTrue(written.contains("```text\n第一行。\n第二行，😀。\n```"), written)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertEqual(state.notice, "已导出到 \(target)：三会一课台账（2026年），1 次会议，权限 0600。")
        // The progress frame is drawn before the work starts.
        XCTAssertTrue(terminal.frames.contains { $0.lines().joined().contains("正在导出三会一课台账（2026年）…") })
        XCTAssertTrue(terminal.screenLines.joined().contains("已导出到 \(target)"))
    }

    func testFormatFollowsIntoTheSuggestedPath_AndMembersOffersTheDuesRegister() throws {
        let (terminal, state) = try run([.char("3"), .char("e"), .right, .right, .up, .up, .right])
        guard case .ledgerExport(let dialog)? = state.overlay else { return XCTFail("no dialog") }
        XCTAssertEqual(dialog.kind, .dues)
        XCTAssertEqual(dialog.format, .csv)
        XCTAssertEqual(dialog.path.text, "~/党费收缴登记表-2026.csv")
        XCTAssertTrue(terminal.screenLines.joined(separator: "\n").contains("台账    ‹ 党费收缴登记表 ›"))
    }

    func testMissingFolder_StaysInTheDialogWithTheReason() throws {
        let keys: [Key] = [.char("2"), .char("e"), .tab, .ctrl("u")] + text("/nonexistent-folder/x.html") + [.enter]
        let (terminal, state) = try run(keys)
        guard case .ledgerExport(let dialog)? = state.overlay else { return XCTFail("dialog closed") }
        XCTAssertNil(dialog.progress)
        XCTAssertTrue(dialog.problem?.contains("/nonexistent-folder 不存在") ?? false, dialog.problem ?? "")
        XCTAssertTrue(terminal.screenLines.joined().contains("不存在"))
    }

    func testEInsideAnOpenedMeeting_StillEdits() throws {
        let (_, state) = try run([.char("2"), .enter, .char("e")])
        guard case .meetingForm? = state.overlay else { return XCTFail("e in a record edits it") }
    }

    func testDashboardHasNoLedger_AndTheLiaisonMayExportTheMaskedRoster() throws {
        let (_, dashboard) = try run([.char("e")])
        XCTAssertNil(dashboard.overlay)
        XCTAssertTrue(dashboard.notice?.contains("“工作台”没有单独的台账可导出") ?? false, dashboard.notice ?? "")

        let target = dir.appendingPathComponent("名册.html").path
        let (_, liaison) = try run([.char("3"), .char("e"), .tab, .ctrl("u")] + text(target) + [.enter], role: .liaison)
        XCTAssertNil(liaison.overlay, liaison.notice ?? "")
        let html = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(html.contains("139****5678"))
        XCTAssertFalse(html.contains("13912345678"))
    }

    func testEscCloses_AndTasksSayWhereExportsAre() throws {
        let (_, state) = try run([.char("4"), .char("e"), .escape])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.section, .fiveOnes)
        let (_, tasks) = try run([.char("6"), .char("E")])
        XCTAssertNil(tasks.overlay)
        XCTAssertTrue(tasks.notice?.contains("在 三会一课、党员（名册或党费）、五个一、承诺、提醒谈话 中按 e 导出") ?? false, tasks.notice ?? "")
    }

    /// --read-only "可以查看和导出": `e` on a list exports there too (the help says so), while
    /// `e` inside an opened record is still refused.
    func testReadOnly_EOnAListStillExports() throws {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: [.char("2"), .char("e")])
        var state = AppState(ledger: try store.load(), today: today, width: 100, height: 30, sourceLabel: "测试")
        state.readOnly = true
        let final = AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: LedgerStore(directory: dir, readOnly: true)), stopWhenIdle: true)
        guard case .ledgerExport? = final.overlay else { return XCTFail("e on a list in --read-only: \(final.notice ?? "")") }

        let opened = InMemoryTerminal(width: 100, height: 30)
        opened.enqueue(keys: [.char("2"), .enter, .char("e")])
        let inRecord = AppRuntime.run(state, on: opened, writer: ChangeWriter(store: LedgerStore(directory: dir, readOnly: true)), stopWhenIdle: true)
        if case .meetingForm? = inRecord.overlay { XCTFail("e in a record opened a form in --read-only") }
        XCTAssertTrue(inRecord.notice?.contains("只读模式") ?? false, inRecord.notice ?? "")
    }
}

/// The year arrows stop at the years a shard can have (1–9999) instead of running into an
/// invalid date.
final class LedgerExportDialogYearTests: XCTestCase {
    func testYearStopsAtOne() {
        var dialog = LedgerExportDialog(sectionTitle: "三会一课", kinds: [.meetings], year: 2)
        dialog.focus = .year
        for _ in 0..<5 { _ = dialog.handle(.left) }
        XCTAssertEqual(dialog.year, 1)
        for _ in 0..<3 { _ = dialog.handle(.right) }
        XCTAssertEqual(dialog.year, 4)
    }
}
