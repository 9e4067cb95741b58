import Foundation
import XCTest
import Model

/// What each printed ledger holds and how it is drawn (issue #10).
final class LedgerPrintTests: XCTestCase {
    private typealias F = LedgerPrintFixture
    private func doc(_ kind: PrintedLedgerKind, _ ledger: Ledger = F.ledger, includePrivate: Bool = false) -> PrintedLedger {
        LedgerPrint.document(kind, ledger: ledger,
                             options: LedgerPrintOptions(year: 2026, today: F.d("2026-12-04"), includePrivate: includePrivate))
    }

    // MARK: - Meetings

    func testMeetingPage_CustomaryFieldsWithNamesAndReasons() {
        let page = doc(.meetings).pages[0]
        XCTAssertEqual(page.heading, "2026年3月10日　支部党员大会")
        XCTAssertTrue(page.blocks.contains(.field("时间", "2026年3月10日（星期二） 14:30–16:00")))
        XCTAssertTrue(page.blocks.contains(.field("主持人", "欧阳修")))
        XCTAssertTrue(page.blocks.contains(.field("记录人", "上官婉清")))
        XCTAssertTrue(page.blocks.contains(.field("应到", "4 人")))
        XCTAssertTrue(page.blocks.contains(.field("实到", "2 人：欧阳修、上官婉清")))
        XCTAssertTrue(page.blocks.contains(.field("请假", "1 人：王芳（出差，赴京参会）")))
        XCTAssertTrue(page.blocks.contains(.field("缺席", "1 人：李雷")))
        XCTAssertTrue(page.blocks.contains(.text("会议记录", F.minutes)))
        XCTAssertTrue(page.blocks.contains(.table(caption: "表决", header: ["序号", "事项", "赞成", "反对", "弃权", "结果"],
                                                  rows: [["1", "接收赵雨桐同志为预备党员", "2", "0", "0", "通过"]])))
    }

    func testMeetings_OnlyHeldMeetingsOfTheYearByDate() {
        var ledger = F.ledger
        ledger.meetings += [
            Meeting(kind: .committeeMeeting, date: F.d("2026-01-05"), topic: "一月支委会"),
            Meeting(kind: .committeeMeeting, date: F.d("2025-12-05"), topic: "去年的"),
            Meeting(kind: .themeDay, state: .planned, date: F.d("2026-12-20"), topic: "计划中的"),
        ]
        let document = doc(.meetings, ledger)
        XCTAssertEqual(document.pages.map(\.heading), ["2026年1月5日　支部委员会会议", "2026年3月10日　支部党员大会"])
        XCTAssertEqual(document.sheet.count, 3)
        XCTAssertEqual(document.recordCount, 2)
    }

    func testHTML_EscapesTextKeepsLineBreaksAndBreaksPages() {
        var ledger = F.ledger
        ledger.meetings.append(Meeting(kind: .partyLecture, date: F.d("2026-04-01"), lecturer: "<script>alert(1)</script>",
                                       topic: "\"引号\" & 'A<B>'"))
        let html = LedgerHTML.render(doc(.meetings, ledger))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&quot;引号&quot; &amp; &#39;A&lt;B&gt;&#39;"))
        XCTAssertTrue(html.contains("A&amp;B 同步"))
        XCTAssertTrue(html.contains("white-space: pre-wrap"))
        XCTAssertTrue(html.contains("@page { size: A4"))
        XCTAssertTrue(html.contains("break-after: page"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"page\">").count - 1, 2)
        XCTAssertTrue(html.contains("\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"SimSun\""))
        XCTAssertTrue(html.contains("<footer><span>生成日期：2026-12-04</span><span>第 2 / 2 份</span></footer>"))
        // Minutes keep their line breaks inside the pre-wrap block.
        XCTAssertTrue(html.contains("三要抓好落实。\n上官婉清汇报"))
        XCTAssertFalse(html.contains("color: red"))
    }

    func testHTML_EmptyYearSaysSo() {
        let html = LedgerHTML.render(LedgerPrint.document(.meetings, ledger: F.ledger,
                                                          options: LedgerPrintOptions(year: 2024, today: F.d("2026-12-04"))))
        XCTAssertTrue(html.contains("（2024年没有三会一课台账中的记录）"))
    }

    func testMarkdown_NoTrailingSpacesFencesTextAndEscapesMarkup() {
        var ledger = F.ledger
        ledger.meetings[0].minutes = "第一行  \n```代码```\n*不是强调*"
        ledger.meetings[0].topic = "议题 | 带竖线 *星号*"
        let md = LedgerMarkdown.render(doc(.meetings, ledger))
        for line in md.components(separatedBy: "\n") {
            XCTAssertFalse(line.hasSuffix(" "), "行尾有空格：\(line)")
        }
        XCTAssertTrue(md.contains("````text\n第一行\n```代码```\n*不是强调*\n````"))
        XCTAssertTrue(md.contains("- 议题：议题 \\| 带竖线 \\*星号\\*"))
        XCTAssertTrue(md.hasSuffix("\n"))
        XCTAssertFalse(md.hasSuffix("\n\n"))
        XCTAssertEqual(md, LedgerMarkdown.render(doc(.meetings, ledger)), "same input, same text")
    }

