import XCTest
import Model
import Persistence
@testable import TUI

/// 党员 in the workbench (issue #4): pinyin search, the member form, pipeline moves and the
/// member page, driven by keys through the real update loop with a real store in a temporary
/// directory, and asserted as lines of text.
final class MemberScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-member-\(UUID().uuidString.prefix(8))")
        try LedgerStore.create(Self.ledger(), at: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    static func ledger() -> Ledger {
        let g1 = PartyGroup(name: "第一党小组"), g2 = PartyGroup(name: "第二党小组")
        let wang = Member(name: "王建国", gender: .male, groupId: g1.id, phone: "13912345678", status: .full,
                          joinedDate: CalendarDate("1998-07-01"), fullMembershipDate: CalendarDate("1999-07-01"))
        let ouyang = Member(name: "欧阳修", gender: .male, birthDate: CalendarDate("1980-05-01"), post: "主任科员", groupId: g2.id,
                            phone: "13800001111", idNumber: "320102198005011234", status: .full,
                            joinedDate: CalendarDate("2005-07-01"), fullMembershipDate: CalendarDate("2006-07-01"),
                            duesBase: 6000, timeline: [StatusEvent(kind: .admission, date: CalendarDate("2005-07-01")!),
                                                       StatusEvent(kind: .fullMembership, date: CalendarDate("2006-07-01")!)])
        let zhang = Member(name: "张小明", gender: .male, birthDate: CalendarDate("1998-03-02"), groupId: g1.id, status: .activist,
                           timeline: [StatusEvent(kind: .application, date: CalendarDate("2025-09-01")!),
                                      StatusEvent(kind: .activist, date: CalendarDate("2026-06-01")!)])
        let lecture = Meeting(kind: .partyLecture, date: CalendarDate("2026-11-20")!, topic: "学习党章",
                              attendance: [Attendance(memberId: wang.id, presence: .present),
                                           Attendance(memberId: ouyang.id, presence: .present)])
        let general = Meeting(kind: .generalMeeting, date: CalendarDate("2026-10-10")!, topic: "讨论发展对象",
                              attendance: [Attendance(memberId: wang.id, presence: .present),
                                           Attendance(memberId: ouyang.id, presence: .excused, reason: "出差")])
        let dues = [DuesPayment(memberId: ouyang.id, month: YearMonth("2026-01")!, amountFen: 9000, paidOn: CalendarDate("2026-01-10")),
                    DuesPayment(memberId: ouyang.id, month: YearMonth("2026-02")!, amountFen: 9000, paidOn: CalendarDate("2026-02-10"))]
        return Ledger(profile: BranchProfile(name: "法规处党支部", groups: [g1, g2],
                                             committee: [CommitteeSeat(role: .secretary, memberId: wang.id)]),
                      members: [wang, ouyang, zhang], meetings: [lecture, general], dues: dues)
    }

    private func run(_ keys: [Key]) throws -> (InMemoryTerminal, AppState) {
        let store = LedgerStore(directory: directory)
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: try store.load(), today: today, width: 100, height: 30, sourceLabel: "测试")
        return (terminal, AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store), stopWhenIdle: true))
    }

    private func text(_ s: String) -> [Key] { s.map { Key.char($0) } }

    private func stored(_ name: String) throws -> Member? {
        try LedgerStore(directory: directory).load().members.first { $0.name == name }
    }

    // MARK: - Search

    func testSearchByPinyinInitials_FindsOuyangXiuAndOnlyHim() throws {
        let (terminal, state) = try run([.char("3"), .char("/")] + text("oyx"))
        let lines = terminal.screenLines
        XCTAssertTrue(lines[1].contains("筛选“oyx”：1 / 3 条"), lines[1])
        XCTAssertTrue(lines[3].hasPrefix(" 欧阳修      男    第二党小组  正式党员"), lines[3])
        XCTAssertFalse(lines.joined().contains("王建国"), lines.joined(separator: "\n"))
        XCTAssertEqual(state.currentList.selectedRow?.cells.first, "欧阳修")
    }

    func testSearchByFullPinyinGroupAndStatus() throws {
        let (pinyin, _) = try run([.char("3"), .char("/")] + text("ouyangxiu"))
        XCTAssertTrue(pinyin.screenLines[1].contains("1 / 3 条"), pinyin.screenLines[1])
        let (group, _) = try run([.char("3"), .char("/")] + text("第一党小组"))
        XCTAssertTrue(group.screenLines[1].contains("2 / 3 条"), group.screenLines[1])
        let (status, state) = try run([.char("3"), .char("/")] + text("积极分子"))
        XCTAssertTrue(status.screenLines[1].contains("1 / 3 条"), status.screenLines[1])
        XCTAssertEqual(state.currentList.selectedRow?.cells.first, "张小明")
    }

    func testOtherSectionsKeepTheSubstringFilter() throws {
        let (terminal, _) = try run([.char("2"), .char("/")] + text("xxdz"))
        XCTAssertTrue(terminal.screenLines[1].contains("0 / 2 条"), terminal.screenLines[1])
    }
}
