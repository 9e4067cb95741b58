import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk meeting add|list|show`: exit statuses, messages, and what lands on disk.
final class MeetingCommandTests: XCTestCase {
    private let group1 = PartyGroup(name: "第一党小组")
    private let group2 = PartyGroup(name: "第二党小组")
    private lazy var wang = Member(name: "王建国", groupId: group1.id, joinedDate: CalendarDate("2005-07-01"))
    private lazy var chen = Member(name: "陈静", groupId: group1.id, joinedDate: CalendarDate("2008-07-01"))
    private lazy var zhangA = Member(name: "张伟", groupId: group1.id, joinedDate: CalendarDate("2012-07-01"))
    private lazy var zhangB = Member(name: "张伟", groupId: group2.id, joinedDate: CalendarDate("2015-07-01"))
    private lazy var liu = Member(name: "刘洋", groupId: group2.id, joinedDate: CalendarDate("2016-07-01"))
    private lazy var li = Member(name: "李晓明", groupId: group2.id, status: .probationary, joinedDate: CalendarDate("2026-03-17"))
    private var harness: MeetingHarness!

    override func setUpWithError() throws {
        let rules = try ShippedData(root: MeetingHarness.shippedData).cadenceRules()
        let ledger = Ledger(profile: BranchProfile(name: "测试党支部", groups: [group1, group2]),
                            members: [wang, chen, zhangA, zhangB, liu, li], cadenceRules: rules)
        harness = try MeetingHarness.with(ledger, today: "2026-06-15")
    }

    override func tearDown() {
        harness.remove()
    }

    private func writeFile(_ text: String, named name: String = "minutes.txt") throws -> String {
        let url = harness.directory.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString)-\(name)")
        try Data(text.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    // MARK: - add

    func testAdd_PartyLectureWithChineseTopicAndMultiLineMinutes_IsStoredExactly() throws {
        let minutes = "王建国同志讲授专题党课。\n一、学习党章，重温入党誓词；\n二、联系工作实际，谈体会。\n\n会议要求：全体党员认真撰写心得。"
        let path = try writeFile(minutes + "\n")
        let result = try harness.run(["meeting", "add", "--kind", "党课", "--date", "2026-06-12", "--topic", "学党章、守党规，做合格机关党员",
                                      "--lecturer", "王建国", "--host", "陈静", "--recorder", "刘洋", "--place", "机关三楼党员活动室",
                                      "--start", "14:30", "--end", "16：00",
                                      "--present", "王建国,陈静，刘洋", "--excused", "李晓明：出差（苏州）", "--minutes-file", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.out.count, 1)
        let id = try XCTUnwrap(UUID(uuidString: result.stdout), "text output is the new id: \(result.stdout)")

        let stored = try harness.storedMeetings(year: 2026)
        XCTAssertEqual(stored.count, 1)
        let record = stored[0]
        XCTAssertEqual(record["id"] as? String, id.uuidString)
        XCTAssertEqual(record["kind"] as? String, "party-lecture")
        XCTAssertEqual(record["state"] as? String, "held")
        XCTAssertEqual(record["topic"] as? String, "学党章、守党规，做合格机关党员")
        XCTAssertEqual(record["minutes"] as? String, minutes, "the file's text, only the editor's final newline dropped")
        XCTAssertEqual(record["lecturer"] as? String, "王建国")
        XCTAssertEqual(record["startTime"] as? String, "14:30")
        XCTAssertEqual(record["endTime"] as? String, "16:00")
        let attendance = try XCTUnwrap(record["attendance"] as? [[String: Any]])
        XCTAssertEqual(attendance.map { $0["memberId"] as? String }, [wang, chen, liu, li].map(\.id.uuidString))
        XCTAssertEqual(attendance.map { $0["presence"] as? String }, ["present", "present", "present", "excused"])
        XCTAssertEqual(attendance.last?["reason"] as? String, "出差（苏州）")

        let raw = try String(contentsOf: harness.directory.appendingPathComponent("meetings/2026.json"), encoding: .utf8)
        XCTAssertTrue(raw.contains("学党章、守党规"), "Chinese is written as UTF-8, not \\u escapes")
    }

    func testAdd_WindowsLineBreaksAndBOMInMinutesBecomePlainLines() throws {
        let path = try writeFile("\u{FEFF}第一行\r\n第二行\r\n")
        let result = try harness.run(["meeting", "add", "--kind", "committee-meeting", "--date", "2026-06-01", "--topic", "研究工作",
                                      "--present", "王建国", "--minutes-file", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).first?["minutes"] as? String, "第一行\n第二行")
    }

    func testAdd_GB18030MinutesAreRead() throws {
        let url = harness.directory.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString)-gbk.txt")
        try XCTUnwrap("支部委员会会议记录".data(using: String.Encoding(rawValue: 0x8000_0632))).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究工作",
                                      "--minutes-file", url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).first?["minutes"] as? String, "支部委员会会议记录")
    }

    func testAdd_JSONOutputIsTheStoredRecord() throws {
        let result = try harness.run(["meeting", "add", "--kind", "group-meeting", "--group", "第二党小组", "--date", "2026-06-10",
                                      "--topic", "学习讨论", "--present", "刘洋、李晓明", "--absent", "\(zhangB.id.uuidString.prefix(8))",
                                      "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let printed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stored = try XCTUnwrap(try harness.storedMeetings(year: 2026).first)
        XCTAssertEqual(Set(printed.keys), Set(stored.keys))
        XCTAssertEqual(printed["id"] as? String, stored["id"] as? String)
        XCTAssertEqual(printed["groupId"] as? String, group2.id.uuidString)
        XCTAssertEqual((printed["attendance"] as? [[String: Any]])?.count, 3)
    }

    func testAdd_AmbiguousNameListsTheCandidatesAndWritesNothing() throws {
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究工作",
                                      "--present", "王建国,张伟"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("没有保存"), result.stderr)
        XCTAssertTrue(result.stderr.contains("有 2 名党员叫“张伟”"), result.stderr)
        XCTAssertTrue(result.stderr.contains(String(zhangA.id.uuidString.prefix(8))), result.stderr)
        XCTAssertTrue(result.stderr.contains(String(zhangB.id.uuidString.prefix(8))), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.directory.appendingPathComponent("meetings/2026.json").path))
    }

    func testAdd_UnknownNameIsRefusedWithSimilarNames() throws {
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究工作",
                                      "--present", "王建", "--absent", "赵六"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("找不到党员“王建”"), result.stderr)
        XCTAssertTrue(result.stderr.contains("王建国"), "similar names are offered: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("找不到党员“赵六”"), "every problem is listed: \(result.stderr)")
        XCTAssertEqual(try harness.storedMeetings(year: 2026).count, 0)
    }

    func testAdd_AmbiguousNameResolvedByIdPrefix() throws {
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究工作",
                                      "--present", String(zhangA.id.uuidString.prefix(8))])
        XCTAssertEqual(result.status, 0, result.stderr)
        let attendance = try harness.storedMeetings(year: 2026).first?["attendance"] as? [[String: Any]]
        XCTAssertEqual(attendance?.first?["memberId"] as? String, zhangA.id.uuidString)
    }

    func testAdd_FutureDateNeedsPlanned() throws {
        let refused = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-07-08", "--topic", "研究下半年工作"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("--planned"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("2026-07-08"), refused.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).count, 0)

        let planned = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-07-08", "--topic", "研究下半年工作", "--planned"])
        XCTAssertEqual(planned.status, 0, planned.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).first?["state"] as? String, "planned")
    }

    func testAdd_KindRulesAreExplainedWithTheFlagToUse() throws {
        let groupless = try harness.run(["meeting", "add", "--kind", "小组会", "--date", "2026-06-01", "--topic", "学习"])
        XCTAssertEqual(groupless.status, 1)
        XCTAssertTrue(groupless.stderr.contains("--group"), groupless.stderr)
        XCTAssertTrue(groupless.stderr.contains("第一党小组、第二党小组"), groupless.stderr)

        let unknownGroup = try harness.run(["meeting", "add", "--kind", "小组会", "--group", "第三党小组", "--date", "2026-06-01", "--topic", "学习"])
        XCTAssertEqual(unknownGroup.status, 1)
        XCTAssertTrue(unknownGroup.stderr.contains("找不到党小组“第三党小组”"), unknownGroup.stderr)
        XCTAssertEqual(unknownGroup.err.filter { $0.contains("党小组") }.count, 1, "said once: \(unknownGroup.stderr)")

        let lecture = try harness.run(["meeting", "add", "--kind", "party-lecture", "--date", "2026-06-01", "--topic", "党课",
                                       "--excused", "陈静"])
        XCTAssertEqual(lecture.status, 1)
        XCTAssertTrue(lecture.stderr.contains("--lecturer"), lecture.stderr)
        XCTAssertTrue(lecture.stderr.contains("陈静请假须写明事由"), lecture.stderr)

        let twice = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究",
                                     "--present", "王建国", "--absent", "王建国"])
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.stderr.contains("王建国在出席名单中出现了两次"), twice.stderr)

        let badTimes = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "研究",
                                        "--start", "16:00", "--end", "15:00"])
        XCTAssertEqual(badTimes.status, 1)
        XCTAssertTrue(badTimes.stderr.contains("结束时间 15:00 应晚于开始时间 16:00"), badTimes.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).count, 0)
    }

    func testAdd_UsageErrorsExitTwo() throws {
        let cases: [([String], String)] = [
            (["meeting", "add", "--date", "2026-06-01", "--topic", "x"], "--kind"),
            (["meeting", "add", "--kind", "会议", "--date", "2026-06-01", "--topic", "x"], "不认识会议类型“会议”"),
            (["meeting", "add", "--kind", "支委会", "--date", "2026-6-1", "--topic", "x"], "格式 YYYY-MM-DD"),
            (["meeting", "add", "--kind", "支委会", "--date", "2026-02-30", "--topic", "x"], "2026-02-30"),
            (["meeting", "add", "--kind", "支委会", "--date", "2026-06-01"], "--topic"),
            (["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "x", "--start", "25:00"], "HH:MM"),
            (["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "x", "--chair", "王建国"], "--chair"),
            (["meeting"], "add、list 或 show"),
            (["meeting", "remove"], "remove"),
        ]
        for (argv, expected) in cases {
            let result = try harness.run(argv)
            XCTAssertEqual(result.status, 2, "\(argv)")
            XCTAssertTrue(result.stderr.contains(expected), "\(argv): \(result.stderr)")
        }
    }

    func testAdd_MissingMinutesFileFailsWithThePath() throws {
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "x",
                                      "--minutes-file", "/nonexistent/记录.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("/nonexistent/记录.txt"), result.stderr)
    }

    func testAdd_ReadOnlyRefusesToWrite() throws {
        let result = try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-06-01", "--topic", "x", "--read-only"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("只读"), result.stderr)
        XCTAssertEqual(try harness.storedMeetings(year: 2026).count, 0)
    }

    // MARK: - list

    func testList_TextTableAndFilters() throws {
        XCTAssertEqual(try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-03-10", "--topic", "一季度分析",
                                        "--present", "王建国,陈静", "--absent", "刘洋"]).status, 0)
        XCTAssertEqual(try harness.run(["meeting", "add", "--kind", "党员大会", "--date", "2025-12-20", "--topic", "年终总结"]).status, 0)
        XCTAssertEqual(try harness.run(["meeting", "add", "--kind", "小组会", "--group", "第一党小组", "--date", "2026-01-21",
                                        "--topic", "学习讨论"]).status, 0)

        let all = try harness.run(["meeting", "list"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertTrue(all.out[0].contains("日期") && all.out[0].contains("应到/实到") && all.out[0].contains("议题"), all.out[0])
        XCTAssertEqual(all.out.count, 5, all.stdout)
        XCTAssertTrue(all.out[1].contains("2025-12-20") && all.out[1].contains("党员大会"), "oldest first: \(all.stdout)")
        XCTAssertTrue(all.out[2].contains("小组会（第一党小组）"), all.stdout)
        XCTAssertTrue(all.out[3].contains("支委会") && all.out[3].contains("3/2") && all.out[3].hasSuffix("一季度分析"), all.stdout)

        let year = try harness.run(["meeting", "list", "--year", "2025"])
        XCTAssertEqual(year.out.count, 3, year.stdout)
        XCTAssertTrue(year.stdout.contains("年终总结"))
        let kind = try harness.run(["meeting", "list", "--kind", "committee-meeting", "--year", "2026"])
        XCTAssertEqual(kind.out.count, 3, kind.stdout)
        XCTAssertTrue(kind.stdout.contains("一季度分析"))
        let none = try harness.run(["meeting", "list", "--year", "2024"])
        XCTAssertEqual(none.status, 0)
        XCTAssertTrue(none.stdout.contains("2024 年没有会议记录"), none.stdout)
        XCTAssertEqual(try harness.run(["meeting", "list", "--year", "26"]).status, 2)
    }

    func testList_JSONIsTheStoredRecordsWithTheSameKeys() throws {
        XCTAssertEqual(try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-03-10", "--topic", "一季度分析",
                                        "--present", "王建国"]).status, 0)
        let result = try harness.run(["meeting", "list", "--format", "json", "--year", "2026"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let printed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let stored = try harness.storedMeetings(year: 2026)
        XCTAssertEqual(printed.count, 1)
        XCTAssertEqual(Set(printed[0].keys), Set(stored[0].keys))
        XCTAssertTrue(printed[0].keys.contains("id"))
        XCTAssertEqual(printed[0]["topic"] as? String, "一季度分析")
        let decoded = try JSONDecoder().decode([Meeting].self, from: Data(result.stdout.utf8))
        XCTAssertEqual(decoded, try harness.load().meetings)

        let empty = try harness.run(["meeting", "list", "--format", "json", "--year", "2020"])
        XCTAssertEqual(empty.stdout.filter { !$0.isWhitespace }, "[]")
    }

    func testList_AnUnreadableShardIsReportedAndTheRestListed() throws {
        XCTAssertEqual(try harness.run(["meeting", "add", "--kind", "支委会", "--date", "2026-03-10", "--topic", "可读的"]).status, 0)
        let broken = harness.directory.appendingPathComponent("meetings/2025.json")
        try Data("{\"schemaVersion\":1,\"records\":[{".utf8).write(to: broken)
        let result = try harness.run(["meeting", "list"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("可读的"), result.stdout)
        XCTAssertTrue(result.stderr.contains("meetings/2025.json"), result.stderr)
    }

    // MARK: - show

    func testShow_TheCustomaryLayoutWithNamesAndVotes() throws {
        // A general meeting: 4 full members expected (李晓明 is probationary: no vote), 3 present.
        let meeting = Meeting(kind: .generalMeeting, date: CalendarDate("2026-06-12")!, startTime: ClockTime("14:30"),
                              endTime: ClockTime("16:00"), place: "党员活动室", host: "王建国", recorder: "陈静",
                              topic: "推荐优秀共产党员",
                              attendance: [Attendance(memberId: wang.id, presence: .present),
                                           Attendance(memberId: chen.id, presence: .present),
                                           Attendance(memberId: liu.id, presence: .present),
                                           Attendance(memberId: zhangA.id, presence: .excused, reason: "出差"),
                                           Attendance(memberId: li.id, presence: .present)],
                              observers: ["机关党委组织部干部"],
                              minutes: "王建国主持会议。\n与会党员充分讨论。", resolutions: "同意推荐陈静同志。",
                              votes: [Vote(motion: "推荐陈静同志为优秀共产党员", votesFor: 3, passed: true)])
        try LedgerStore(directory: harness.directory).save(meeting)

        let result = try harness.run(["meeting", "show", String(meeting.id.uuidString.prefix(8)).lowercased()])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        XCTAssertEqual(result.out.first, "支部党员大会（已召开）")
        for expected in ["时间：2026年6月12日（星期五） 14:30–16:00", "地点：党员活动室", "主持人：王建国　记录人：陈静",
                         "应到 5 人，实到 4 人，请假 1 人，缺席 0 人", "出席：王建国、陈静、刘洋、李晓明", "请假：张伟（出差）",
                         "缺席：无", "列席：机关党委组织部干部", "议题：推荐优秀共产党员", "会议记录：\n  王建国主持会议。\n  与会党员充分讨论。",
                         "决议：\n  同意推荐陈静同志。", "应到有表决权党员 4 人，实到 3 人", "至少 3 票方可通过",
                         "1. 推荐陈静同志为优秀共产党员：赞成 3 票，反对 0 票，弃权 0 票，通过", "编号：\(meeting.id.uuidString)"] {
            XCTAssertTrue(text.contains(expected), "missing “\(expected)” in:\n\(text)")
        }
        XCTAssertFalse(text.contains("注意："), "a vote that agrees with the counts draws no warning")

        let json = try harness.run(["meeting", "show", meeting.id.uuidString, "--format", "json"])
        XCTAssertEqual(json.status, 0)
        XCTAssertEqual(try JSONDecoder().decode(Meeting.self, from: Data(json.stdout.utf8)), meeting)
    }

    func testShow_AVoteThatContradictsTheCountsIsPointedOut() throws {
        // 4 voters should attend; 2 votes for is exactly half, which is not enough (支部工作条例 第十一条).
        let meeting = Meeting(kind: .generalMeeting, date: CalendarDate("2026-06-12")!, topic: "表决",
                              attendance: [wang, chen, liu, zhangA].map { Attendance(memberId: $0.id, presence: .present) },
                              votes: [Vote(motion: "某议题", votesFor: 2, votesAgainst: 2, passed: true)])
        try LedgerStore(directory: harness.directory).save(meeting)
        let result = try harness.run(["meeting", "show", meeting.id.uuidString])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("注意：党员大会表决：赞成票须超过应到会有表决权党员的半数（应到 4 人，需至少 3 票）"), result.stdout)
    }

    func testShow_NotFoundTooShortAndAmbiguous() throws {
        let missing = try harness.run(["meeting", "show", "deadbeef"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("找不到编号为“deadbeef”的会议记录"), missing.stderr)
        XCTAssertEqual(try harness.run(["meeting", "show", "dead"]).status, 2)
        XCTAssertEqual(try harness.run(["meeting", "show"]).status, 2)

        let a = Meeting(id: UUID(uuidString: "ABCDEF01-0000-4000-8000-000000000001")!, kind: .committeeMeeting,
                        date: CalendarDate("2026-05-06")!, topic: "五月支委会")
        let b = Meeting(id: UUID(uuidString: "ABCDEF01-0000-4000-8000-000000000002")!, kind: .themeDay,
                        date: CalendarDate("2026-05-20")!, topic: "五月主题党日")
        let store = LedgerStore(directory: harness.directory)
        try store.save(a)
        try store.save(b)
        let ambiguous = try harness.run(["meeting", "show", "abcdef01"])
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertTrue(ambiguous.stderr.contains("对应 2 条会议记录"), ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("五月支委会") && ambiguous.stderr.contains("五月主题党日"), ambiguous.stderr)
        XCTAssertEqual(try harness.run(["meeting", "show", "ABCDEF01-0000-4000-8000-000000000002"]).out.first, "主题党日（已召开）")

        let list = try harness.run(["meeting", "list"])
        XCTAssertTrue(list.stdout.contains("ABCDEF01-0000-4000-8000-000000000001"), "ids that share 8 characters are listed longer: \(list.stdout)")
    }

    // MARK: - help

    func testHelp_ListsTheNewCommandsWithChineseUsage() {
        let overview = CommandRunner.help(topic: nil).text
        XCTAssertTrue(overview.contains("meeting"), overview)
        XCTAssertTrue(overview.contains("cadence"), overview)
        let meeting = CommandRunner.help(topic: "meeting")
        XCTAssertEqual(meeting.status, 0)
        for flag in ["--kind", "--date", "--topic", "--group", "--host", "--recorder", "--lecturer", "--place", "--present",
                     "--excused", "--absent", "--minutes-file", "--start", "--end", "--planned", "meeting list", "meeting show"] {
            XCTAssertTrue(meeting.text.contains(flag), flag)
        }
    }
}
