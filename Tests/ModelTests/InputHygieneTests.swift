import Foundation
import XCTest
import Model

/// Issue #9, input hygiene: single-line fields refuse line breaks and control characters, every
/// field has a length limit, file names made from user text stay put, and ledger text printed
/// to a terminal cannot steer it.
final class InputHygieneTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!

    // MARK: - TextRule

    func testSingleLine_RefusesEveryKindOfControlCharacter() {
        for bad in ["欧阳\n修", "欧阳\r修", "欧阳\t修", "欧阳\u{1B}[2J修", "欧阳\u{7F}修", "欧阳\u{85}修", "欧阳\u{9B}31m修",
                    "欧阳\u{2028}修", "欧阳\u{2029}修", "欧阳\u{202E}修", "欧阳\u{2067}修", "\u{0}"] {
            let errors = TextRule.singleLine(bad, field: "name", label: "姓名")
            XCTAssertEqual(errors.map(\.field), ["name"], bad.debugDescription)
            XCTAssertTrue(errors.first?.message.contains("只能是一行文字") ?? false)
        }
        let message = TextRule.singleLine("欧阳\u{1B}修", field: "name", label: "姓名")[0].message
        XCTAssertTrue(message.contains("第 3 个字是 U+001B ESC"), message)
    }

    func testSingleLine_AcceptsChineseEmojiAndJoiners() {
        for good in ["欧阳修", "欧阳修😀", "👨‍👩‍👧 家庭", "Zoë Ōu-yáng", "阿卜杜拉·买买提", "①号会议室（３楼）", "e\u{301}"] {
            XCTAssertEqual(TextRule.singleLine(good, field: "topic", label: "议题"), [], good)
        }
    }

    func testMultiLine_TakesLineBreaksAndTabsOnly() {
        XCTAssertEqual(TextRule.multiLine("第一行\n\t第二行😀", field: "minutes", label: "会议记录"), [])
        let errors = TextRule.multiLine("第一行\n\u{1B}]0;标题\u{7}", field: "minutes", label: "会议记录")
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("只允许换行和制表符"), errors[0].message)
        XCTAssertEqual(TextRule.multiLine("A\u{202E}B", field: "minutes", label: "会议记录").count, 1)
    }

    func testLimits_AreCountedInCharactersAndNamed() {
        XCTAssertEqual(TextRule.nameLimit, 50)
        XCTAssertEqual(TextRule.singleLineLimit, 200)
        XCTAssertEqual(TextRule.multiLineLimit, 100_000)
        let fifty = String(repeating: "欧", count: 50)
        XCTAssertEqual(TextRule.required(fifty, field: "name", label: "姓名", limit: TextRule.nameLimit), [])
        let errors = TextRule.required(fifty + "😀", field: "name", label: "姓名", limit: TextRule.nameLimit)
        XCTAssertEqual(errors.map(\.message), ["姓名过长（51 字），最多 50 字。"])
        XCTAssertEqual(TextRule.multiLine(String(repeating: "记", count: 100_001), field: "minutes", label: "会议记录").map(\.message),
                       ["会议记录过长（100001 字），最多 100000 字。"])
    }

    // MARK: - Records

    func testMemberName_TooLongOrWithControlCharacters() {
        var member = Member(name: String(repeating: "欧阳修", count: 17), status: .full)
        XCTAssertTrue(member.validate(today: today).contains { $0.field == "name" && $0.message.contains("最多 50 字") })
        member.name = "欧阳修\u{1B}[31m"
        XCTAssertTrue(member.validate(today: today).contains { $0.field == "name" && $0.message.contains("控制字符") })
        member.name = "欧阳修"
        member.post = "主任\n科员"
        XCTAssertEqual(member.validate(today: today).map(\.field), ["post"])
        member.post = "主任科员"
        member.phone = "139 1234 5678 0000 0000"
        XCTAssertEqual(member.validate(today: today).map(\.message), ["手机号过长（23 位），最多 20 位。"])
    }

    func testMeeting_PeopleAreNamesAndTopicIsOneLine() {
        let ledger = Ledger(profile: BranchProfile(name: "法规处党支部"))
        var meeting = Meeting(kind: .themeDay, date: CalendarDate("2026-11-20")!, topic: "主题党日\n第二行")
        meeting.host = String(repeating: "欧", count: 51)
        meeting.observers = ["列席\u{7}人"]
        let fields = Set(meeting.validate(in: ledger, today: today).map(\.field))
        XCTAssertEqual(fields, ["topic", "host", "observers"])
    }

    func testLiaisonTask_TitleSourceNoteAndReminders() {
        var task = LiaisonTask(title: "报送\u{1B}材料", source: "机关党委〔2026〕12号", kind: .report, due: today, note: "第一行\n第二行")
        XCTAssertEqual(task.validate().map(\.field), ["title"])
        task.title = "报送材料 📮"
        task.reminders = [ReminderLogEntry(date: today, whom: "欧阳修", what: "交材料\r", how: "电话")]
        XCTAssertEqual(task.validate().map(\.field), ["reminders"])
        task.reminders = []
        XCTAssertEqual(task.validate(), [])
    }

    // MARK: - File names and terminal output

    func testFileNameFromUserText_CannotLeaveItsFolder() {
        XCTAssertEqual(FileNameText.safe("欧阳修"), "欧阳修")
        XCTAssertEqual(FileNameText.safe("../../.bashrc"), "_._.._.bashrc")
        XCTAssertFalse(FileNameText.safe("../../etc/passwd").contains("/"))
        XCTAssertEqual(FileNameText.safe(".."), "_.")
        XCTAssertEqual(FileNameText.safe("欧阳\u{1B}[2J修\n"), "欧阳[2J修")
        XCTAssertEqual(FileNameText.safe("a\\b:c"), "a_b_c")
        XCTAssertEqual(FileNameText.safe("\u{202E}\u{0}"), "未命名")
        XCTAssertEqual(FileNameText.safe(String(repeating: "修", count: 300)).count, 60)
        XCTAssertEqual(FileNameText.safe("😀 欧阳修 "), "😀 欧阳修")
    }

    func testTerminalText_ShowsControlsInsteadOfObeyingThem() {
        XCTAssertEqual(TerminalText.safe("欧阳修😀\n\t第二行"), "欧阳修😀\n\t第二行", "ordinary text untouched")
        XCTAssertEqual(TerminalText.safe("欧阳\u{1B}[2J修"), "欧阳\u{241B}[2J修")
        XCTAssertEqual(TerminalText.safe("a\rb\u{7F}c\u{85}d\u{202E}e\u{2028}"), "a\u{240D}b\u{2421}c\u{FFFD}d\u{FFFD}e\u{FFFD}")
        XCTAssertFalse(TerminalText.safe("\u{1B}]0;x\u{7}\u{9B}").unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
