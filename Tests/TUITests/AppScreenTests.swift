import XCTest
import Model
import Persistence
@testable import TUI

/// Whole screens rendered into the in-memory terminal, asserted as lines of text.
final class AppScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!

    private func ledger() -> Ledger {
        let g1 = PartyGroup(name: "第一党小组"), g2 = PartyGroup(name: "第二党小组")
        let secretary = Member(name: "王建国", gender: .male, groupId: g1.id, phone: "13912345678", status: .full,
                               joinedDate: CalendarDate("1998-07-01"))
        let ouyang = Member(name: "欧阳修", gender: .male, post: "主任科员", groupId: g2.id, phone: "13800001111",
                            idNumber: "320102198005011234", status: .full, joinedDate: CalendarDate("2005-07-01"))
        let li = Member(name: "李清照", gender: .female, groupId: g1.id, status: .probationary,
                        joinedDate: CalendarDate("2026-01-05"))
        let lecture = Meeting(kind: .partyLecture, date: CalendarDate("2026-11-20")!, place: "三楼会议室", host: "王建国",
                              recorder: "李清照", lecturer: "王建国", topic: "学习党章，谈体会",
                              attendance: [Attendance(memberId: secretary.id, presence: .present),
                                           Attendance(memberId: ouyang.id, presence: .excused, reason: "出差"),
                                           Attendance(memberId: li.id, presence: .present)],
                              minutes: "王建国同志讲授党课。\n大家交流了体会。")
        let planned = Meeting(kind: .lifeMeeting, state: .planned, date: CalendarDate("2026-12-18")!, topic: "年度组织生活会")
        let task = LiaisonTask(title: "报送第四季度学习情况", source: "机关党委〔2026〕12号", kind: .report,
                               due: CalendarDate("2026-12-01")!)
        return Ledger(profile: BranchProfile(name: "法规处党支部", organPartyCommittee: "省地方税务局机关党委",
                                             groups: [g1, g2], committee: [CommitteeSeat(role: .secretary, memberId: secretary.id)],
                                             termStart: CalendarDate("2024-03-15")),
                      members: [secretary, ouyang, li], meetings: [lecture, planned], tasks: [task])
    }

    private func run(_ keys: [Key], width: Int = 100, height: Int = 30) -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: width, height: height)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: ledger(), today: today, width: width, height: height, sourceLabel: "测试")
        let final = AppRuntime.run(state, on: terminal, stopWhenIdle: true)
        return (terminal, final)
    }

    func testDashboard_ShowsBranchSummaryAndWhatIsDue() {
        let (terminal, _) = run([])
        let lines = terminal.screenLines
        XCTAssertEqual(lines[0], " 1 工作台  2 三会一课  3 党员  4 五个一  5 提醒谈话  6 联络任务  7 承诺")
        XCTAssertTrue(lines[1].hasPrefix(" 工作台"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("2026-12-04"), lines[1])
        XCTAssertEqual(lines[2], " 法规处党支部（上级：省地方税务局机关党委）")
        XCTAssertEqual(lines[3], " 党员 3 人（正式 2，预备 1，流动 0）；发展对象 0，入党积极分子 0，入党申请人 0")
        XCTAssertTrue(lines[4].contains("书记 王建国；任期至 2027-03-15（还有 101 天）"), lines[4])
        XCTAssertTrue(lines.contains(" 2026-12-01  逾期3天     联络任务（报送）：报送第四季度学习情况（机关党委〔2026〕12号）"),
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains(" 2027-03-15  101天后     支委会任期将于 2027年3月15日 届满（任期 3 年），须提前做好换届选举准备"),
                      "term end is warned six months ahead: \(lines.joined(separator: "\n"))")
        XCTAssertTrue(lines[29].contains("法规处党支部 · 工作台 · 书记 · 测试"), lines[29])
        XCTAssertTrue(lines[29].contains("? 帮助"), lines[29])
    }

    func testMembersSection_AlignsChineseNamesAndMasksPhones() {
        let (terminal, _) = run([.char("3")])
        let lines = terminal.screenLines
        XCTAssertTrue(lines[1].hasPrefix(" 党员　共 3 条"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix(" 姓名        性别  党小组      身份"), lines[2])
        // Roster order: by group, then by name in pinyin order (李 before 王).
        XCTAssertTrue(lines[3].hasPrefix(" 李清照      女    第一党小组  预备党员"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix(" 王建国      男    第一党小组  正式党员·书记"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix(" 欧阳修      男    第二党小组  正式党员"), lines[5])
        XCTAssertTrue(lines[5].hasSuffix("138****1111"), lines[5])
        XCTAssertFalse(terminal.screenLines.joined().contains("13800001111"), "phones are masked in lists")
    }

    func testFilterNarrowsTheListAndEnterOpensTheRecord() {
        let (terminal, state) = run([.char("3"), .char("/")] + "欧阳".map { Key.char($0) } + [.enter, .enter])
        let lines = terminal.screenLines
        XCTAssertEqual(state.currentList.visible.count, 1)
        XCTAssertTrue(lines[1].contains("党员 › 党员档案 欧阳修"), lines[1])
        XCTAssertTrue(lines.contains { $0.contains("姓　　名：欧阳修") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("身份证号：3201**********1234") }, lines.joined(separator: "\n"))
    }

    func testFilterTyping_ShowsTheCountAndEscClears() {
        let (withFilter, _) = run([.char("3"), .char("/"), .char("李")])
        XCTAssertTrue(withFilter.screenLines[1].contains("筛选“李”：1 / 3 条"), withFilter.screenLines[1])
        XCTAssertTrue(withFilter.screenLines[28].contains("筛选 / 李"), withFilter.screenLines[28])
        XCTAssertNotNil(withFilter.lastCursor)
        let (cleared, state) = run([.char("3"), .char("/"), .char("李"), .escape])
        XCTAssertEqual(state.currentList.visible.count, 3)
        XCTAssertTrue(cleared.screenLines[1].contains("共 3 条"))
    }

    func testMeetingDetail_UsesTheCustomaryLayout() {
        let (terminal, _) = run([.char("2"), .down, .enter])
        let text = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(text.contains("会议类别：党课（已召开）"), text)
        XCTAssertTrue(text.contains("应到 3 人，实到 2 人，请假 1 人，缺席 0 人"), text)
        XCTAssertTrue(text.contains("请　　假：欧阳修（出差）"), text)
        XCTAssertTrue(text.contains("王建国同志讲授党课。"), text)
    }

    func testTabCyclesAndEscReturnsFromDetail() {
        let (_, state) = run([.tab, .tab, .backTab])
        XCTAssertEqual(state.section, .meetings)
        let (_, back) = run([.char("2"), .enter, .escape])
        XCTAssertNil(back.overlay)
    }

    func testHelp_IsGeneratedFromTheKeyMap() {
        // Tall enough for every binding on one page (the help scrolls on smaller screens).
        let (terminal, _) = run([.char("?")], height: 40)
        let text = terminal.screenLines.joined(separator: "\n")
        for binding in KeyMap.bindings {
            XCTAssertTrue(text.contains(binding.description), "help lists \(binding.keys)")
        }
    }

    func testQuitKeyEndsTheLoop() {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: [.char("q"), .char("3")])
        AppRuntime.run(AppState(ledger: ledger(), today: today, width: 100, height: 30, sourceLabel: ""), on: terminal, stopWhenIdle: true)
        XCTAssertEqual(terminal.pendingEventCount, 1, "keys after q are not read")
    }

    func testTooSmallTerminal_ShowsAClearMessage() {
        let (terminal, _) = run([], width: 60, height: 20)
        let lines = terminal.screenLines
        XCTAssertTrue(lines.contains { $0.contains("终端窗口太小") })
        XCTAssertTrue(lines.contains { $0.contains("当前 60×20，至少需要 80×24。") })
    }

    func testResizeRedrawsAtTheNewSize() {
        let (terminal, state) = run([.char("3")], width: 100, height: 30)
        XCTAssertEqual(state.width, 100)
        let resized = InMemoryTerminal(width: 100, height: 30)
        resized.enqueue([.resize(width: 80, height: 24)])
        let after = AppRuntime.run(state, on: resized, stopWhenIdle: true)
        XCTAssertEqual(after.width, 80)
        XCTAssertEqual(resized.lastFrame?.width, 80)
        XCTAssertEqual(resized.screenLines.count, 24)
        XCTAssertTrue(terminal.screenLines[2].contains("姓名"))
    }
}

/// The liaison's workbench: tasks, reminders without talk cases, meetings and the masked roster, read-only.
final class LiaisonRoleScreenTests: XCTestCase {
    private func ledger() -> Ledger {
        let ouyang = Member(name: "欧阳修", phone: "13800001111", status: .full, joinedDate: CalendarDate("2005-07-01"))
        let talk = TalkCase(memberId: ouyang.id, openedOn: CalendarDate("2026-06-01")!, origin: .analysis, reason: "工作作风",
                            entries: [TalkEntry(stage: .branchTalk, date: CalendarDate("2026-06-09")!, heldBy: "王建国",
                                                outcome: .notYet, followUp: CalendarDate("2026-12-10"))])
        let task = LiaisonTask(title: "报送学习情况", kind: .report, due: CalendarDate("2026-12-08")!)
        let meeting = Meeting(kind: .themeDay, date: CalendarDate("2026-11-20")!, topic: "主题党日")
        return Ledger(profile: BranchProfile(name: "法规处党支部"), members: [ouyang], meetings: [meeting],
                      talkCases: [talk], tasks: [task])
    }

    private func run(_ keys: [Key], role: Role) -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: ledger(), today: CalendarDate("2026-12-04")!, width: 100, height: 30,
                             sourceLabel: "测试", role: role)
        return (terminal, AppRuntime.run(state, on: terminal, stopWhenIdle: true))
    }

    func testLiaison_SeesTasksButNoTalkCaseAnywhere() {
        let (terminal, _) = run([], role: .liaison)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertEqual(terminal.screenLines[0], " 1 工作台  2 三会一课  3 党员  6 联络任务")
        XCTAssertTrue(screen.contains("联络任务（报送）：报送学习情况"), screen)
        XCTAssertFalse(screen.contains("提醒谈话"), "no talk reminder on the liaison's dashboard: \(screen)")
        XCTAssertTrue(terminal.screenLines[29].contains("联络员"), terminal.screenLines[29])
        let (_, state) = run([.char("5")], role: .liaison)
        XCTAssertEqual(state.section, .dashboard, "5 does not open talk cases")
        XCTAssertEqual(state.notice, "联络员身份看不到“提醒谈话”。")
        XCTAssertTrue(state.lists[.talks]?.rows.isEmpty ?? true)
    }

    func testLiaison_CannotEditMeetingsOrMembers() {
        let (_, state) = run([.char("2"), .char("n")], role: .liaison)
        XCTAssertNil(state.overlay, "no form opens")
        XCTAssertTrue(state.notice?.contains("修改请由书记进行") ?? false, state.notice ?? "")
        let (terminal, _) = run([.char("3")], role: .liaison)
        XCTAssertTrue(terminal.screenLines.contains { $0.contains("138****1111") })
        XCTAssertFalse(terminal.screenLines.joined().contains("13800001111"))
    }

    func testSecretary_SeesTheTalkFollowUp() {
        let (terminal, _) = run([], role: .secretary)
        XCTAssertTrue(terminal.screenLines.joined().contains("欧阳修提醒谈话跟进（党支部提醒谈话）"), terminal.screenLines.joined(separator: "\n"))
    }
}

