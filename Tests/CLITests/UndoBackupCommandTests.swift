import XCTest
import CLI
import Model
import Persistence

/// `branchdesk undo`, `backup` and `restore` on a copy of the demo ledger (issue #9).
final class UndoBackupCommandTests: XCTestCase {
    private var harness: MeetingHarness!

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo()
    }

    override func tearDown() {
        harness.remove()
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs a command; `answer` is what the y/n question gets (nil: no terminal).
    private func run(_ argv: [String], answer: Bool? = nil, asked: ((String) -> Void)? = nil) throws -> Run {
        let environment = ["BRANCHDESK_SHARE_DIR": MeetingHarness.shippedData.path]
        let invocation = try InvocationParser.parse(argv + ["--data-dir", harness.directory.path, "--today", "2026-12-04"], environment: environment)
        guard case .command(let name, let arguments, let options) = invocation else { throw UsageError("not a command") }
        final class Lines { var out: [String] = []; var err: [String] = [] }
        let lines = Lines()
        var context = CommandContext(options: options, environment: environment, home: "/nonexistent", executablePath: "/nonexistent/branchdesk",
                                     output: Output(out: { lines.out.append($0) }, err: { lines.err.append($0) }))
        context.ask = { question in
            asked?(question)
            return answer
        }
        let status = CommandRunner.run(name: name, arguments: arguments, context: context)
        return Run(status: status, out: lines.out.joined(separator: "\n"), err: lines.err.joined(separator: "\n"))
    }

    private func addMeeting() throws -> String {
        let added = try run(["meeting", "add", "--kind", "支委会", "--date", "2026-12-03", "--topic", "学习贯彻党的二十届三中全会精神", "--present", "欧阳修"])
        XCTAssertEqual(added.status, 0, added.err)
        return added.out
    }

    func testUndoList_ThenUndo_AsksAndReverts() throws {
        let id = try addMeeting()
        let list = try run(["undo", "--list"])
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertTrue(list.out.contains("书记  三会一课 2026-12-03 支部委员会会议“学习贯彻党的二十届三中全会精神”  新建  ← 下一次 undo：撤销将删除这条记录"), list.out)

        // No terminal and no --yes: nothing changes.
        let refused = try run(["undo"], answer: nil)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.err.contains("请加 --yes"), refused.err)
        XCTAssertTrue(try harness.load().meetings.contains { $0.id.uuidString == id })

        // Answered n: nothing changes.
        XCTAssertEqual(try run(["undo"], answer: false).status, 1)
        XCTAssertTrue(try harness.load().meetings.contains { $0.id.uuidString == id })

        var question = ""
        let undone = try run(["undo"], answer: true, asked: { question = $0 })
        XCTAssertEqual(undone.status, 0, undone.err)
        XCTAssertEqual(question, "确定撤销这一步吗？")
        XCTAssertTrue(undone.out.contains("将撤销：") && undone.out.contains("撤销将删除这条记录"), undone.out)
        XCTAssertFalse(try harness.load().meetings.contains { $0.id.uuidString == id })

        let after = try run(["undo", "--list", "--format", "json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(after.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["operation"] as? String }, ["undo", "save"])
        XCTAssertEqual(rows[1]["undone"] as? Bool, true)
        XCTAssertEqual(try run(["undo", "--yes"]).status, 1, "nothing left to undo")
    }

    func testUndo_DeleteOfAMeetingWithYes() throws {
        let meeting = try XCTUnwrap(try harness.load().meetings.first)
        let store = LedgerStore(directory: harness.directory)
        try store.delete(meeting)
        let undone = try run(["undo", "--yes"])
        XCTAssertEqual(undone.status, 0, undone.err)
        XCTAssertTrue(undone.out.contains("撤销将恢复这条记录"), undone.out)
        XCTAssertEqual(try harness.load().meetings.first { $0.id == meeting.id }, meeting)
    }

    func testTalkAuditTrail_SecretaryOnly() throws {
        let opened = try run(["talk", "open", "--member", "欧阳修", "--reason", "多次迟到", "--date", "2026-12-01"])
        XCTAssertEqual(opened.status, 0, opened.err)
        let trail = try run(["undo", "--list", "--kind", "talks"])
        XCTAssertTrue(trail.out.contains("提醒谈话 欧阳修（2026-12-01 立案）  新建"), trail.out)

        let liaison = try run(["undo", "--list", "--as", "liaison"])
        XCTAssertEqual(liaison.status, 0)
        XCTAssertFalse(liaison.out.contains("提醒谈话") || liaison.out.contains("欧阳修"), liaison.out)
        XCTAssertEqual(try run(["undo", "--list", "--kind", "talks", "--as", "liaison"]).status, 2)
        // Review of #9: commitments are not the liaison's either (`commitment` refuses it): refused, not "no changes".
        let commitments = try run(["undo", "--list", "--kind", "commitments", "--as", "liaison"])
        XCTAssertEqual(commitments.status, 2, commitments.out)
        XCTAssertTrue(commitments.err.contains("党员承诺"), commitments.err)
        let liaisonUndo = try run(["undo", "--yes", "--as", "liaison"])
        XCTAssertEqual(liaisonUndo.status, 1, "nothing of the liaison's to undo")
        XCTAssertEqual(try harness.load().talkCases.filter { $0.reason == "多次迟到" }.count, 1, "the liaison cannot undo a talk case")
        XCTAssertEqual(try run(["undo", "--list", "--as", "member", "欧阳修"]).status, 2, "members are refused")
    }

    func testReadOnly_RefusesUndoBackupAndRestore() throws {
        _ = try addMeeting()
        XCTAssertEqual(try run(["undo", "--yes", "--read-only"]).status, 1)
        XCTAssertEqual(try run(["backup", "--read-only"]).status, 1)
        XCTAssertEqual(try run(["undo", "--list", "--read-only"]).status, 0, "listing writes nothing")
    }

    func testBackupListAndRestore() throws {
        let backup = try run(["backup"])
        XCTAssertEqual(backup.status, 0, backup.err)
        XCTAssertTrue(backup.out.hasPrefix("已备份到 \(harness.directory.path)/backups/"), backup.out)
        let name = try XCTUnwrap(BackupFolder(directory: harness.directory).list().first { $0.reason == nil }?.name)
        let id = try addMeeting()

        let list = try run(["backup", "--list"])
        XCTAssertTrue(list.out.contains("\(name)  ") && list.out.contains("手动"), list.out)

        XCTAssertEqual(try run(["restore", name], answer: nil).status, 2, "no terminal, no --yes")
        XCTAssertTrue(try harness.load().meetings.contains { $0.id.uuidString == id })
        let restored = try run(["restore", name, "--yes"])
        XCTAssertEqual(restored.status, 0, restored.err)
        XCTAssertTrue(restored.out.contains("替换 1 个文件：meetings/2026.json"), restored.out)
        XCTAssertTrue(restored.out.contains("before-restore"), restored.out)
        XCTAssertFalse(try harness.load().meetings.contains { $0.id.uuidString == id })
        XCTAssertEqual(try run(["restore", "nosuch"]).status, 1)
        XCTAssertEqual(try run(["backup", "--as", "liaison"]).status, 2)
    }
}
