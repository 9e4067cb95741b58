import XCTest
import Model
@testable import Persistence

/// The operation journal and undo (issue #9): every save and delete is a line with before and
/// after; undo reverts one step, journals itself, and refuses when the record changed since.
final class JournalTests: XCTestCase {
    private var dir: URL!
    private var time = Date(timeIntervalSince1970: 1_796_000_000)   // 2026-11-29

    override func setUpWithError() throws {
        dir = makeTemporaryDirectory()
        try LedgerStore.create(sampleLedger(), at: dir)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    private func store(_ actor: JournalActor = .secretary) -> LedgerStore {
        LedgerStore(directory: dir, actor: actor, clock: { [unowned self] in
            time += 60
            return time
        })
    }

    private func entries() -> [JournalEntry] { Journal(directory: dir).read().entries }

    func testSaveAndEdit_AreJournaledWithBeforeAndAfter_PrivateFile() throws {
        let store = store()
        var meeting = Meeting(kind: .committeeMeeting, date: CalendarDate("2026-11-20")!, topic: "学习贯彻条例")
        try store.save(meeting)
        meeting.topic = "学习贯彻条例（修改）"
        try store.save(meeting)
        let journal = entries()
        XCTAssertEqual(journal.count, 2)
        XCTAssertEqual(journal[0].operation, .save)
        XCTAssertEqual(journal[0].change, .created)
        XCTAssertEqual(journal[0].before, .null)
        XCTAssertEqual(journal[0].after["topic"], .string("学习贯彻条例"))
        XCTAssertEqual(journal[0].kind, "meetings")
        XCTAssertEqual(journal[0].file, "meetings/2026.json")
        XCTAssertEqual(journal[0].record, meeting.id)
        XCTAssertEqual(journal[0].actor, .secretary)
        XCTAssertEqual(journal[1].change, .modified)
        XCTAssertEqual(journal[1].before["topic"], .string("学习贯彻条例"))
        XCTAssertEqual(journal[1].after["topic"], .string("学习贯彻条例（修改）"))
        XCTAssertEqual(journal[1].time, time, "the injected clock")
        XCTAssertEqual(posixMode(dir.appendingPathComponent("journal")), 0o700)
        XCTAssertEqual(posixMode(dir.appendingPathComponent("journal/2026.jsonl")), 0o600)
        let lines = try String(contentsOf: dir.appendingPathComponent("journal/2026.jsonl"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one JSON object per line")
        XCTAssertTrue(lines[0].contains("\"before\":null"), String(lines[0]))
    }

    func testDelete_IsJournaledWithNullAfter_AndUndoBringsItBack() throws {
        let store = store()
        let meeting = try XCTUnwrap(store.load().meetings.first { $0.topic == "年度总结" })
        try store.delete(meeting)
        let entry = try XCTUnwrap(entries().last)
        XCTAssertEqual(entry.operation, .delete)
        XCTAssertEqual(entry.after, .null)
        XCTAssertEqual(try entry.before.decoded(Meeting.self), meeting)
        XCTAssertFalse(try store.load().meetings.contains(meeting))

        let undo = try store.undo(entry.id)
        XCTAssertEqual(undo.operation, .undo)
        XCTAssertEqual(undo.undoes, entry.id)
        XCTAssertTrue(try store.load().meetings.contains(meeting), "the deleted meeting is back, exactly")
    }

    func testUndoCreateThenEdit_StepsBackOneAtATime_SkippingWhatWasUndone() throws {
        let store = store()
        var meeting = Meeting(kind: .themeDay, date: CalendarDate("2026-11-01")!, topic: "参观")
        try store.save(meeting)
        meeting.topic = "参观纪念馆"
        try store.save(meeting)

        var history = store.history().history
        let first = try history.next(for: .secretary).get()
        XCTAssertEqual(first.change, .modified)
        try store.undo(first.id)
        XCTAssertEqual(try store.load().meetings.first { $0.id == meeting.id }?.topic, "参观", "the edit is reverted")

        history = store.history().history
        let second = try history.next(for: .secretary).get()
        XCTAssertEqual(second.change, .created, "the next undo steps further back, past the undo and the undone edit")
        try store.undo(second.id)
        XCTAssertNil(try store.load().meetings.first { $0.id == meeting.id }, "the created meeting is gone")

        history = store.history().history
        XCTAssertThrowsError(try history.next(for: .secretary).get(), "nothing left to undo")
        XCTAssertThrowsError(try store.undo(second.id), "an entry is undone once") { error in
            XCTAssertEqual((error as? UndoRefusal)?.message, "这一步已经撤销过了。")
        }
        XCTAssertEqual(entries().filter { $0.operation == .undo }.count, 2, "each undo is journaled")
    }

    func testUndo_RefusedWhenTheRecordChangedSince_NothingWritten() throws {
        let store = store()
        var meeting = Meeting(kind: .themeDay, date: CalendarDate("2026-11-01")!, topic: "参观")
        try store.save(meeting)
        let entry = try XCTUnwrap(entries().last)
        // Someone edits the record by hand (or a sync tool brings another version) after the save.
        let file = dir.appendingPathComponent("meetings/2026.json")
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"参观\"", with: "\"参观（别人改过）\"")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: file)

        XCTAssertThrowsError(try store.undo(entry.id)) { error in
            XCTAssertTrue("\(error)".contains("之后又被修改过"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: file), before, "the other change is kept")
        meeting.topic = "参观（别人改过）"
        XCTAssertEqual(try store.load().meetings.first { $0.id == meeting.id }, meeting)
        XCTAssertFalse(entries().contains { $0.operation == .undo })
    }

    func testUndo_OfADateMovedToAnotherYear_PutsTheRecordBackInItsShard() throws {
        let store = store()
        let meeting = try XCTUnwrap(store.load().meetings.first { $0.topic == "年度总结" })
        var moved = meeting
        moved.date = CalendarDate("2026-01-10")!
        try store.save(moved, previous: meeting)
        let entry = try XCTUnwrap(entries().last)
        XCTAssertEqual(entry.before["date"], .string("2025-11-20"), "before is read from the old shard")
        try store.undo(entry.id)
        XCTAssertEqual(store.records(Meeting.self, year: 2025).first { $0.id == meeting.id }, meeting)
        XCTAssertNil(store.records(Meeting.self, year: 2026).first { $0.id == meeting.id })
    }

    func testTornLastLine_IsSkippedAndReported_AndTheNextEntryStartsOnAFreshLine() throws {
        let store = store()
        try store.save(Meeting(kind: .themeDay, date: CalendarDate("2026-11-01")!, topic: "一"))
        let file = dir.appendingPathComponent("journal/2026.jsonl")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"actor\":{\"role\":\"secr".utf8))   // a crash mid-append
        try handle.close()
        try store.save(Meeting(kind: .themeDay, date: CalendarDate("2026-11-02")!, topic: "二"))

        let read = Journal(directory: dir).read()
        XCTAssertEqual(read.entries.count, 2, "both whole entries are read")
        XCTAssertEqual(read.skipped.count, 1)
        XCTAssertEqual(read.skipped.first?.file, "journal/2026.jsonl")
        XCTAssertEqual(read.skipped.first?.line, 2)
        XCTAssertTrue(read.skipped.first?.reason.contains("无法解析") ?? false)
        XCTAssertNoThrow(try store.history().history.next(for: .secretary).get(), "a bad line is never fatal")
    }

