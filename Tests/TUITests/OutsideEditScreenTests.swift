import XCTest
import TestSupport
import Model
import Persistence
@testable import TUI

/// Issue #9 in the workbench: a CLI (another `LedgerStore` on the same directory) writes while
/// the workbench runs; files edited by hand are reloaded; the same record edited in both places
/// is refused once, then saved deliberately; a full disk is reported on the form.
final class OutsideEditScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-outside-\(UUID().uuidString.prefix(8))")
        try LedgerStore.create(MeetingFormScreenTests.ledger(), at: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func start(_ keys: [Key], store: LedgerStore) throws -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: 100, height: 40)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(years: [2026]), today: today, width: 100, height: 40, sourceLabel: "测试",
                             loadedYears: [2026])
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    private func resume(_ state: AppState, _ keys: [Key], store: LedgerStore) -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: 100, height: 40)
        terminal.enqueue(keys: keys)
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    func testShardChangedOnDisk_IsReloadedKeepingSectionAndNamingTheFile() throws {
        let store = LedgerStore(directory: directory)
        let (_, before) = try start([.char("2")], store: store)
        XCTAssertEqual(before.section, .meetings)

        // A hand edit of the topic, as sed would do it.
        let shard = directory.appendingPathComponent("meetings/2026.json")
        let text = try String(contentsOf: shard, encoding: .utf8).replacingOccurrences(of: "学习宪法", with: "学习民法典")
        try text.write(to: shard, atomically: false, encoding: .utf8)

        let (terminal, after) = resume(before, [], store: store)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertEqual(after.section, .meetings)
        XCTAssertTrue(screen.contains("学习民法典"), screen)
        XCTAssertTrue(screen.contains("已重新读取在别处修改的文件：meetings/2026.json"), screen)
    }

    /// Only the changed file is read again: a meeting that exists only in the workbench's copy
    /// (as if its shard were years of records) survives a reload caused by the task file.
    func testOnlyTheChangedFileIsReadAgain() throws {
        let store = LedgerStore(directory: directory)
        let (_, open) = try start([], store: store)
        var marked = open
        let onlyInMemory = Meeting(kind: .themeDay, date: CalendarDate("2026-06-01")!, topic: "只在内存中的记录")
        marked.ledger.meetings.append(onlyInMemory)
        let cli = LedgerStore(directory: directory)
        _ = try cli.load()
        try cli.save(LiaisonTask(title: "报送学习心得，欧阳修 📮", kind: .report, due: CalendarDate("2026-12-20")!))

        let (_, after) = resume(marked, [], store: store)
        XCTAssertTrue(after.ledger.tasks.contains { $0.title == "报送学习心得，欧阳修 📮" }, "the task file was read again")
        XCTAssertTrue(after.ledger.meetings.contains(onlyInMemory), "the meeting file was not")
    }

    func testCliAddsAMemberWhileTheWorkbenchSavesAnother_BothShownBothKept() throws {
        let store = LedgerStore(directory: directory)
        let (_, open) = try start([.char("3")], store: store)
        let cli = LedgerStore(directory: directory)
        _ = try cli.load()
        try cli.save(Member(name: "司马光", status: .full))

        // The workbench edits 欧阳修 from its own (older) copy of members.json.
        var state = open
        var ouyang = state.ledger.members.first { $0.name == "欧阳修" }!
        let original = ouyang
        ouyang.post = "处长"
        let outcome = ChangeWriter(store: store).perform(.saveMember(ouyang, previous: original))
        XCTAssertEqual(outcome, .saved(.saveMember(ouyang, previous: original)))
        _ = state.update(outcome)
        let (terminal, after) = resume(state, [], store: store)
        XCTAssertTrue(after.ledger.members.contains { $0.name == "司马光" }, "the CLI's member appears without a restart")
        XCTAssertTrue(terminal.screenLines.joined().contains("司马光"))
        let onDisk = try LedgerStore(directory: directory).load().members
        XCTAssertEqual(onDisk.first { $0.name == "欧阳修" }?.post, "处长")
        XCTAssertTrue(onDisk.contains { $0.name == "司马光" }, "no lost update")
    }

    func testSameMeetingEditedByTheCliWhileItsFormIsOpen_RefusedOnceThenSaved() throws {
        let store = LedgerStore(directory: directory)
        // Open the planned meeting's form and change its place.
        let (_, editing) = try start([.char("2"), .enter, .char("e"), .tab, .tab, .tab, .tab, .tab, .end] + "（改）".map { Key.char($0) },
                                     store: store)
        guard case .meetingForm? = editing.overlay else { return XCTFail("form not open: \(String(describing: editing.overlay))") }
        // Meanwhile the CLI changes the same meeting.
        let cli = LedgerStore(directory: directory)
        var theirs = try cli.load().meetings[0]
        theirs.topic = "学习宪法（CLI 修改）"
        try cli.save(theirs)

        let (terminal, refused) = resume(editing, [.ctrl("s")], store: store)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("这条记录已被另一处修改"), screen)
        guard case .meetingForm? = refused.overlay else { return XCTFail("the form stays open with the draft") }
        XCTAssertEqual(try LedgerStore(directory: directory).load().meetings[0].topic, "学习宪法（CLI 修改）", "not overwritten")
        XCTAssertEqual(refused.ledger.meetings[0].topic, "学习宪法（CLI 修改）", "the workbench re-read the record")

        let (_, saved) = resume(refused, [.ctrl("s")], store: store)
        if case .meetingForm? = saved.overlay { XCTFail("second save goes through: \(saved.notice ?? "")") }
        XCTAssertTrue(try LedgerStore(directory: directory).load().meetings[0].place.hasSuffix("（改）"))
    }

    func testFormOpenWhenItsRecordChangesOnDisk_SaysSoBeforeAnySave() throws {
        let store = LedgerStore(directory: directory)
        let (_, editing) = try start([.char("2"), .enter, .char("e")], store: store)
        let cli = LedgerStore(directory: directory)
        var theirs = try cli.load().meetings[0]
        theirs.place = "五楼"
        try cli.save(theirs)
        let (terminal, after) = resume(editing, [], store: store)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("你正在编辑的这条记录刚被另一处修改"), screen)
        guard case .meetingForm? = after.overlay else { return XCTFail("the form stays open") }
        XCTAssertEqual(after.ledger.meetings[0].place, "五楼")
    }

    func testEditedFileThatNoLongerParses_IsReportedAndItsRecordsStay() throws {
        let store = LedgerStore(directory: directory)
        let (_, open) = try start([.char("3")], store: store)
        let members = directory.appendingPathComponent("members.json")
        try Data("{\"schemaVersion\": 1, \"records\": [ {".utf8).write(to: members)
        let (terminal, after) = resume(open, [], store: store)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("无法读取"), screen)
        XCTAssertTrue(screen.contains("欧阳修"), "the records read before stay on screen")
        XCTAssertEqual(after.ledger.members.count, 3)
        XCTAssertEqual(try String(contentsOf: members, encoding: .utf8), "{\"schemaVersion\": 1, \"records\": [ {", "never overwritten")
    }

    /// Nothing changed: no reload, however often it is asked (the cost per check is measured by
    /// the benchmark `branchdesk dev outside-check-cost`, not by a timed test).
    func testNothingChanged_NoReload() throws {
        let store = LedgerStore(directory: directory)
        let state = try start([], store: store).1
        let writer = ChangeWriter(store: store)
        for _ in 0..<200 { XCTAssertNil(writer.outsideChanges(loadedYears: state.loadedYears, current: state.ledger)) }
    }

    func testFullDisk_TheFormShowsWhatToDo() throws {
        let mount = try ScratchMount(sizeKilobytes: 256)
        let dir = mount.url.appendingPathComponent("ledger")
        try LedgerStore.create(MeetingFormScreenTests.ledger(), at: dir)
        let store = LedgerStore(directory: dir)
        let (_, editing) = try start([.char("2"), .enter, .char("e"), .tab, .tab, .tab, .tab, .tab, .end, .char("X")], store: store)
        let before = try Data(contentsOf: dir.appendingPathComponent("meetings/2026.json"))
        try mount.fill()
        let (terminal, after) = resume(editing, [.ctrl("s")], store: store)
        let screen = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("磁盘已满"), screen)
        guard case .meetingForm? = after.overlay else { return XCTFail("the draft stays open") }
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("meetings/2026.json")), before)
    }
}