    func testCSV_OneRowPerMeetingWithChineseHeaders() {
        let sheet = doc(.meetings).sheet
        XCTAssertEqual(sheet[0].prefix(4), ["日期", "会议类别", "党小组", "时间"])
        XCTAssertEqual(sheet.count, 2)
        let row = Dictionary(uniqueKeysWithValues: zip(sheet[0], sheet[1]))
        XCTAssertEqual(row["请假人员及事由"], "王芳（出差，赴京参会）")
        XCTAssertEqual(row["表决"], "接收赵雨桐同志为预备党员：赞成 2 票，反对 0 票，弃权 0 票，通过")
        XCTAssertEqual(row["会议记录"], F.minutes)
    }

    // MARK: - Members

    func testRoster_MaskedUnlessAskedInRosterOrder() {
        let masked = doc(.members)
        XCTAssertEqual(masked.recordCount, 4)
        // Group order first (第一党小组: 欧阳修, 王芳), then pinyin within the group.
        XCTAssertEqual(masked.pages.dropFirst().map(\.heading), ["党员档案：欧阳修", "党员档案：王芳", "党员档案：李雷", "党员档案：上官婉清"])
        let ouyang = masked.pages[1]
        XCTAssertTrue(ouyang.blocks.contains(.field("手机", "139****5678")))
        XCTAssertTrue(ouyang.blocks.contains(.field("身份证号", "3201**********1234")))
        XCTAssertFalse(LedgerHTML.render(masked).contains("13912345678"))
        XCTAssertFalse(LedgerMarkdown.render(masked).contains("320102198005021234"))
        XCTAssertFalse(masked.sheet.joined().joined().contains("13912345678"))

        let full = doc(.members, includePrivate: true)
        XCTAssertTrue(full.pages[1].blocks.contains(.field("身份证号", "320102198005021234")))
        XCTAssertTrue(full.sheet[1].contains("=\"320102198005021234\""), "Excel keeps 18 digits only as a formula string")
    }

    func testRoster_KeepsThoseWhoLeftThisYearOnly() {
        var ledger = F.ledger
        var gone = Member(name: "钱进", status: .transferredOut)
        gone.timeline = [StatusEvent(kind: .transferOut, date: F.d("2026-05-01"))]
        var older = Member(name: "孙退", status: .transferredOut)
        older.timeline = [StatusEvent(kind: .transferOut, date: F.d("2024-05-01"))]
        ledger.members += [gone, older]
        let names = doc(.members, ledger).sheet.dropFirst().map { $0[0] }
        XCTAssertTrue(names.contains("钱进"))
        XCTAssertFalse(names.contains("孙退"))
        XCTAssertEqual(names.last, "钱进", "those on the roll come first")
    }

    func testRoster_CountsPartyMembersApartFromThePipeline() {
        var ledger = F.ledger
        ledger.members.append(Member(name: "赵雨桐", groupId: F.groupOne.id, status: .activist))
        let overview = doc(.members, ledger).pages[0]
        XCTAssertEqual(overview.heading, "名册（党员 4 人）")
        guard case .table(let caption, _, let rows)? = overview.blocks.dropFirst().first else { return XCTFail("no pipeline table") }
        XCTAssertEqual(caption, "入党申请人、入党积极分子、发展对象（不计入党员人数）")
        XCTAssertEqual(rows.map { $0[1] }, ["赵雨桐"])
        XCTAssertEqual(doc(.members, ledger).recordCount, 5, "every file still gets its page")
    }

    // MARK: - Five-ones

    func testFiveOnes_MatrixOfTheYearsAdoptionInWords() {
        var ledger = F.ledger
        let template = FiveOnesTemplate(name: "五个一工程", period: .quarter, items: ["上好一堂党课", "组织一次思想分析"])
        ledger.fiveOnesTemplates = [template]
        ledger.fiveOnesAdoptions = [FiveOnesAdoption(templateId: template.id, period: .year(2026))]
        ledger.fiveOnesLogs = [
            FiveOnesLog(templateId: template.id, itemIndex: 0, period: .quarter(2026, 1), date: F.d("2026-03-10"),
                        note: "党课", meetingId: F.id(101)),
            FiveOnesLog(templateId: template.id, itemIndex: 1, period: .quarter(2026, 2), date: F.d("2026-05-06"), note: "思想分析"),
        ]
        let document = doc(.fiveOnes, ledger)
        XCTAssertEqual(document.pages.count, 1)
        guard case .table(_, let header, let rows)? = document.pages[0].blocks.first(where: {
            if case .table(let caption, _, _) = $0 { return caption == "完成情况" }; return false
        }) else { return XCTFail("no matrix") }
        XCTAssertEqual(header, ["项目", "2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"])
        XCTAssertEqual(rows[0], ["1 上好一堂党课", "⇄ 03-10", "未开展", "未开展", "本期待开展"])
        XCTAssertEqual(rows[1], ["2 组织一次思想分析", "未开展", "✓ 05-06", "未开展", "本期待开展"])
        XCTAssertEqual(document.sheet.count, 1 + 2 * 4)
    }