    func testTalkEntries_AreTheSecretarysAlone() throws {
        let store = store()
        let member = try XCTUnwrap(store.load().members.first)
        try store.save(TalkCase(memberId: member.id, openedOn: CalendarDate("2026-11-01")!, origin: .complaint, reason: "迟到早退"))
        var task = try XCTUnwrap(store.load().tasks.first)
        task.title = "报送学习情况（改）"
        try store.save(task)

        let history = store.history().history
        XCTAssertEqual(history.visible(to: .secretary).count, 2)
        XCTAssertEqual(history.visible(to: .liaison).map(\.kind), ["tasks"], "the liaison never sees a talk entry")
        XCTAssertTrue(history.visible(to: .member("欧阳修")).isEmpty)
        XCTAssertEqual(try history.next(for: .liaison).get().kind, "tasks")
        XCTAssertEqual(try history.next(for: .secretary).get().kind, "tasks")
        let talkEntry = try XCTUnwrap(history.entries.first { $0.kind == "talks" })
        XCTAssertThrowsError(try LedgerStore(directory: dir, actor: .liaison).undo(talkEntry.id))
        XCTAssertEqual(JournalText.action(talkEntry), "新建")
        XCTAssertEqual(JournalText.subject(talkEntry, memberName: { _ in "欧阳修" }), "提醒谈话 欧阳修（2026-11-01 立案）")
    }

