import Foundation
import XCTest
import Model

/// Rules for five-ones logs and adoptions (issue #5), and finding a template by what was typed.
final class FiveOnesValidationTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private let secretary = Member(name: "欧阳修")
    private let quarterly = FiveOnesTemplate(name: "五个一工程", period: .quarter, items: ["上好一堂党课", "组织一次思想分析"])
    private let pairing = FiveOnesTemplate(name: "牵手致富“五个一”", period: .pairing, items: ["理清一条致富思路"])
    private let yearly = FiveOnesTemplate(name: "“心灵的震撼”党日活动“五个一”", period: .year, items: ["廉洁从政党课"])

    private func ledger(adoptions: [FiveOnesAdoption] = [], logs: [FiveOnesLog] = [], meetings: [Meeting] = []) -> Ledger {
        Ledger(profile: BranchProfile(name: "测试支部"), members: [secretary], meetings: meetings,
               fiveOnesTemplates: [quarterly, pairing, yearly], fiveOnesAdoptions: adoptions, fiveOnesLogs: logs)
    }

    private var adopted: FiveOnesAdoption { FiveOnesAdoption(templateId: quarterly.id, period: .year(2026)) }

    private func fields(_ errors: [ValidationError]) -> [String] { errors.map(\.field) }

    // MARK: - Logs

    func testValidLog_HasNoErrors() {
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 1, period: .quarter(2026, 4), date: date("2026-11-02"),
                              participants: [secretary.id], evidence: ["台账/2026/四季度/签到表.jpg"])
        XCTAssertEqual(log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04")), [])
    }

    func testItemIndexOutOfRange() {
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 2, period: .quarter(2026, 4), date: date("2026-11-02"))
        let errors = log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04"))
        XCTAssertEqual(errors.map(\.message), ["“五个一工程”没有第 3 项（共 2 项）。"])
    }

    func testDateOutsideThePeriod() {
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 3), date: date("2026-11-02"))
        let errors = log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04"))
        XCTAssertEqual(fields(errors), ["date"])
        XCTAssertTrue(errors[0].message.contains("不在 2026年第三季度"), errors[0].message)
    }

    func testPeriodOfTheWrongKind() {
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 0, period: .year(2026), date: date("2026-11-02"))
        let errors = log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04"))
        XCTAssertEqual(fields(errors), ["period"])
        XCTAssertTrue(errors[0].message.contains("2026年第四季度"), errors[0].message)
    }

    func testNotAdopted_FutureDate_UnknownParticipant() {
        let stranger = UUID()
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 0, period: .quarter(2027, 1), date: date("2027-01-05"),
                              participants: [stranger, secretary.id, secretary.id])
        let errors = log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04"))
        XCTAssertEqual(Set(fields(errors)), ["date", "participants", "period"])
        XCTAssertTrue(errors.contains { $0.message.contains("欧阳修在参加人员中出现了两次") })
        XCTAssertTrue(errors.contains { $0.message.contains("没有在包含 2027-01-05 的期间开展") })
    }

    func testLinkedMeeting_MustExistBeHeldAndShareTheDate() {
        let planned = Meeting(kind: .partyLecture, state: .planned, date: date("2026-12-20"), topic: "宪法")
        let held = Meeting(kind: .partyLecture, date: date("2026-11-12"), lecturer: "欧阳修", topic: "党课")
        let l = ledger(adoptions: [adopted], meetings: [planned, held])
        var log = FiveOnesLog.fromMeeting(held, templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4))
        XCTAssertEqual(log.validate(in: l, today: date("2026-12-04")), [])
        log.date = date("2026-11-13")
        XCTAssertEqual(fields(log.validate(in: l, today: date("2026-12-04"))), ["date"])
        let early = FiveOnesLog.fromMeeting(planned, templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4))
        XCTAssertTrue(early.validate(in: l, today: date("2026-12-21")).contains { $0.message.contains("尚未召开") })
        let gone = FiveOnesLog(templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4), date: date("2026-11-12"), meetingId: UUID())
        XCTAssertEqual(fields(gone.validate(in: l, today: date("2026-12-04"))), ["meetingId"])
    }

    func testDuplicateIsRefused() {
        let held = Meeting(kind: .partyLecture, date: date("2026-11-12"), lecturer: "欧阳修", topic: "党课")
        let first = FiveOnesLog.fromMeeting(held, templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4))
        let again = FiveOnesLog.fromMeeting(held, templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4))
        let errors = again.validate(in: ledger(adoptions: [adopted], logs: [first], meetings: [held]), today: date("2026-12-04"))
        XCTAssertEqual(fields(errors), ["duplicate"])
        XCTAssertTrue(errors[0].message.contains("不必重复登记"), errors[0].message)
        XCTAssertEqual(first.validate(in: ledger(adoptions: [adopted], logs: [first], meetings: [held]), today: date("2026-12-04")), [],
                       "editing the stored record is not a duplicate of itself")
    }

    func testPerHousehold_NeedsAHouseholdOfTheAdoption_AndTheAdoptedSpanAsPeriod() {
        let zhang = Household(name: "张家", pairedMemberId: secretary.id)
        let adoption = FiveOnesAdoption(templateId: pairing.id, period: .year(2026), households: [zhang])
        let l = ledger(adoptions: [adoption])
        let good = FiveOnesLog(templateId: pairing.id, itemIndex: 0, period: .year(2026), date: date("2026-05-01"), householdId: zhang.id)
        XCTAssertEqual(good.validate(in: l, today: date("2026-12-04")), [])
        var missing = good
        missing.householdId = nil
        XCTAssertEqual(fields(missing.validate(in: l, today: date("2026-12-04"))), ["householdId"])
        var stranger = good
        stranger.householdId = UUID()
        XCTAssertEqual(fields(stranger.validate(in: l, today: date("2026-12-04"))), ["householdId"])
        var wrongPeriod = good
        wrongPeriod.period = .quarter(2026, 2)
        XCTAssertEqual(fields(wrongPeriod.validate(in: l, today: date("2026-12-04"))), ["period"])
    }

    func testBranchWideScheme_RefusesAHousehold() {
        let log = FiveOnesLog(templateId: quarterly.id, itemIndex: 0, period: .quarter(2026, 4), date: date("2026-11-02"), householdId: UUID())
        XCTAssertEqual(fields(log.validate(in: ledger(adoptions: [adopted]), today: date("2026-12-04"))), ["householdId"])
    }

    // MARK: - Adoptions

    func testAdoption_Valid() {
        XCTAssertEqual(adopted.validate(in: ledger()), [])
    }

    func testAdoption_OverlappingTheSameTemplateIsRefused() {
        let q4 = FiveOnesAdoption(templateId: quarterly.id, period: .quarter(2026, 4))
        let errors = q4.validate(in: ledger(adoptions: [adopted]))
        XCTAssertEqual(fields(errors), ["period"])
        XCTAssertTrue(errors[0].message.contains("已按 2026年 开展"), errors[0].message)
        XCTAssertEqual(FiveOnesAdoption(templateId: quarterly.id, period: .year(2027)).validate(in: ledger(adoptions: [adopted])), [])
    }

    func testAdoption_SpanShorterThanThePeriodIsRefused() {
        let errors = FiveOnesAdoption(templateId: yearly.id, period: .quarter(2026, 4)).validate(in: ledger())
        XCTAssertEqual(errors.map(\.message), ["“心灵的震撼”党日活动“五个一”每年开展，开展期间 2026年第四季度 不含完整的一期；请按 2026 年开展。"])
    }

    func testAdoption_HouseholdsExactlyForPerHouseholdSchemes() {
        XCTAssertEqual(fields(FiveOnesAdoption(templateId: pairing.id, period: .year(2026)).validate(in: ledger())), ["households"])
        let zhang = Household(name: "张家", pairedMemberId: secretary.id)
        XCTAssertEqual(fields(FiveOnesAdoption(templateId: quarterly.id, period: .year(2026), households: [zhang]).validate(in: ledger())), ["households"])
        let twice = [zhang, Household(name: "张家", pairedMemberId: secretary.id), Household(name: "李家", pairedMemberId: UUID())]
        let errors = FiveOnesAdoption(templateId: pairing.id, period: .year(2026), households: twice).validate(in: ledger())
        XCTAssertEqual(errors.count, 2)
        XCTAssertTrue(errors.contains { $0.message.contains("列了两次") })
        XCTAssertTrue(errors.contains { $0.message.contains("结对党员不在本支部党员名单中") })
    }

    // MARK: - Template lookup

    func testLookup_ByNameWithoutQuotes_UniquePart_Id_AndAmbiguity() {
        let all = [quarterly, pairing, yearly]
        XCTAssertEqual(try FiveOnesTemplateLookup.resolve("五个一工程", in: all).get().id, quarterly.id)
        XCTAssertEqual(try FiveOnesTemplateLookup.resolve("心灵的震撼", in: all).get().id, yearly.id)
        XCTAssertEqual(try FiveOnesTemplateLookup.resolve("牵手致富五个一", in: all).get().id, pairing.id)
        XCTAssertEqual(try FiveOnesTemplateLookup.resolve(String(pairing.id.uuidString.prefix(8)), in: all).get().id, pairing.id)
        guard case .failure(let ambiguous) = FiveOnesTemplateLookup.resolve("五个一", in: all) else { return XCTFail() }
        XCTAssertTrue(ambiguous.message.contains("对应 3 个模板"), ambiguous.message)
        guard case .failure(let unknown) = FiveOnesTemplateLookup.resolve("四个一", in: all) else { return XCTFail() }
        XCTAssertTrue(unknown.message.contains("找不到"), unknown.message)
    }

    func testQuotedName_NeverDoublesQuotes() {
        XCTAssertEqual(quarterly.quotedName, "“五个一工程”")
        XCTAssertEqual(yearly.quotedName, "“心灵的震撼”党日活动“五个一”")
    }
}
