import Foundation
import XCTest
import Model

final class MemberValidationTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!

    private func member(id: String = "320102197105120134", birth: String? = "1971-05-12", joined: String? = "1995-06-28",
                        status: MemberStatus = .full, phone: String = "13905181026") -> Member {
        Member(name: "王建国", gender: .male, birthDate: birth.flatMap(CalendarDate.init), education: "硕士研究生",
               post: "处长", phone: phone, idNumber: id, status: status,
               joinedDate: joined.flatMap(CalendarDate.init), duesBase: 12000)
    }

    private func fields(_ m: Member) -> [String] { m.validate(today: today).map(\.field) }

    func testWellFormedMember_HasNoErrors() {
        XCTAssertEqual(fields(member()), [])
    }

    func testIdNumber_Needs17DigitsThenDigitOrX() {
        XCTAssertTrue(Member.isWellFormedIdNumber("320102197105120134"))
        XCTAssertTrue(Member.isWellFormedIdNumber("32010219710512013X"))
        XCTAssertTrue(Member.isWellFormedIdNumber("32010219710512013x"), "lower-case x is accepted")
        XCTAssertFalse(Member.isWellFormedIdNumber("3201021971051201"), "16 characters")
        XCTAssertFalse(Member.isWellFormedIdNumber("3201021971051201345"), "19 characters")
        XCTAssertFalse(Member.isWellFormedIdNumber("3201021971051201Y4"))
        XCTAssertFalse(Member.isWellFormedIdNumber("32010219710512013Y"))
        XCTAssertFalse(Member.isWellFormedIdNumber("３２０１０２１９７１０５１２０１３４"), "full-width digits")
        let errors = member(id: "32010219710512").validate(today: today)
        XCTAssertEqual(errors.map(\.field), ["idNumber"])
        XCTAssertTrue(errors[0].message.contains("18 位"), errors[0].message)
        XCTAssertEqual(fields(member(id: "")), [], "an ID number may be left blank")
    }

    func testJoiningBefore18_IsAnError() {
        let errors = member(birth: "2008-12-05", joined: "2026-12-04").validate(today: today)
        XCTAssertEqual(errors.map(\.field), ["joinedDate"])
        XCTAssertTrue(errors[0].message.contains("未满 18 周岁"), errors[0].message)
        XCTAssertEqual(fields(member(birth: "2008-12-04", joined: "2026-12-04")), [], "joining on the 18th birthday is fine")
    }

    func testProbationaryMember_NeedsAJoinedDate() {
        let errors = member(joined: nil, status: .probationary).validate(today: today)
        XCTAssertEqual(errors.map(\.field), ["joinedDate"])
        XCTAssertTrue(errors[0].message.contains("预备党员须填写入党日期"), errors[0].message)
        XCTAssertEqual(fields(member(joined: "2026-03-17", status: .probationary)), [])
    }

    func testBirthDateInTheFuture_IsAnError() {
        XCTAssertEqual(fields(member(birth: "2027-01-01", joined: nil)), ["birthDate"])
    }

    func testFullMembershipBeforeJoining_IsAnError() {
        var m = member()
        m.fullMembershipDate = CalendarDate("1995-01-01")
        XCTAssertEqual(fields(m), ["fullMembershipDate"])
    }

    func testPhone_AllowsDigitsSpacesDashesAndPlus() {
        XCTAssertEqual(fields(member(phone: "+86 139-0518-1026")), [])
        let errors = member(phone: "139０5181026").validate(today: today)
        XCTAssertEqual(errors.map(\.field), ["phone"])
        XCTAssertFalse(errors[0].message.contains("139０5181026"), "the message must mask the number")
    }

    func testNegativeDuesBase_IsAnError() {
        var m = member()
        m.duesBase = -1
        XCTAssertEqual(fields(m), ["duesBase"])
    }

    func testName_IsRequiredAndSingleLine() {
        var m = member()
        m.name = " "
        XCTAssertEqual(fields(m), ["name"])
        m.name = "王\n建国"
        XCTAssertEqual(fields(m), ["name"])
    }

    func testVotingAndRoll_FollowStatus() {
        XCTAssertTrue(member(status: .full).hasVote)
        XCTAssertFalse(member(status: .probationary).hasVote)
        XCTAssertTrue(member(status: .probationary).isOnRoll)
        XCTAssertFalse(member(status: .transferredOut).isOnRoll)
        var floating = member()
        floating.floating = FloatingInfo(category: "挂职", place: "宿迁市泗洪县", since: CalendarDate("2025-09-01")!)
        XCTAssertEqual(floating.statusLabel, "正式党员（流动）")
    }
}
