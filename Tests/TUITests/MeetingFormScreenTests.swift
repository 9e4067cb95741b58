import XCTest
import Model
import Persistence
@testable import TUI

/// The 三会一课 form, attendance picker and cadence grid, driven by keys through the real
/// update loop with a real store in a temporary directory.
final class MeetingFormScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-form-\(UUID().uuidString.prefix(8))")
        try LedgerStore.create(Self.ledger(), at: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    static func ledger() -> Ledger {
        let g1 = PartyGroup(name: "第一党小组")
        let wang = Member(name: "王建国", groupId: g1.id, status: .full, joinedDate: CalendarDate("1998-07-01"), fullMembershipDate: CalendarDate("1999-07-01"))
        let ouyang = Member(name: "欧阳修", groupId: g1.id, status: .full, joinedDate: CalendarDate("2005-07-01"), fullMembershipDate: CalendarDate("2006-07-01"))
        let li = Member(name: "李清照", groupId: g1.id, status: .probationary, joinedDate: CalendarDate("2026-01-05"))
        let planned = Meeting(kind: .themeDay, state: .planned, date: CalendarDate("2026-12-01")!, topic: "学习宪法")
        return Ledger(profile: BranchProfile(name: "法规处党支部", groups: [g1],
                                             committee: [CommitteeSeat(role: .secretary, memberId: wang.id)]),
                      members: [wang, ouyang, li], meetings: [planned],
                      cadenceRules: [CadenceRule(kind: .committeeMeeting, period: .month, source: "支部工作条例 第十二条"),
                                     CadenceRule(kind: .generalMeeting, period: .quarter, source: "支部工作条例 第十一条")])
    }

    private func run(_ keys: [Key]) throws -> (InMemoryTerminal, AppState) {
        let store = LedgerStore(directory: directory)
        let terminal = InMemoryTerminal(width: 100, height: 40)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(), today: today, width: 100, height: 40, sourceLabel: "测试")
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    private func text(_ s: String) -> [Key] { s.map { Key.char($0) } }

    func testNewForm_ShowsFieldsAlignedAndCountsAttendanceForTheUser() throws {
        let (terminal, _) = try run([.char("2"), .char("n")])
        let lines = terminal.screenLines
        XCTAssertTrue(lines[1].contains("三会一课 › 新建会议记录"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix("│会议类别  ‹ 支部委员会会议 ›"), lines[3])
        XCTAssertTrue(lines.contains { $0.hasPrefix("│议题      ") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("应到 1 人，实到 1 人，请假 0 人，缺席 0 人") }, "committee meeting: the committee is expected")
    }

    func testLoggingALecture_WithMultiLineMinutes_SavesExactlyWhatWasTyped() throws {
        // kind: ← from 支部委员会会议 goes to 支部党员大会; → twice reaches 党课.
        var keys: [Key] = [.char("2"), .char("n"), .right, .right, .tab, .tab, .tab, .tab, .tab]
        keys += text("三楼党员活动室") + [.tab] + text("王建国") + [.tab] + text("欧阳修") + [.tab] + text("王建国")
        keys += [.tab, .tab] + text("学习党章，谈体会。😀") + [.tab, .tab, .tab]
        keys += text("王建国同志讲授党课。") + [.enter] + text("大家交流了体会，") + [.enter] + text("欧阳修发言。")
        keys += [.ctrl("s")]
        let (terminal, state) = try run(keys)
        let saved = try XCTUnwrap(LedgerStore(directory: directory).load().meetings.first { $0.kind == .partyLecture },
                                  terminal.screenLines.joined(separator: "\n"))
        XCTAssertEqual(saved.topic, "学习党章，谈体会。😀")
        XCTAssertEqual(saved.minutes, "王建国同志讲授党课。\n大家交流了体会，\n欧阳修发言。")
        XCTAssertEqual(saved.lecturer, "王建国")
        XCTAssertEqual(saved.recorder, "欧阳修")
        XCTAssertEqual(saved.place, "三楼党员活动室")
        XCTAssertEqual(saved.expectedCount, 3, "a lecture expects every party member")
        XCTAssertEqual(saved.presentCount, 3)
        XCTAssertTrue(state.notice?.contains("已保存新党课记录") ?? false, state.notice ?? "")
        XCTAssertTrue(terminal.screenLines.contains { $0.contains("会议类别：党课（已召开）") })
    }

    func testSaveWithoutTopic_IsRefusedWithTheMessageUnderTheField() throws {
        let (terminal, state) = try run([.char("2"), .char("n"), .ctrl("s")])
        guard case .meetingForm(let form)? = state.overlay else { return XCTFail("form stays open") }
        XCTAssertEqual(form.form.focusedField?.id, "topic")
        let lines = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("议题不能为空，请填写。"), lines)
        XCTAssertTrue(lines.contains("有 1 处需要修改"), lines)
        XCTAssertEqual(try LedgerStore(directory: directory).load().meetings.count, 1, "nothing written")
    }

    func testEscOnAChangedForm_AsksBeforeDiscarding() throws {
        let (terminal, state) = try run([.char("2"), .char("n")] + Array(repeating: Key.tab, count: 10) + text("议题") + [.escape])
        XCTAssertTrue(terminal.screenLines.joined().contains("放弃修改？"))
        guard case .meetingForm? = state.overlay else { return XCTFail("still open until answered") }
        let (_, after) = try run([.char("2"), .char("n")] + Array(repeating: Key.tab, count: 10) + text("议题") + [.escape, .char("y")])
        XCTAssertNil(after.overlay)
    }

    func testAttendancePicker_MarksExcusedWithReasonAndAbsent_CountsFollow() throws {
        // General meeting (← once), attendance field, picker: 欧阳修 请假 出差, 李清照 缺席.
        var keys: [Key] = [.char("2"), .char("n"), .left]
        keys += Array(repeating: Key.tab, count: 10) + text("讨论预备党员转正") + [.tab, .enter]
        let (pickerScreen, _) = try run(keys)
        let pickerLines = pickerScreen.screenLines
        XCTAssertTrue(pickerLines[2].contains("出席情况　出席 3 · 请假 0 · 缺席 0"), pickerLines[2])
        XCTAssertTrue(pickerLines.contains { $0.hasPrefix("│[出席] 李清照  第一党小组") }, pickerLines.joined(separator: "\n"))
        keys += [.char("2")] + text("出差") + [.enter, .down, .char("3"), .enter]
        let (terminal, state) = try run(keys)
        guard case .meetingForm(let form)? = state.overlay else { return XCTFail("back on the form") }
        XCTAssertEqual(form.attendance.filter { $0.presence == .excused }.map(\.reason), ["出差"])
        XCTAssertEqual(form.attendance.filter { $0.presence == .absent }.count, 1)
        XCTAssertTrue(terminal.screenLines.contains { $0.contains("应到 3 人，实到 1 人，请假 1 人，缺席 1 人") },
                      terminal.screenLines.joined(separator: "\n"))
    }

    func testGeneralMeetingVote_ThresholdShownAndContradictingOutcomeRefused() throws {
        var keys: [Key] = [.char("2"), .char("n"), .left] + Array(repeating: Key.tab, count: 10) + text("讨论转正")
        keys += [.tab, .tab, .tab, .tab, .tab] + text("同意李清照转正：赞成 1 票，反对 0 票，弃权 0 票，通过") + [.ctrl("s")]
        let (terminal, state) = try run(keys)
        let screen = terminal.screenLines.joined(separator: "\n")
        // Two full members expected (the probationary member has no vote): 2 votes needed.
        XCTAssertTrue(screen.contains("至少 2 票方可通过"), screen)
        XCTAssertTrue(screen.contains("！党员大会表决：赞成票须超过应到会有表决权党员的半数"), screen)
        XCTAssertTrue(screen.replacingOccurrences(of: "│\n│", with: "").replacingOccurrences(of: " ", with: "").contains("不能记为通过"),
                      "the long message wraps instead of being cut: \(screen)")
        guard case .meetingForm(let form)? = state.overlay else { return XCTFail("the form stays open") }
        XCTAssertTrue(form.form["votes"]?.error?.contains("只有 1 票赞成，不能记为通过") ?? false, form.form["votes"]?.error ?? "")
        XCTAssertEqual(try LedgerStore(directory: directory).load().meetings.count, 1)
    }

    func testPlannedMeeting_MarkedHeldFromItsPage() throws {
        let (_, state) = try run([.char("2"), .enter, .char("h"), .ctrl("s")])
        let saved = try LedgerStore(directory: directory).load().meetings[0]
        XCTAssertEqual(saved.state, .held, state.notice ?? "")
        XCTAssertEqual(saved.expectedCount, 3, "marking held fills the expected list")
    }

    func testDelete_AsksThenRemovesTheRecord() throws {
        let (asking, _) = try run([.char("2"), .char("d")])
        XCTAssertTrue(asking.screenLines.joined().contains("删除这条会议记录？"))
        _ = try run([.char("2"), .char("d"), .char("y")])
        XCTAssertTrue(try LedgerStore(directory: directory).load().meetings.isEmpty)
    }

    func testCadenceGrid_ShowsHeldMissedAndPlannedByMonth() throws {
        let (terminal, _) = try run([.char("2"), .char("v")])
        let lines = terminal.screenLines
        XCTAssertTrue(lines[2].contains("2026 年会议周期"), lines[2])
        XCTAssertTrue(lines[3].contains("1月  2月"), lines[3])
        let committee = try XCTUnwrap(lines.first { $0.hasPrefix(" 支委会") }, lines.joined(separator: "\n"))
        XCTAssertEqual(committee.filter { $0 == "缺" }.count, 11, "January–November missed: \(committee)")
        XCTAssertTrue(committee.contains("本期"), committee)
        XCTAssertFalse(lines.joined().contains("%"), "never a score")
    }
}