    // MARK: - Dues

    func testDues_RegisterPerMemberPerMonth() {
        var ledger = F.ledger
        ledger.dues = (1...11).map { DuesPayment(memberId: F.ouyang.id, month: YearMonth(year: 2026, month: $0)!, amountFen: 12000,
                                                  paidOn: F.d("2026-\(String(format: "%02d", $0))-05")) }
        ledger.dues.append(DuesPayment(memberId: F.wang.id, month: YearMonth(year: 2026, month: 1)!, amountFen: 0, exempt: true, note: "病休"))
        let document = doc(.dues, ledger)
        guard case .table(_, let header, let rows)? = document.pages[0].blocks.first else { return XCTFail("no table") }
        XCTAssertEqual(header.count, 1 + 12 + 3)
        let ouyang = rows.first { $0[0] == "欧阳修" }!
        XCTAssertEqual(Array(ouyang[1...12]), Array(repeating: "120.00", count: 11) + ["未缴"])
        XCTAssertEqual(ouyang.suffix(3), ["1440.00", "1320.00", "1"])
        let wang = rows.first { $0[0] == "王芳" }!
        XCTAssertEqual(wang[1], "免缴")
        XCTAssertEqual(wang[2], "未缴")
        // The CSV: one row per member per month that was due (or recorded).
        let csvOuyang = document.sheet.filter { $0[0] == "欧阳修" }
        XCTAssertEqual(csvOuyang.count, 12)
        XCTAssertEqual(csvOuyang.last, ["欧阳修", "第一党小组", "2026-12", "未缴", "120.00", "", "", ""])
    }

    func testDues_MonthsAfterTodayAreNotYetOwed() {
        var ledger = F.ledger
        ledger.dues = [DuesPayment(memberId: F.ouyang.id, month: YearMonth(year: 2026, month: 1)!, amountFen: 12000)]
        let document = LedgerPrint.document(.dues, ledger: ledger, options: LedgerPrintOptions(year: 2026, today: F.d("2026-06-15")))
        guard case .table(_, _, let rows)? = document.pages[0].blocks.first else { return XCTFail("no table") }
        let ouyang = rows.first { $0[0] == "欧阳修" }!
        XCTAssertEqual(ouyang[7], "·")
        XCTAssertEqual(ouyang.last, "5")
    }

    // MARK: - Commitments and talks

    func testCommitments_OnePagePerMemberWithReview() {
        var ledger = F.ledger
        var commitment = Commitment(memberId: F.ouyang.id, year: 2026, pledges: [Pledge(category: "勤政", text: "按时办结复议案件")])
        commitment.addProgress(ProgressEntry(date: F.d("2026-04-02"), text: "社区报到，义务咨询", hours: 2.5))
        commitment.review = CommitmentReview(selfAssessment: "完成承诺。\n还需加强学习。", grade: .qualified, secretaryComment: "同意")
        ledger.commitments = [commitment, Commitment(memberId: F.wang.id, year: 2025)]
        let document = doc(.commitments, ledger)
        XCTAssertEqual(document.pages.map(\.heading), ["承诺践诺：欧阳修"])
        let blocks = document.pages[0].blocks
        XCTAssertTrue(blocks.contains(.field("义工时数", "2.5 小时")))
        XCTAssertTrue(blocks.contains(.field("评定等次", "合格")))
        XCTAssertTrue(blocks.contains(.text("自我评价", "完成承诺。\n还需加强学习。")))
    }

    func testTalks_CasesOpenedInTheYearWithTheirTimeline() {
        var ledger = F.ledger
        ledger.talkCases = [TalkCase(memberId: F.li.id, openedOn: F.d("2026-02-01"), origin: .complaint, reason: "多次缺席组织生活"),
                            TalkCase(memberId: F.wang.id, openedOn: F.d("2025-02-01"), origin: .complaint, reason: "去年的")]
        let document = doc(.talks, ledger)
        XCTAssertEqual(document.pages.map(\.heading), ["提醒谈话：李雷（2026-02-01 立案）"])
        guard case .text(_, let text)? = document.pages[0].blocks.first else { return XCTFail("no text") }
        XCTAssertTrue(text.contains("事由：多次缺席组织生活"))
        XCTAssertEqual(document.sheet[1][0], "李雷")
    }

    func testFileNameAndKindsAreTheIssuesWords() {
        XCTAssertEqual(PrintedLedgerKind.allCases.map(\.rawValue), ["meetings", "members", "fiveones", "dues", "commitments", "talks"])
        XCTAssertEqual(PrintFormat.allCases.map(\.rawValue), ["html", "md", "csv"])
        XCTAssertEqual(LedgerPrint.fileName(.fiveOnes, year: 2026, format: .html), "五个一活动台账-2026.html")
        XCTAssertNil(LedgerPrint.text(doc(.meetings), format: .csv))
    }
}
