import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk talk …` on a copy of the demo ledger, where 孙浩's case (12D4491D) is open at
/// the branch-talk stage with outcome 尚待观察, deadline 2026-12-31.
final class TalkCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    private let caseId = "12D4491D-0000-4000-8000-000600000005"

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo(today: "2026-12-04")
    }

    override func tearDown() {
        harness.remove()
    }

    private func talkCase() throws -> TalkCase {
        try XCTUnwrap(harness.load().talkCases.first { $0.id.uuidString == caseId })
    }

    // MARK: - Reading

    func testList_ShowsTheOpenCaseWithStageNextDateAndDeadline() throws {
        let result = try harness.run(["talk", "list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.out[1].components(separatedBy: .whitespaces).filter { !$0.isEmpty },
                       ["12D4491D", "孙浩", "2026-01-14", "思想状况分析", "党支部提醒谈话", "尚待观察", "2026-12-15", "2026-12-31", "进行中"])
        XCTAssertEqual(result.out.last, "共 1 件，进行中 1 件。")
    }

    func testListJSON_IsTheStoredRecords() throws {
        let result = try harness.run(["talk", "list", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let cases = try JSONDecoder().decode([TalkCase].self, from: Data(result.stdout.utf8))
        XCTAssertEqual(cases.map(\.id.uuidString), [caseId])
        XCTAssertEqual(cases.first?.entries.count, 4)
    }

    func testShow_ByPrefixInTextAndJSON() throws {
        let text = try harness.run(["talk", "show", "12d4491d"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.out.contains("谈话对象：孙浩"))
        XCTAssertTrue(text.out.contains("   谈话内容：☑指出问题  ☑正面教育  ☑批评指正  ☑提出警告并限期改正"))
        let json = try harness.run(["talk", "show", "12D4491D", "--format", "json"])
        XCTAssertEqual(try JSONDecoder().decode(TalkCase.self, from: Data(json.stdout.utf8)).id.uuidString, caseId)
        let short = try harness.run(["talk", "show", "12D4"])
        XCTAssertEqual(short.status, 2)
        let unknown = try harness.run(["talk", "show", "00000000"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("找不到编号为“00000000”的提醒谈话案件"), unknown.stderr)
    }

    // MARK: - Privacy

    func testOtherRoles_AreRefusedAndSeeNoJSON() throws {
        for role in [["--as", "liaison"], ["--as", "member", "孙浩"]] {
            for command in [["talk", "list", "--format", "json"], ["talk", "show", "12D4491D", "--format", "json"],
                            ["talk", "export", "12D4491D", "--to", harness.directory.appendingPathComponent("x.txt").path]] {
                let result = try harness.run(command + role)
                XCTAssertEqual(result.status, 2, "\(command) \(role)")
                XCTAssertEqual(result.out, [], "nothing on stdout for \(role)")
                XCTAssertTrue(result.stderr.contains("提醒谈话只有书记可以查看和记录"), result.stderr)
                XCTAssertFalse(result.stderr.contains("孙浩") && role[1] == "liaison")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("x.txt").path))
    }

    // MARK: - Recording stages

    func testStage_EscalationBeforeNoEffectIsRefusedWithTheRule() throws {
        let before = try talkCase()
        let result = try harness.run(["talk", "stage", "12D4491D", "--stage", "机关党委提醒谈话", "--date", "2026-12-01",
                                      "--by", "机关党委", "--outcome", "not-yet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, [
            "branchdesk talk stage：没有保存。请改正以下问题后重试：",
            "  · 机关党委提醒谈话须有书面记录，填写书面记录后才能保存。",
            "  · 只有上一阶段无效才能升级：“党支部提醒谈话”（2026-06-09）的结果是“尚待观察”。如确需提前升级，须写明理由。",
        ])
        XCTAssertEqual(try talkCase(), before, "nothing written")
    }

    func testStage_CommitteeTalkAfterNoEffectWithWrittenRecordIsSaved() throws {
        let noEffect = try harness.run(["talk", "stage", "12D4491D", "--stage", "branch-talk", "--date", "2026-12-01",
                                        "--by", "王建国", "--outcome", "无效", "--points", "1,2,3,4", "--deadline", "2026-12-31",
                                        "--response", "回访时仍有迟到"])
        XCTAssertEqual(noEffect.status, 0, noEffect.stderr)
        let record = harness.directory.appendingPathComponent("record.txt")
        try "机关党委王书记与孙浩谈话。\n本人表示接受批评。\n".write(to: record, atomically: true, encoding: .utf8)
        let result = try harness.run(["talk", "stage", "12D4491D", "--stage", "committee-talk", "--date", "2026-12-03",
                                      "--by", "机关党委", "--outcome", "not-yet", "--note-file", record.path,
                                      "--deadline", "2027-06-30", "--follow-up", "2027-03-01"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("已记录：孙浩 2026-12-03 机关党委提醒谈话（尚待观察），限 2027-06-30 前改正，2027-03-01 跟进。"), result.stdout)
        let talk = try talkCase()
        XCTAssertEqual(talk.currentStage, .committeeTalk)
        XCTAssertEqual(talk.latestEntry?.writtenRecord, "机关党委王书记与孙浩谈话。\n本人表示接受批评。")
    }

    func testStage_DeadlineBeyondOneYearAndUnknownStageAreRefused() throws {
        let late = try harness.run(["talk", "stage", "12D4491D", "--stage", "branch-talk", "--date", "2026-12-01",
                                    "--by", "王建国", "--outcome", "not-yet", "--points", "1,2,3,4", "--deadline", "2027-12-02"])
        XCTAssertEqual(late.status, 1)
        XCTAssertTrue(late.stderr.contains("期限最晚 2027-12-01，不能定在 2027-12-02"), late.stderr)
        let unknown = try harness.run(["talk", "stage", "12D4491D", "--stage", "谈话", "--date", "2026-12-01",
                                       "--by", "王建国", "--outcome", "not-yet"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("不认识阶段“谈话”"), unknown.stderr)
    }

    func testStage_EarlyEscalationWithSkipReasonIsSaved() throws {
        let result = try harness.run(["talk", "stage", "12D4491D", "--stage", "organizational-action", "--date", "2026-12-02",
                                      "--by", "机关党委", "--outcome", "not-yet", "--action", "通报批评", "--referred",
                                      "--skip-reason", "违反工作纪律情节严重，经机关党委研究直接组织处理"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let entry = try XCTUnwrap(talkCase().latestEntry)
        XCTAssertEqual(entry.action, .circulatedCriticism)
        XCTAssertTrue(entry.referredToDiscipline)
    }

    // MARK: - Correct, close, open

    func testCorrect_AppendsAndKeepsTheOriginal() throws {
        let result = try harness.run(["talk", "correct", "12D4491D", "--entry", "382DDBF1", "--date", "2026-02-11"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let talk = try talkCase()
        XCTAssertEqual(talk.entries.count, 5)
        XCTAssertEqual(talk.entries[1].date, CalendarDate("2026-02-10"), "the original stays as it was")
        XCTAssertEqual(talk.entries[4].corrects?.uuidString, "382DDBF1-0000-4000-8000-000600000002")
        XCTAssertEqual(talk.entries[4].stage, .counseling)
        XCTAssertEqual(talk.effectiveEntries.count, 4)
    }

    func testClose_ThenNoMoreStages() throws {
        let closed = try harness.run(["talk", "close", "12D4491D", "--reason", "已按期改正，群众反映良好", "--date", "2026-12-03"])
        XCTAssertEqual(closed.status, 0, closed.stderr)
        XCTAssertEqual(try talkCase().closure, TalkClosure(date: CalendarDate("2026-12-03")!, reason: "已按期改正，群众反映良好"))
        let stage = try harness.run(["talk", "stage", "12D4491D", "--stage", "branch-talk", "--date", "2026-12-04",
                                     "--by", "王建国", "--outcome", "effective", "--points", "1,2,3,4", "--deadline", "2026-12-31"])
        XCTAssertEqual(stage.status, 1)
        XCTAssertTrue(stage.stderr.contains("此案已于 2026-12-03 结案"), stage.stderr)
    }

    func testOpen_RefusesASecondOpenCaseAndOpensForAnotherMember() throws {
        let twice = try harness.run(["talk", "open", "--member", "孙浩", "--reason", "群众反映"])
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("孙浩已有一件进行中的提醒谈话（12D4491D"), twice.stderr)
        let other = try XCTUnwrap(harness.load().membersOnRoll.first { $0.name != "孙浩" })
        let opened = try harness.run(["talk", "open", "--member", other.name, "--reason", "群众反映上班期间炒股", "--date", "2026-12-01"])
        XCTAssertEqual(opened.status, 0, opened.stderr)
        let talk = try XCTUnwrap(harness.load().talkCases.first { $0.memberId == other.id })
        XCTAssertEqual(talk.origin, .complaint)
        XCTAssertEqual(talk.openedOn, CalendarDate("2026-12-01"))
    }

    // MARK: - Export and analysis

    func testExport_WritesTheTimelineToAPrivateFile() throws {
        let file = harness.directory.appendingPathComponent("孙浩提醒谈话.txt")
        let result = try harness.run(["talk", "export", "12D4491D", "--to", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOf: file, encoding: .utf8)
        for line in ["谈话对象：孙浩", "1. 2026-01-14  思想状况分析", "2. 2026-02-10  思想工作", "3. 2026-04-21  党小组批评帮助",
                     "4. 2026-06-09  党支部提醒谈话", "   改正期限：2026-12-31", "   跟进日期：2026-12-15", "导出日期：2026-12-04"] {
            XCTAssertTrue(text.contains(line), line)
        }
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testAnalysis_RecordsTheSessionAndOpensCasesForFlaggedMembers() throws {
        let others = try harness.load().membersOnRoll.filter { $0.name != "孙浩" }.prefix(2).map(\.name)
        let result = try harness.run(["talk", "analysis", "--date", "2026-07-10", "--by", "陈静",
                                      "--flag", "孙浩:仍有迟到", "--flag", "\(others[0])：群众有反映", "--open-cases"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.out[0].hasPrefix("已记录2026年上半年党员思想状况分析（2026-07-10）"), result.stdout)
        XCTAssertTrue(result.stdout.contains("孙浩：仍有迟到（已有进行中的案件，未另立）"), result.stdout)
        let ledger = try harness.load()
        XCTAssertEqual(ledger.talkAnalyses.count, 1)
        XCTAssertEqual(ledger.talkAnalyses.first?.flagged.count, 2)
        let opened = try XCTUnwrap(ledger.talkCases.first { ledger.memberName($0.memberId) == others[0] })
        XCTAssertEqual(opened.origin, .analysis)
        XCTAssertEqual(opened.entries.map(\.stage), [.analysis])
        XCTAssertEqual(ledger.talkCases.count, 2)
    }
}
