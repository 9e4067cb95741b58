import XCTest
import Model
@testable import Persistence
#if canImport(Glibc)
import Glibc
#endif

/// Issue #9, "corrupt and hostile files": each damaged file gets a report with file, position
/// and reason; its bytes survive an attempted save; the other ledgers still load.
final class HostileFileTests: XCTestCase {
    private var dir: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        dir = makeTemporaryDirectory(name)
        outside = makeTemporaryDirectory(name + "outside")
        try LedgerStore.create(sampleLedger(), at: dir)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    override func tearDown() {
        // A 0000 file or folder must not stop the clean-up.
        chmod(dir.path + "/members.json", 0o600)
        try? FileManager.default.removeItem(at: dir)
        try? FileManager.default.removeItem(at: outside)
    }

    // MARK: - Helpers

    private func url(_ file: String) -> URL { dir.appendingPathComponent(file) }

    private func text(_ file: String) throws -> String { try String(contentsOf: url(file), encoding: .utf8) }

    /// Replaces the first `old` in `file` and returns the 1-based line and column where `new` starts.
    @discardableResult
    private func replace(_ old: String, with new: String, in file: String) throws -> (line: Int, column: Int) {
        let original = try text(file)
        let range = try XCTUnwrap(original.range(of: old), "\(old) not in \(file)")
        let before = original[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last!.count + 1
        try Data(original.replacingCharacters(in: range, with: new).utf8).write(to: url(file))
        return (line, column)
    }

    /// Loads, returns the one blocking issue for `file`, and checks that a save into that shard is
    /// refused with the file named and the bytes on disk left exactly as they were.
    @discardableResult
    private func assertRefused(_ file: String, save: (LedgerStore) throws -> Void,
                               line: UInt = #line) throws -> (LoadIssue, Ledger) {
        let before = try? Data(contentsOf: url(file))
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        let issue = try XCTUnwrap(store.issues.first { $0.file == file && $0.blocksWriting }, "\(store.issues)", line: line)
        XCTAssertThrowsError(try save(store), line: line) { error in
            guard case .unreadableFile(let name, let reason)? = error as? StoreError else { return XCTFail("\(error)", line: line) }
            XCTAssertEqual(name, file, line: line)
            XCTAssertTrue("\(error)".contains("本次不写入"), "\(error)", line: line)
            XCTAssertFalse(reason.isEmpty, line: line)
        }
        XCTAssertEqual(try? Data(contentsOf: url(file)), before, "the refused file is byte for byte as it was", line: line)
        // The rest still loads: the branch profile, and the ledgers not touched by the fixture.
        XCTAssertEqual(ledger.profile.name, "法规处党支部", line: line)
        return (issue, ledger)
    }

    private func saveMember(_ store: LedgerStore) throws {
        try store.save(Member(name: "欧阳修🌸", status: .full))
    }

    private func saveMeeting2026(_ store: LedgerStore) throws {
        try store.save(Meeting(kind: .themeDay, date: CalendarDate("2026-06-01")!, topic: "主题党日 🎉"))
    }

    // MARK: - Broken JSON

    func testTruncatedShard_NamesTheEndAndLineAndKeepsTheRest() throws {
        let full = try Data(contentsOf: url("meetings/2026.json"))
        try full.prefix(full.count * 2 / 3).write(to: url("meetings/2026.json"))
        let (issue, ledger) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("截断"), issue.reason)
        XCTAssertNotNil(issue.line)
        XCTAssertEqual(ledger.members.map(\.name).sorted(), ["李清照", "欧阳修"])
        XCTAssertEqual(ledger.meetings.map(\.date.year), [2025], "the other year's shard still loads")
    }

