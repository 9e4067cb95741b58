import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
import CLI
import Model
import Persistence

/// Issue #9 through the commands: `branchdesk check` lists every damaged file with its position
/// (exit 1), the other ledgers keep working, and `member add`, `meeting add`, `task add` and
/// `member import` refuse control characters, embedded line breaks and over-long fields.
final class HostileCheckCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    private var outside: URL!

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo()
        outside = FileManager.default.temporaryDirectory.appendingPathComponent("bd-hostile-outside-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    override func tearDown() {
        harness.remove()
        try? FileManager.default.removeItem(at: outside)
    }

    private func url(_ file: String) -> URL { harness.directory.appendingPathComponent(file) }

    private func check() throws -> MeetingHarness.Result { try harness.run(["check"]) }

    /// The line `check` prints for `file`, asserting it is there.
    @discardableResult
    private func checkLine(_ file: String, contains fragments: [String], line: UInt = #line) throws -> String {
        let result = try check()
        XCTAssertEqual(result.status, 1, result.stdout, line: line)
        let found = try XCTUnwrap(result.out.first { $0.hasPrefix(file + ":") }, result.stdout, line: line)
        for fragment in fragments { XCTAssertTrue(found.contains(fragment), found, line: line) }
        XCTAssertTrue(result.out.last?.hasPrefix("共发现") ?? false, line: line)
        return found
    }

    private func edit(_ file: String, _ change: (inout String) -> Void) throws {
        var text = try String(contentsOf: url(file), encoding: .utf8)
        change(&text)
        try Data(text.utf8).write(to: url(file))
    }

    /// The other ledgers still answer: the roster lists its members.
    private func assertRosterStillLists(line: UInt = #line) throws {
        let list = try harness.run(["member", "list"])
        XCTAssertTrue(list.stdout.contains("上官婉清"), list.stdout + list.stderr, line: line)
    }

    func testDemoLedger_IsCleanToBeginWith() throws {
        let result = try check()
        XCTAssertEqual(result.status, 0, result.stdout)
    }

    func testTruncatedMeetings_ListedWithLineAndColumn_AndNotOverwritten() throws {
        let full = try Data(contentsOf: url("meetings/2026.json"))
        try full.prefix(full.count / 2).write(to: url("meetings/2026.json"))
        let line = try checkLine("meetings/2026.json", contains: ["截断"])
        XCTAssertNotNil(line.range(of: #"^meetings/2026\.json:\d+:\d+: "#, options: .regularExpression), line)
        let add = try harness.run(["meeting", "add", "--kind", "主题党日", "--date", "2026-11-30", "--topic", "欧阳修讲党课 😀"])
        XCTAssertNotEqual(add.status, 0)
        XCTAssertTrue((add.stdout + add.stderr).contains("meetings/2026.json"), add.stdout + add.stderr)
        XCTAssertEqual(try Data(contentsOf: url("meetings/2026.json")), full.prefix(full.count / 2))
        try assertRosterStillLists()
    }

    func testWrongType_ListedWithRecordPath() throws {
        try edit("members.json") { $0 = $0.replacingOccurrences(of: "\"name\" : \"上官婉清\"", with: "\"name\" : 42") }
        try checkLine("members.json", contains: ["类型不对：应为文字", "records[0].name"])
    }

    func testNewerAndMissingSchemaVersion_AreListed() throws {
        try edit("tasks/2026.json") { $0 = $0.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 7") }
        try edit("dues/2026.json") { $0 = $0.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaversion\" : 2") }
        try checkLine("tasks/2026.json", contains: ["schemaVersion 7", "升级"])
        try checkLine("dues/2026.json", contains: ["缺少 schemaVersion"])
        try assertRosterStillLists()
    }

    func testFolderFIFOAndOutsideLink_AreListedWithoutHanging() throws {
        try FileManager.default.removeItem(at: url("talks/2026.json"))
        try FileManager.default.createDirectory(at: url("talks/2026.json"), withIntermediateDirectories: false)
        try FileManager.default.removeItem(at: url("commitments/2026.json"))
        XCTAssertEqual(mkfifo(url("commitments/2026.json").path, 0o600), 0)
        let target = outside.appendingPathComponent("2026.json")
        try FileManager.default.moveItem(at: url("dues/2026.json"), to: target)
        try FileManager.default.createSymbolicLink(at: url("dues/2026.json"), withDestinationURL: target)
        try checkLine("talks/2026.json", contains: ["却是文件夹"])
        try checkLine("commitments/2026.json", contains: ["命名管道（FIFO）"])
        try checkLine("dues/2026.json", contains: ["数据目录之外"])
        try assertRosterStillLists()
    }

    func testHugeStringNestingAndInvalidUTF8_AreListed() throws {
        try edit("fiveones/logs/2026.json") { text in
            let note = text.range(of: "\"note\" : \"")!
            text.insert(contentsOf: String(repeating: "欧阳修😀", count: 100_000), at: note.upperBound)   // 1.3 MB
        }
        try Data(("{\"schemaVersion\":1,\"records\":" + String(repeating: "[", count: 100_000)).utf8).write(to: url("cadence.json"))
        var bytes = try [UInt8](Data(contentsOf: url("tasks/2027.json")))
        bytes[bytes.count / 2] = 0xFF
        try Data(bytes).write(to: url("tasks/2027.json"))
        try checkLine("fiveones/logs/2026.json", contains: ["超过单个字段的上限 1 MB"])
        try checkLine("cadence.json", contains: ["嵌套超过 64 层"])
        try checkLine("tasks/2027.json", contains: ["UTF-8", "0xFF"])
    }

    func testDuplicateIdAndStrayYearFile_AreListed() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url("members.json"))) as? [String: Any])
        var records = try XCTUnwrap(object["records"] as? [[String: Any]])
        records[1]["id"] = records[0]["id"]
        object["records"] = records
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url("members.json"))
        try Data(contentsOf: url("meetings/2026.json")).write(to: url("meetings/2026 (冲突副本).json"))
        try checkLine("members.json", contains: ["重复"])
        try checkLine("meetings/2026 (冲突副本).json", contains: ["不是年份分片"])
    }

    func testStrayFileAndIdInTwoYears_AreListedButBlockNothing() throws {
        try Data(contentsOf: url("tasks/2026.json")).write(to: url("tasks/2026.json.bak"))
        // Every 2026 task id again, in a file that says it is 2028's (a misplaced copy is refused: HostileFileTests).
        let copy = try String(contentsOf: url("tasks/2026.json"), encoding: .utf8)
        let last = try XCTUnwrap(copy.range(of: "\"year\" : 2026", options: .backwards))
        try Data(copy.replacingCharacters(in: last, with: "\"year\" : 2028").utf8).write(to: url("tasks/2028.json"))
        try checkLine("tasks/2026.json.bak", contains: ["不是年份分片"])
        try checkLine("tasks/2028.json", contains: ["同时出现在 tasks/2026.json 和 tasks/2028.json"])
        let add = try harness.run(["task", "add", "--title", "报送学习心得 📮", "--due", "2026-12-20"])
        XCTAssertEqual(add.status, 0, add.stdout + add.stderr)
        let meeting = try harness.run(["meeting", "add", "--kind", "主题党日", "--date", "2026-11-30", "--topic", "欧阳修讲党课"])
        XCTAssertEqual(meeting.status, 0, meeting.stdout + meeting.stderr)
    }

    func testZeroByteFile_IsListedAtLineOne() throws {
        try Data().write(to: url("fiveones/adoptions.json"))
        try checkLine("fiveones/adoptions.json:1:1", contains: ["空"])
    }

    func testControlCharacterInAName_IsListedByCheckAndLoadsIntact() throws {
        try edit("members.json") { $0 = $0.replacingOccurrences(of: "\"name\" : \"上官婉清\"", with: "\"name\" : \"上官\\u001b[2J婉清\"") }
        let result = try check()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("只能是一行文字"), result.stdout)
        XCTAssertTrue(result.stdout.contains("（name）"), result.stdout)
        XCTAssertTrue(try harness.load().members.contains { $0.name == "上官\u{1B}[2J婉清" }, "kept as stored")
    }

    /// Review of #9: `check` is open to the liaison, and listed each talk case with a problem by
    /// its date and id ("2026-… 提醒谈话：…"): talk cases are the secretary's alone (DOMAIN.md §4).
    /// The liaison is told how many there are and that the secretary should look.
    func testCheckAsLiaison_DoesNotListTalkCases_OnlyThatTheSecretaryShouldLook() throws {
        try edit("talks/2026.json") { text in
            let reason = text.range(of: "\"reason\" : \"")!
            text.insert(contentsOf: "\\u0007", at: reason.upperBound)
        }
        let secretary = try check()
        XCTAssertEqual(secretary.status, 1)
        XCTAssertTrue(secretary.out.contains { $0.hasPrefix("talks/2026.json:") && $0.contains("提醒谈话") }, secretary.stdout)

        let liaison = try harness.run(["check", "--as", "liaison"])
        XCTAssertEqual(liaison.status, 1, liaison.stdout + liaison.stderr)
        XCTAssertFalse(liaison.stdout.contains("talks/"), liaison.stdout)
        XCTAssertTrue(liaison.out.contains { $0.contains("提醒谈话") && $0.contains("书记") }, liaison.stdout)
        let json = try harness.run(["check", "--as", "liaison", "--format", "json"])
        XCTAssertFalse(json.stdout.contains("talks/"), json.stdout)
    }

    func testJSONFormat_GivesLineColumnAndPath() throws {
        try edit("members.json") { $0 = $0.replacingOccurrences(of: "\"name\" : \"上官婉清\"", with: "\"name\" : []") }
        let result = try harness.run(["check", "--format", "json"])
        XCTAssertEqual(result.status, 1)
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let finding = try XCTUnwrap(findings.first { $0["file"] as? String == "members.json" })
        XCTAssertEqual(finding["path"] as? String, "records[0].name")
        XCTAssertNotNil(finding["line"] as? Int)
        XCTAssertNotNil(finding["column"] as? Int)
    }

    // MARK: - Input hygiene in the commands

    func testMemberAdd_RefusesControlCharactersAndLongNames() throws {
        // Exit 2 with every problem listed, as for any rule `member add` checks.
        let escape = try harness.run(["member", "add", "--name", "欧阳\u{1B}[31m修"])
        XCTAssertEqual(escape.status, 2, escape.stdout + escape.stderr)
        XCTAssertTrue(escape.stderr.contains("姓名只能是一行文字"), escape.stderr)
        let newline = try harness.run(["member", "add", "--name", "欧阳修", "--phone", "139\n1234"])
        XCTAssertNotEqual(newline.status, 0)
        let long = try harness.run(["member", "add", "--name", String(repeating: "欧阳修", count: 17)])
        XCTAssertEqual(long.status, 2)
        XCTAssertTrue(long.stderr.contains("最多 50 字"), long.stderr)
        let names = Set(try harness.load().members.map(\.name))
        XCTAssertTrue(names.isDisjoint(with: ["欧阳\u{1B}[31m修", String(repeating: "欧阳修", count: 17)]), "nothing saved")
        XCTAssertEqual(names.filter { $0 == "欧阳修" }.count, 1, "the refused add with a bad phone saved nothing")
        XCTAssertEqual(try harness.run(["member", "add", "--name", "欧阳修😀"]).status, 0, "Chinese and emoji are fine")
    }

    func testMeetingAdd_RefusesLineBreakInTopic() throws {
        let result = try harness.run(["meeting", "add", "--kind", "主题党日", "--date", "2026-11-30", "--topic", "第一行\n第二行"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("议题只能是一行文字"), result.stderr)
        let host = try harness.run(["meeting", "add", "--kind", "主题党日", "--date", "2026-11-30", "--topic", "学习",
                                    "--host", String(repeating: "欧", count: 51)])
        XCTAssertTrue(host.stderr.contains("主持人过长（51 字），最多 50 字"), host.stderr)
    }

    func testTaskAdd_RefusesControlCharacters() throws {
        let result = try harness.run(["task", "add", "--title", "报送\u{1B}]0;x\u{7}材料", "--due", "2026-12-20"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("任务名称只能是一行文字"), result.stderr)
        let note = try harness.run(["task", "add", "--title", "报送材料", "--due", "2026-12-20", "--note", "a\u{202E}b"])
        XCTAssertEqual(note.status, 1)
        XCTAssertEqual(try harness.run(["task", "add", "--title", "报送材料 📮", "--due", "2026-12-20", "--note", "第一行\n第二行"]).status, 0)
    }

    func testTaskRemind_RefusesControlCharacters() throws {
        let add = try harness.run(["task", "add", "--title", "报送材料", "--due", "2026-12-20"])
        let id = try XCTUnwrap(add.out.first?.prefix(8)).description
        let result = try harness.run(["task", "remind", id, "--whom", "欧阳\u{1B}[2J修", "--what", "交材料", "--how", "电话"])
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("提醒对象只能是一行文字"), result.stderr)
        XCTAssertEqual(try harness.run(["task", "remind", id, "--whom", "欧阳修", "--what", "交材料 📮", "--how", "电话"]).status, 0)
    }

    func testMemberImport_RefusesControlCharactersPerRow() throws {
        let sheet = harness.directory.appendingPathComponent("sheet.csv")
        try Data("姓名,性别,人员类别\n欧阳\u{1B}修,男,正式党员\n司马光,男,正式党员\n".utf8).write(to: sheet)
        let result = try harness.run(["member", "import", sheet.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue((result.stdout + result.stderr).contains("姓名只能是一行文字"), result.stdout + result.stderr)
    }
}
