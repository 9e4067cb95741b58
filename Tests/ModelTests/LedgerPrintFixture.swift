import Foundation
import Model

/// A small hand-built branch for the ledger print tests (issue #10): fixed ids so golden files
/// are stable, names that test collation and width (欧阳修, 上官婉清), minutes with Chinese
/// punctuation, blank lines, indentation, markup characters and an emoji.
enum LedgerPrintFixture {
    static func d(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    static let groupOne = PartyGroup(id: id(901), name: "第一党小组")
    static let groupTwo = PartyGroup(id: id(902), name: "第二党小组")

    static let ouyang = Member(id: id(1), name: "欧阳修", gender: .male, birthDate: d("1980-05-02"), groupId: id(901),
                               phone: "13912345678", idNumber: "320102198005021234", status: .full,
                               joinedDate: d("2005-07-01"), fullMembershipDate: d("2006-07-01"), duesBase: 8000)
    static let shangguan = Member(id: id(2), name: "上官婉清", gender: .female, groupId: id(902), phone: "13800001111",
                                  idNumber: "32010219900101002X", status: .full, joinedDate: d("2015-06-30"),
                                  fullMembershipDate: d("2016-06-30"), duesBase: 4500)
    static let wang = Member(id: id(3), name: "王芳", gender: .female, groupId: id(901), status: .full,
                             joinedDate: d("2010-01-05"), fullMembershipDate: d("2011-01-05"), duesBase: 2800)
    static let li = Member(id: id(4), name: "李雷", gender: .male, groupId: id(902), status: .probationary,
                           joinedDate: d("2025-09-10"), duesBase: 6000)

    static let minutes = """
    欧阳修传达上级党委会议精神，强调：一要学深悟透，二要联系实际，三要抓好落实。
    上官婉清汇报上半年支部工作，指出台账整理、党费收缴、谈心谈话三方面的不足。

    讨论中，大家一致认为：
      1. 要把“三会一课”开在平时，不搞突击补记；
      2. 要把问题找准、把措施定实、把责任压紧。
    王芳请假，已会后传达。👍 会议记录写到这里 <完>，A&B 同步。
    """

    static let generalMeeting = Meeting(
        id: id(101), kind: .generalMeeting, date: d("2026-03-10"), startTime: ClockTime("14:30"), endTime: ClockTime("16:00"),
        place: "三楼会议室（东）", host: "欧阳修", recorder: "上官婉清",
        topic: "讨论接收赵雨桐同志为预备党员，学习《中国共产党支部工作条例（试行）》",
        attendance: [
            Attendance(memberId: id(1), presence: .present),
            Attendance(memberId: id(2), presence: .present),
            Attendance(memberId: id(3), presence: .excused, reason: "出差，赴京参会"),
            Attendance(memberId: id(4), presence: .absent),
        ],
        observers: ["张三（入党积极分子）"],
        minutes: minutes,
        resolutions: "一、同意接收赵雨桐同志为预备党员；\n二、会后报上级党委审批。",
        votes: [Vote(motion: "接收赵雨桐同志为预备党员", votesFor: 2, votesAgainst: 0, abstentions: 0, passed: true)])

    static var ledger: Ledger {
        Ledger(profile: BranchProfile(id: id(900), name: "测试机关第一党支部", groups: [groupOne, groupTwo]),
               members: [wang, shangguan, li, ouyang], meetings: [generalMeeting])
    }

    static let options = LedgerPrintOptions(year: 2026, today: d("2026-12-04"))
}
