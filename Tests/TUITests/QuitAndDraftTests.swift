import Foundation
import Model
import Persistence
import XCTest
@testable import TUI

/// Issue #9, terminal faults: Ctrl-C asks, a stop signal or a confirmed quit keeps the open
/// form as a draft that the next start offers, `--read-only` says so and edits nothing, and a
/// storm of resizes leaves a sound screen.
final class QuitAndDraftTests: XCTestCase {
    let today = CalendarDate("2026-12-04")!
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString)")
        try LedgerStore.create(ledger(), at: directory)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func ledger() -> Ledger {
        let ouyang = Member(name: "欧阳修", status: .full, joinedDate: CalendarDate("2005-07-01"))
        let li = Member(name: "李清照", status: .full, joinedDate: CalendarDate("2010-07-01"))
        let talk = TalkCase(memberId: li.id, openedOn: CalendarDate("2026-06-01")!, origin: .analysis, reason: "工作作风",
                            entries: [TalkEntry(stage: .branchTalk, date: CalendarDate("2026-06-09")!, heldBy: "欧阳修",
                                                outcome: .notYet, followUp: CalendarDate("2026-12-10"))])
        return Ledger(profile: BranchProfile(name: "法规处党支部"), members: [ouyang, li], talkCases: [talk])
    }

    private func state(role: Role = .secretary) throws -> AppState {
        let loaded = try LedgerStore(directory: directory).load()
        return AppState(ledger: loaded, today: today, width: 100, height: 30, sourceLabel: "测试", role: role)
    }

    private func run(_ state: AppState, _ events: [TerminalEvent]) -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: state.width, height: state.height)
        terminal.enqueue(events)
        let writer = ChangeWriter(store: LedgerStore(directory: directory))
        return (terminal, AppRuntime.run(state, on: terminal, writer: writer, stopWhenIdle: true))
    }

    private func keys(_ text: String) -> [TerminalEvent] { text.map { .key(.char($0)) } }

    private func screen(_ terminal: InMemoryTerminal) -> String { terminal.screenLines.joined(separator: "\n") }

    /// Opens 三会一课's new-meeting form and types a topic (Tab 10 times reaches 议题).
    private func typingATopic(_ topic: String) -> [TerminalEvent] {
        [.key(.char("2")), .key(.char("n"))] + Array(repeating: TerminalEvent.key(.tab), count: 10) + keys(topic)
    }

    func testCtrlC_AsksFirst_NKeepsWorking_CtrlCAgainQuits() throws {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue([.key(.ctrl("c"))])
        var after = AppRuntime.run(try state(), on: terminal, stopWhenIdle: true)
        XCTAssertNotNil(after.quitQuestion, "Ctrl-C does not quit at once")
        XCTAssertTrue(screen(terminal).contains("退出工作台？"), screen(terminal))
        XCTAssertTrue(screen(terminal).contains("y 或 Ctrl-C 退出 / n 继续"))

        XCTAssertEqual(after.update(.key(.char("n"))), [])
        XCTAssertNil(after.quitQuestion, "n keeps working")
        XCTAssertEqual(after.update(.key(.char("3"))), [])
        XCTAssertEqual(after.section, .members, "keys work again after n")

        XCTAssertEqual(after.update(.key(.ctrl("c"))), [])
        XCTAssertEqual(after.update(.key(.ctrl("c"))), [.quit], "a second Ctrl-C answers yes")
        XCTAssertEqual(after.update(.key(.char("y"))), [.quit])
    }

    func testCtrlCInAForm_YesKeepsTheDraft_NextStartOffersIt_YesRestoresWhatWasTyped() throws {
        let topic = "学习《党章》，谈体会、找差距。🙂"
        let (terminal, quit) = run(try state(), typingATopic(topic) + [.key(.ctrl("c"))])
        XCTAssertTrue(screen(terminal).contains("表单中尚未保存的内容会留作草稿"), screen(terminal))
        _ = quit
        let (_, ended) = run(quit, [.key(.char("y"))])
        XCTAssertNil(ended.stopSignal)

        let kept = try XCTUnwrap(DraftFile(directory: directory, role: .secretary).load(), "the draft is on disk")
        XCTAssertEqual(kept.kind, .meeting)
        XCTAssertEqual(kept.values["topic"], topic)
        let attributes = try FileManager.default.attributesOfItem(atPath: DraftFile(directory: directory, role: .secretary).url.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "a draft is as private as the ledger")

        var next = try state()
        next.offeredDraft = DraftFile(directory: directory, role: .secretary).load()
        let (offered, _) = run(next, [])
        XCTAssertTrue(screen(offered).contains("恢复未保存的草稿？"), screen(offered))
        XCTAssertTrue(screen(offered).contains("（议题：学习《党章》，谈体会、找差距。🙂）"), screen(offered))

        let (restoredScreen, restored) = run(next, [.key(.char("y"))])
        guard case .meetingForm(let form)? = restored.overlay else { return XCTFail("the meeting form is open again") }
        XCTAssertEqual(form.form.value(of: "topic"), topic)
        XCTAssertTrue(form.form.isDirty, "Esc on a restored draft still asks before discarding")
        XCTAssertTrue(screen(restoredScreen).contains("已恢复草稿"), screen(restoredScreen))
        XCTAssertNil(DraftFile(directory: directory, role: .secretary).load(), "an answered draft is removed")
    }

    func testStopSignalWhileAFormIsOpen_KeepsTheDraftAndEndsWithTheSignal() throws {
        let (_, ended) = run(try state(), typingATopic("年终总结") + [.stop(signal: SIGTERM)])
        XCTAssertEqual(ended.stopSignal, SIGTERM)
        XCTAssertEqual(DraftFile(directory: directory, role: .secretary).load()?.values["topic"], "年终总结")
    }

    func testStopWithoutChanges_KeepsNoDraft() throws {
        _ = run(try state(), [.key(.char("2")), .key(.char("n")), .stop(signal: SIGHUP)])
        XCTAssertNil(DraftFile(directory: directory, role: .secretary).load(), "an untouched form is nothing to keep")
    }

    func testDraftRefused_NIsDiscarded_AndAnotherRolesDraftIsNotOffered() throws {
        _ = run(try state(), typingATopic("草稿") + [.stop(signal: SIGTERM)])
        var next = try state()
        next.offeredDraft = DraftFile(directory: directory, role: .secretary).load()
        let (_, refused) = run(next, [.key(.char("n"))])
        XCTAssertNil(refused.overlay)
        XCTAssertNil(DraftFile(directory: directory, role: .secretary).load())

        let draft = FormDraft(kind: .meeting, recordId: nil, values: ["topic": "书记的草稿"], attendance: nil,
                              owner: "secretary", keptAt: "2026-12-04 09:00", title: "新建会议记录")
        var liaison = try state(role: .liaison)
        XCTAssertFalse(liaison.restore(draft), "a draft is restored only for the role that typed it")
    }

    func testTalkStageDraft_IsKeptAndRestoredForTheSecretary() throws {
        let s = try state()
        let talkId = s.ledger.talkCases[0].id
        var form = TalkForm.stage(for: s.ledger.talkCases[0], ledger: s.ledger, today: today)
        form.panel.form.setValue("谈话人甲", of: "heldBy")
        form.panel.form.markDirty()
        var open = s
        open.section = .talks
        open.overlay = .talkForm(form)
        let draft = try XCTUnwrap(open.formDraft(keptAt: "2026-12-04 10:00"))
        XCTAssertEqual(draft.kind, .talkStage)
        XCTAssertEqual(draft.recordId, talkId)
        var next = try state()
        XCTAssertTrue(next.restore(draft))
        guard case .talkForm(let restored)? = next.overlay else { return XCTFail("talk form restored") }
        XCTAssertEqual(restored.panel.form.value(of: "heldBy"), "谈话人甲")
    }

    /// A meeting of an older year (turned to with `[`) edited when the window closed: the next
    /// start loads only the recent years, and the draft must not be thrown away as "gone".
    func testDraftOfAnOlderYearsMeeting_IsRestoredNotDiscarded() throws {
        let old = Meeting(kind: .committeeMeeting, date: CalendarDate("2023-03-05")!, place: "三楼会议室", host: "欧阳修",
                          recorder: "欧阳修", topic: "研究年度工作要点")
        var full = ledger()
        full.meetings = [old]
        try? FileManager.default.removeItem(at: directory)
        try LedgerStore.create(full, at: directory)
        let store = LedgerStore(directory: directory)

        var editing = AppState(ledger: try store.load(), today: today, width: 100, height: 30, sourceLabel: "测试")
        var form = MeetingForm.edit(old, ledger: editing.ledger)
        form.form.setValue("研究年度工作要点（补记）", of: "topic")
        form.form.markDirty()
        editing.section = .meetings
        editing.overlay = .meetingForm(form)
        let draft = try XCTUnwrap(editing.formDraft(keptAt: "2026-12-04 10:00"))
        try DraftFile(directory: directory, role: .secretary).save(draft)

        // The next start: only the recent years are read.
        var recent = try store.load(years: [2025, 2026])
        var years: Set<Int> = [2025, 2026]
        XCTAssertTrue(recent.meetings.isEmpty)
        let offered = try XCTUnwrap(DraftFile(directory: directory, role: .secretary).offer(to: .secretary, store: store, ledger: &recent, loadedYears: &years))
        var next = AppState(ledger: recent, today: today, width: 100, height: 30, sourceLabel: "测试", loadedYears: years)
        next.offeredDraft = offered
        let (_, restored) = run(next, [.key(.char("y"))])
        guard case .meetingForm(let back)? = restored.overlay else { return XCTFail("not restored: \(restored.notice ?? "")") }
        XCTAssertEqual(back.original?.id, old.id)
        XCTAssertEqual(back.form.value(of: "topic"), "研究年度工作要点（补记）")
        XCTAssertTrue(restored.loadedYears.contains(2023))
    }

    func testReadOnly_SaysSoInTheStatusLine_AndRefusesEditingKeys() throws {
        var s = try state()
        s.readOnly = true
        let (terminal, after) = run(s, [.key(.char("2")), .key(.char("n"))])
        XCTAssertNil(after.overlay, "no form opens: nothing would be saved")
        let text = screen(terminal)
        XCTAssertTrue(text.contains("只读，不保存任何修改"), text)
        XCTAssertTrue(text.contains("只读模式（--read-only）"), text)
        let (_, viewing) = run(s, [.key(.char("3")), .key(.enter)])
        XCTAssertNotNil(viewing.overlay, "reading still works")
    }

    func testResizeStorm_EndsWithASoundScreenAtTheLastSize() throws {
        var generator = SystemRandomNumberGenerator()
        var events: [TerminalEvent] = typingATopic("风暴中的议题")
        for i in 0..<400 {
            let width = Int.random(in: 1...220, using: &generator), height = Int.random(in: 1...80, using: &generator)
            events.append(.resize(width: width, height: height))
            if i % 40 == 0 { events += keys("字") }
        }
        events.append(.resize(width: 40, height: 10))
        let (small, tiny) = run(try state(), events)
        XCTAssertTrue(screen(small).contains("终端窗口太小"), "40×10 says it is too small: \(screen(small))")
        XCTAssertEqual(tiny.width, 40)

        let (terminal, after) = run(tiny, [.resize(width: 100, height: 30)])
        guard case .meetingForm(let form)? = after.overlay else { return XCTFail("the form survived the storm") }
        XCTAssertTrue(form.form.value(of: "topic").hasPrefix("风暴中的议题"))
        XCTAssertTrue(screen(terminal).contains("新建会议记录"), screen(terminal))
        for line in terminal.screenLines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 100) }
    }

    /// One draft file per role: the liaison stopping with a form open never replaces the
    /// secretary's kept draft (which may be a talk case's).
    func testDraftsAreKeptPerRole() throws {
        _ = run(try state(), typingATopic("书记的草稿") + [.stop(signal: SIGTERM)])
        let liaisonDraft = FormDraft(kind: .meeting, recordId: nil, values: ["topic": "联络员的草稿"], attendance: nil,
                                     owner: Role.liaison.draftOwner, keptAt: "2026-12-04 10:00", title: "新建会议记录")
        try DraftFile(directory: directory, role: .liaison).save(liaisonDraft)
        XCTAssertEqual(DraftFile(directory: directory, role: .secretary).load()?.values["topic"], "书记的草稿")
        XCTAssertEqual(DraftFile(directory: directory, role: .liaison).load()?.values["topic"], "联络员的草稿")
        let folder = directory.appendingPathComponent("drafts").path
        let mode = (try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o700)
    }
}