/// Section 6: the liaison records whom they reminded; the log and the status follow.
final class TaskReminderScreenTests: XCTestCase {
    func testLiaisonRecordsAReminder_LogAndStatusSaved() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-task-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ouyang = Member(name: "欧阳修", status: .full)
        let task = LiaisonTask(title: "督促补交思想汇报", source: "机关党委〔2026〕12号", kind: .inspect,
                               due: CalendarDate("2026-12-10")!, concerns: [ouyang.id])
        try LedgerStore.create(Ledger(profile: BranchProfile(name: "法规处党支部"), members: [ouyang], tasks: [task]), at: dir)
        let store = LedgerStore(directory: dir)
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: [.char("6"), .char("r")])
        let opened = AppRuntime.run(AppState(ledger: try store.load(), today: CalendarDate("2026-12-04")!, width: 100, height: 30,
                                             sourceLabel: "测试", role: .liaison),
                                    on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("记录提醒：督促补交思想汇报"), screen)
        XCTAssertTrue(screen.contains("提醒对象  欧阳修"), screen)
        terminal.enqueue(keys: [.right, .right, .ctrl("s")])
        let after = AppRuntime.run(opened, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true)
        let saved = try XCTUnwrap(LedgerStore(directory: dir).load().tasks.first)
        XCTAssertEqual(saved.status, .reminded)
        XCTAssertEqual(saved.reminders.map(\.how), ["微信"])
        XCTAssertEqual(saved.reminders.first?.whom, "欧阳修")
        XCTAssertEqual(saved.reminders.first?.date, CalendarDate("2026-12-04"))
        XCTAssertTrue(after.notice?.contains("已记录：2026-12-04 微信提醒欧阳修") ?? false, after.notice ?? "")
        XCTAssertTrue(terminal.screenLines.contains { $0.contains("已提醒") && $0.contains("督促补交思想汇报") },
                      terminal.screenLines.joined(separator: "\n"))
    }
}