    func testWrongType_GivesRecordPathLineAndColumn() throws {
        let place = try replace("\"欧阳修\"", with: "12345", in: "members.json")
        let (issue, ledger) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.path?.hasSuffix(".name") ?? false, "\(issue)")
        XCTAssertTrue(issue.path?.hasPrefix("records[") ?? false, "\(issue)")
        XCTAssertEqual(issue.line, place.line)
        XCTAssertEqual(issue.column, place.column)
        XCTAssertTrue(issue.reason.contains("类型不对：应为文字"), issue.reason)
        XCTAssertEqual(ledger.meetings.count, 2, "meetings still load")
        XCTAssertTrue(issue.description.hasPrefix("members.json:\(place.line):\(place.column): "), issue.description)
    }

    func testNewerSchemaVersion_IsNamedAtItsLine() throws {
        let place = try replace("\"schemaVersion\" : 2", with: "\"schemaVersion\" : 9", in: "meetings/2026.json")
        let (issue, _) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("schemaVersion 9"), issue.reason)
        XCTAssertTrue(issue.reason.contains("升级"), issue.reason)
        XCTAssertEqual(issue.line, place.line)
    }

    func testUnknownOldSchemaVersion_IsRefused() throws {
        try replace("\"schemaVersion\" : 2", with: "\"schemaVersion\" : 0", in: "meetings/2026.json")
        let (issue, _) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("不认识的 schemaVersion 0"), issue.reason)
        XCTAssertEqual(issue.path, "schemaVersion")
        XCTAssertNotNil(issue.line)
    }

    func testSchemaVersionAsText_SaysItMustBeAWholeNumber() throws {
        try replace("\"schemaVersion\" : 2", with: "\"schemaVersion\" : \"1\"", in: "members.json")
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("schemaVersion 应为整数"), issue.reason)
    }

    func testMissingSchemaVersion_IsExplained() throws {
        try replace("\"schemaVersion\" : 2", with: "\"version\" : 2", in: "members.json")
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("缺少 schemaVersion"), issue.reason)
        XCTAssertEqual(issue.line, 1)
    }

    func testZeroByteFile_IsReportedAtLineOne() throws {
        try Data().write(to: url("members.json"))
        let (issue, ledger) = try assertRefused("members.json", save: saveMember)
        XCTAssertEqual(issue.line, 1)
        XCTAssertEqual(issue.column, 1)
        XCTAssertTrue(issue.reason.contains("空"), issue.reason)
        XCTAssertEqual(ledger.meetings.count, 2)
    }

    func testInvalidUTF8_PointsAtTheByte() throws {
        let original = try text("members.json")
        let line = original.components(separatedBy: "\n").firstIndex { $0.contains("欧阳修") }! + 1
        var bytes = Array(original.utf8)
        let at = original.utf8.distance(from: original.utf8.startIndex, to: original.range(of: "欧阳修")!.lowerBound)
        bytes[at] = 0xFF
        try Data(bytes).write(to: url("members.json"))
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("UTF-8"), issue.reason)
        XCTAssertTrue(issue.reason.contains("0xFF"), issue.reason)
        XCTAssertEqual(issue.line, line)
    }

    func testEncodedSurrogate_IsInvalidUTF8() throws {
        // ED A0 80 would be U+D800: accepted by lax decoders, not by UTF-8.
        var data = Data("{\"schemaVersion\":1,\"records\":[\"".utf8)
        data.append(contentsOf: [0xED, 0xA0, 0x80])
        data.append(contentsOf: Array("\"]}".utf8))
        try data.write(to: url("members.json"))
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("UTF-8"), issue.reason)
        XCTAssertEqual(issue.column, 32)
    }

    func testUTF8ByteOrderMark_IsAccepted() throws {
        // Notepad adds one; it means nothing in UTF-8, so the file loads and stays writable.
        let original = try Data(contentsOf: url("members.json"))
        try (Data([0xEF, 0xBB, 0xBF]) + original).write(to: url("members.json"))
        let store = LedgerStore(directory: dir)
        XCTAssertEqual(try store.load().members.count, 2)
        XCTAssertEqual(store.issues, [])
        try saveMember(store)
        XCTAssertEqual(try store.load().members.count, 3)
    }

    func testUTF16File_IsRefusedWithAHint() throws {
        let original = try text("members.json")
        try XCTUnwrap(original.data(using: .utf16LittleEndian)).write(to: url("members.json"))
        try (Data([0xFF, 0xFE]) + Data(contentsOf: url("members.json"))).write(to: url("members.json"))
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("UTF-16"), issue.reason)
    }

    func testDeepNesting_IsRefusedBeforeAnyDecoderRuns() throws {
        try Data(("{\"schemaVersion\":1,\"records\":" + String(repeating: "[", count: 100_000)).utf8).write(to: url("meetings/2026.json"))
        let (issue, ledger) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("嵌套超过 64 层"), issue.reason)
        XCTAssertEqual(issue.line, 1)
        XCTAssertEqual(issue.column, 30 + 63, "at the 64th [")
        XCTAssertEqual(ledger.meetings.count, 1)
    }

    func testDuplicateKey_IsRefusedRatherThanGuessed() throws {
        let place = try replace("\"schemaVersion\" : 2", with: "\"schemaVersion\" : 2, \"schemaVersion\" : 9", in: "members.json")
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("“schemaVersion”在同一处出现了两次"), issue.reason)
        XCTAssertEqual(issue.line, place.line)
        XCTAssertEqual(issue.column, place.column + "\"schemaVersion\" : 2, ".count)
    }

    func testFractionalNumberInAWholeNumberField_IsPlaced() throws {
        let dues = DuesPayment(memberId: UUID(), month: YearMonth(year: 2026, month: 3)!, amountFen: 4600, paidOn: CalendarDate("2026-03-10")!)
        try LedgerStore(directory: dir).save(dues)
        let place = try replace("\"amountFen\" : 4600", with: "\"amountFen\" : 46.5", in: "dues/2026.json")
        let (issue, _) = try assertRefused("dues/2026.json", save: { try $0.save(dues) })
        XCTAssertEqual(issue.line, place.line)
        XCTAssertTrue(issue.reason.contains("46.5"), issue.reason)
        XCTAssertTrue(issue.path?.hasSuffix("amountFen") ?? false, "\(issue)")
    }

    // MARK: - Huge

    func testHugeString_IsRefusedWithTheLimit() throws {
        let huge = String(repeating: "欧阳修", count: 150_000)   // 1.3 MB of UTF-8
        let place = try replace("\"欧阳修\"", with: "\"\(huge)\"", in: "members.json")
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("上限 1 MB"), issue.reason)
        XCTAssertEqual(issue.line, place.line)
        XCTAssertEqual(issue.column, place.column)
        XCTAssertTrue(issue.path?.hasSuffix(".name") ?? false, "\(issue)")
    }

    func testHugeFile_IsRefusedUnreadWithTheLimit() throws {
        // A sparse file: 64 MiB + 1 byte on paper, nothing on the disk, refused from fstat alone.
        let fd = open(url("meetings/2026.json").path, O_WRONLY | O_TRUNC)
        XCTAssertEqual(ftruncate(fd, off_t(LoadLimits.standard.maxFileBytes + 1)), 0)
        close(fd)
        let (issue, ledger) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("文件过大"), issue.reason)
        XCTAssertTrue(issue.reason.contains("上限 64 MB"), issue.reason)
        XCTAssertEqual(ledger.meetings.count, 1)
    }

    func testSmallerLimits_AreHonoured() throws {
        let store = LedgerStore(directory: dir)
        store.limits = LoadLimits(maxFileBytes: 200, maxNestingDepth: 64, maxStringBytes: 1 << 20)
        _ = try store.load()
        XCTAssertTrue(store.issues.contains { $0.file == "members.json" && $0.reason.contains("上限 200 字节") }, "\(store.issues)")
    }

    // MARK: - Text that must never reach the terminal raw

    func testControlCharactersInAName_LoadIntactForCheckToReport() throws {
        // Decision: the record loads (data intact, nothing hidden); validation and `check` name
        // the field, and every output path (ScreenBuffer, CLI output) neutralises the characters.
        try replace("\"欧阳修\"", with: "\"欧阳\\u001b[2J修\\u0085\"", in: "members.json")
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(store.issues, [])
        let member = try XCTUnwrap(ledger.members.first { $0.name.hasPrefix("欧阳") })
        XCTAssertEqual(member.name, "欧阳\u{1B}[2J修\u{85}")
        XCTAssertTrue(member.validate(today: CalendarDate("2026-12-04")!).contains { $0.field == "name" })
    }

    // MARK: - Ids

    func testRecordIdThatIsNotAUUID_IsRefused() throws {
        // Ids never become paths, and the decoder takes nothing but a UUID: a path-like id is a load issue.
        let id = try XCTUnwrap(try LedgerStore(directory: dir).load().members.first?.id.uuidString)
        let place = try replace("\"\(id)\"", with: "\"../../etc/passwd\"", in: "members.json")
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.path?.hasSuffix(".id") ?? false, "\(issue)")
        XCTAssertEqual(issue.line, place.line)
        XCTAssertEqual(issue.column, place.column)
    }

    // MARK: - Duplicate ids

    func testDuplicateIdInOneShard_ShowsBothButRefusesToWrite() throws {
        let original = try text("members.json")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(original.utf8)) as? [String: Any])
        let records = try XCTUnwrap(object["records"] as? [[String: Any]])
        var copy = records[1]
        copy["id"] = records[0]["id"]
        copy["name"] = "欧阳修（副本）"
        let data = try JSONSerialization.data(withJSONObject: ["schemaVersion": 1, "records": records + [copy]], options: [.prettyPrinted, .sortedKeys])
        try data.write(to: url("members.json"))
        let (issue, ledger) = try assertRefused("members.json", save: saveMember)
        XCTAssertEqual(issue.path, "records[2].id")
        XCTAssertTrue(issue.reason.contains("与 records[0] 相同"), issue.reason)
        XCTAssertNotNil(issue.line)
        XCTAssertEqual(ledger.members.count, 3, "both records stay visible")
    }

    func testDuplicateIdAcrossYears_IsReportedNotBlocking() throws {
        let ledger = try LedgerStore(directory: dir).load()
        var copy = try XCTUnwrap(ledger.meetings.first { $0.date.year == 2026 })
        copy.date = CalendarDate("2025-12-30")!
        try LedgerStore(directory: dir).save(copy)   // no `previous`: the 2026 copy stays, as after a crash
        let store = LedgerStore(directory: dir)
        _ = try store.load()
        XCTAssertEqual(store.issues, [], "nothing unreadable: commands that refuse on an issue still work")
        let issue = try XCTUnwrap(store.notes.first)
        XCTAssertEqual(issue.file, "meetings/2026.json")
        XCTAssertFalse(issue.blocksWriting)
        XCTAssertTrue(issue.reason.contains("meetings/2025.json"), issue.reason)
        XCTAssertNoThrow(try saveMeeting2026(store))
    }

    // MARK: - Not a file

    func testFolderWhereAFileShouldBe() throws {
        try FileManager.default.removeItem(at: url("members.json"))
        try FileManager.default.createDirectory(at: url("members.json"), withIntermediateDirectories: false)
        try Data("欧阳修的私人笔记".utf8).write(to: url("members.json/keep.txt"))
        let (issue, ledger) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("却是文件夹"), issue.reason)
        XCTAssertEqual(ledger.meetings.count, 2)
        XCTAssertEqual(try String(contentsOf: url("members.json/keep.txt"), encoding: .utf8), "欧阳修的私人笔记")
    }

    func testFileWhereAYearFolderShouldBe() throws {
        try FileManager.default.removeItem(at: url("meetings"))
        try Data("not a folder".utf8).write(to: url("meetings"))
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(ledger.meetings, [])
        let issue = try XCTUnwrap(store.issues.first { $0.file == "meetings" })
        XCTAssertTrue(issue.reason.contains("应是文件夹，却是普通文件"), issue.reason)
        XCTAssertThrowsError(try saveMeeting2026(store))
        XCTAssertEqual(try String(contentsOf: url("meetings"), encoding: .utf8), "not a folder")
    }

    func testFIFO_DoesNotBlockTheLoad() throws {
        try FileManager.default.removeItem(at: url("meetings/2026.json"))
        XCTAssertEqual(mkfifo(url("meetings/2026.json").path, 0o600), 0)
        let done = expectation(description: "load returns")
        let directory = dir!
        let result = LockedBox<[LoadIssue]>()
        Thread.detachNewThread {
            let store = LedgerStore(directory: directory)
            _ = try? store.load()
            result.value = store.issues
            done.fulfill()
        }
        wait(for: [done], timeout: 10)
        let issue = try XCTUnwrap(result.value?.first { $0.file == "meetings/2026.json" })
        XCTAssertTrue(issue.reason.contains("命名管道（FIFO）"), issue.reason)
        XCTAssertThrowsError(try saveMeeting2026(LedgerStore(directory: dir)))
        var info = stat()
        XCTAssertEqual(lstat(url("meetings/2026.json").path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still there, not replaced")
    }

    func testDevice_IsNotOpened() throws {
        try FileManager.default.removeItem(at: url("meetings/2026.json"))
        guard mknod(url("meetings/2026.json").path, S_IFCHR | 0o600, dev_t(1 << 8 | 3)) == 0 else {
            throw XCTSkip("mknod needs CAP_MKNOD")
        }
        let (issue, _) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("字符设备"), issue.reason)
    }

    // MARK: - Links

    func testSymlinkedShardOutOfTheDirectory_IsNeitherReadNorWritten() throws {
        let target = outside.appendingPathComponent("2026.json")
        try FileManager.default.moveItem(at: url("meetings/2026.json"), to: target)
        try FileManager.default.createSymbolicLink(at: url("meetings/2026.json"), withDestinationURL: target)
        let before = try Data(contentsOf: target)
        let (issue, ledger) = try assertRefused("meetings/2026.json", save: saveMeeting2026)
        XCTAssertTrue(issue.reason.contains("数据目录之外"), issue.reason)
        XCTAssertEqual(ledger.meetings.map(\.date.year), [2025], "nothing read through the link")
        XCTAssertEqual(try Data(contentsOf: target), before)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: url("meetings/2026.json").path), target.path)
    }

    func testSymlinkedFolderOutOfTheDirectory_IsNeitherReadNorWritten() throws {
        let target = outside.appendingPathComponent("meetings")
        try FileManager.default.moveItem(at: url("meetings"), to: target)
        try FileManager.default.createSymbolicLink(at: url("meetings"), withDestinationURL: target)
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(ledger.meetings, [])
        XCTAssertTrue(store.issues.contains { $0.file == "meetings" && $0.reason.contains("数据目录之外") }, "\(store.issues)")
        // A year with no shard yet: the write would land in the outside folder.
        XCTAssertThrowsError(try store.save(Meeting(kind: .themeDay, date: CalendarDate("2027-01-05")!, topic: "新年主题党日")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted(), ["2025.json", "2026.json"])
    }

    func testSymlinkInsideTheDirectory_IsFollowedAndWrittenThrough() throws {
        try FileManager.default.createDirectory(at: url("archive"), withIntermediateDirectories: false)
        try FileManager.default.moveItem(at: url("meetings/2026.json"), to: url("archive/2026.json"))
        try FileManager.default.createSymbolicLink(atPath: url("meetings/2026.json").path, withDestinationPath: "../archive/2026.json")
        let store = LedgerStore(directory: dir)
        XCTAssertEqual(try store.load().meetings.count, 2)
        XCTAssertEqual(store.issues, [])
        try saveMeeting2026(store)
        XCTAssertEqual(try store.load().meetings.count, 3)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: url("meetings/2026.json").path), "../archive/2026.json",
                       "the link is kept; its target was written")
    }

    func testDataDirectoryItselfMayBeALink() throws {
        let link = outside.appendingPathComponent("ledger-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: dir)
        let store = LedgerStore(directory: link)
        XCTAssertEqual(try store.load().meetings.count, 2)
        XCTAssertEqual(store.issues, [])
        try saveMeeting2026(store)
    }

    func testPlantedLockLink_IsNotFollowed() throws {
        let victim = outside.appendingPathComponent("victim.txt")
        try Data("欧阳修 😀".utf8).write(to: victim)
        try? FileManager.default.removeItem(at: url(".lock"))
        try FileManager.default.createSymbolicLink(at: url(".lock"), withDestinationURL: victim)
        XCTAssertThrowsError(try saveMeeting2026(LedgerStore(directory: dir)))
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "欧阳修 😀", "not truncated through the link")
    }

    /// Review of #9: the journal (talk cases' before and after) and the backups (every ledger)
    /// were written through a `journal` or `backups` link out of the data directory, where the
    /// ledger files themselves never are. Now both refuse; the save itself still goes through.
    func testJournalAndBackupFoldersLinkedOut_AreNotWrittenThrough() throws {
        let journal = outside.appendingPathComponent("journal"), backups = outside.appendingPathComponent("backups")
        for target in [journal, backups] {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(at: url(target.lastPathComponent), withDestinationURL: target)
        }
        let store = LedgerStore(directory: dir)
        let member = try XCTUnwrap(store.load().members.first)
        try store.save(TalkCase(memberId: member.id, openedOn: CalendarDate("2026-11-01")!, origin: .complaint, reason: "迟到早退"))
        XCTAssertEqual(try store.load().talkCases.count, 1, "the save itself is kept")
        XCTAssertEqual(store.warnings.count, 2, "\(store.warnings)")
        XCTAssertTrue(store.warnings.allSatisfy { $0.contains("数据目录之外") }, "\(store.warnings)")
        XCTAssertThrowsError(try store.backUp())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: journal.path), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: backups.path), [])
    }

    // MARK: - Permissions and names

    func testUnreadablePermission_IsReported() throws {
        // root reads a 0000 file regardless (CAP_DAC_OVERRIDE): nothing to prove there.
        guard getuid() != 0 else { throw XCTSkip("running as root, which bypasses file permissions") }
        chmod(url("members.json").path, 0)
        let (issue, _) = try assertRefused("members.json", save: saveMember)
        XCTAssertTrue(issue.reason.contains("没有读取权限"), issue.reason)
    }

    func testNonYearNamesInAYearFolder_AreReportedNotRead() throws {
        let shard = try Data(contentsOf: url("meetings/2026.json"))
        try shard.write(to: url("meetings/2026 (冲突副本).json"))
        try shard.write(to: url("meetings/-123.json"))
        try shard.write(to: url("meetings/.2026.json.tmp-1-2"))
        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(ledger.meetings.count, 2)
        XCTAssertEqual(store.issues, [])
        XCTAssertEqual(Set(store.notes.map(\.file)), ["meetings/2026 (冲突副本).json", "meetings/-123.json"])
        XCTAssertTrue(store.notes.allSatisfy { !$0.blocksWriting && $0.reason.contains("不是年份分片") })
        XCTAssertNoThrow(try saveMeeting2026(store))
    }

    func testPinsFileAsFIFO_IsRefusedNotWaitedOn() throws {
        XCTAssertEqual(mkfifo(url("pins.json").path, 0o600), 0)
        XCTAssertThrowsError(try PinStore(directory: dir).hasPin(role: .secretary)) { error in
            XCTAssertTrue("\(error)".contains("FIFO"), "\(error)")
        }
    }
}

/// A value handed from a test's helper thread to the test.
final class LockedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