    /// Review of #9: `commitment` refuses the liaison ("承诺践诺由书记和党员本人查看"), but
    /// `undo --list` showed it whose pledges were written and changed.
    func testCommitmentEntries_AreNotShownToTheLiaison() throws {
        let store = store()
        let member = try XCTUnwrap(store.load().members.first)
        try store.save(Commitment(memberId: member.id, year: 2026))
        let history = store.history().history
        XCTAssertEqual(history.visible(to: .secretary).map(\.kind), ["commitments"])
        XCTAssertEqual(history.visible(to: .liaison).count, 0)
    }

    func testReadOnlyStore_RefusesUndo() throws {
        try store().save(Meeting(kind: .themeDay, date: CalendarDate("2026-11-01")!, topic: "一"))
        let entry = try XCTUnwrap(entries().last)
        XCTAssertThrowsError(try LedgerStore(directory: dir, readOnly: true).undo(entry.id)) { error in
            XCTAssertEqual(error as? StoreError, .readOnly)
        }
    }

    /// Review of #9: `saveAll` (`task add`, `talk analysis --open-cases`, `member import`) wrote
    /// without a journal line, so the liaison's `undo` after `task add` reverted an older change
    /// and talk cases opened by an analysis were missing from their audit trail.
    func testSaveAll_JournalsEachChangedRecord_SoUndoRevertsTheBatchNotAnOlderChange() throws {
        let store = store(.liaison)
        let older = LiaisonTask(title: "报送材料", kind: .report, due: CalendarDate("2026-12-20")!)
        try store.save(older)
        var added = [LiaisonTask(title: "十二月学习", kind: .report, due: CalendarDate("2026-12-25")!),
                     LiaisonTask(title: "一月学习", kind: .report, due: CalendarDate("2027-01-25")!)]
        try store.saveAll(added)
        var journal = entries()
        XCTAssertEqual(journal.count, 3, "one line per record of the batch")
        XCTAssertEqual(Set(journal.suffix(2).compactMap(\.record)), Set(added.map(\.id)))
        XCTAssertEqual(journal.last?.before, .null)
        XCTAssertEqual(journal.last?.actor, .liaison)
        let next = try store.history().history.next(for: .liaison).get()
        XCTAssertNotEqual(next.record, older.id, "undo must not skip the batch and revert the older edit")

        // Saved again unchanged: nothing to journal; changed: before and after.
        try store.saveAll(added)
        XCTAssertEqual(entries().count, 3)
        added[0].note = "改"
        try store.saveAll(added)
        journal = entries()
        XCTAssertEqual(journal.count, 4)
        XCTAssertEqual(try journal.last?.before.decoded(LiaisonTask.self)?.note, "")
        XCTAssertEqual(try journal.last?.after.decoded(LiaisonTask.self)?.note, "改")
        try store.undo(journal.last!.id)
        XCTAssertEqual(store.records(LiaisonTask.self, year: 2026).first { $0.id == added[0].id }?.note, "")
    }
}
