import Foundation
import XCTest
import Model

/// Who owes which month (DOMAIN.md §3): probationary members from the admission vote, full
/// members from the tracked period's start, nobody after leaving.
final class DuesLedgerTests: XCTestCase {
    private func ym(_ text: String) -> YearMonth { YearMonth(text)! }
    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private let full = Member(name: "欧阳修", status: .full, joinedDate: CalendarDate("2004-06-25"), duesBase: 6900)

    func testFullMember_OwesFromTheTrackedPeriod_NotBefore() {
        let dues = DuesLedger(payments: [], trackedFrom: ym("2026-01"))
        XCTAssertFalse(dues.isDue(full, in: ym("2025-12")))
        XCTAssertTrue(dues.isDue(full, in: ym("2026-01")))
        XCTAssertEqual(dues.arrears(of: full, through: ym("2026-03")).map(\.iso), ["2026-01", "2026-02", "2026-03"])
        XCTAssertEqual(dues.status(of: full, in: ym("2026-03")).state, .owed)
        XCTAssertEqual(dues.status(of: full, in: ym("2026-03")).expectedFen, 10350)
    }

    func testProbationaryMember_OwesFromTheAdmissionVotesMonth() {
        let probationary = Member(name: "赵雨桐", status: .probationary, joinedDate: day("2026-03-17"), duesBase: 4900)
        let dues = DuesLedger(payments: [], trackedFrom: ym("2026-01"))
        XCTAssertFalse(dues.isDue(probationary, in: ym("2026-02")))
        XCTAssertTrue(dues.isDue(probationary, in: ym("2026-03")), "the month of the vote is owed")
        XCTAssertEqual(dues.arrears(of: probationary, through: ym("2026-04")).map(\.iso), ["2026-03", "2026-04"])
    }

    func testPeopleInThePipeline_OweNothing() {
        let dues = DuesLedger(payments: [], trackedFrom: ym("2026-01"))
        for status in [MemberStatus.applicant, .activist, .candidate] {
            XCTAssertFalse(dues.isDue(Member(name: "钱梦瑶", status: status), in: ym("2026-05")))
        }
    }

    func testTransferredOut_OwesUpToTheMonthOfLeaving_NothingAfter() {
        let left = Member(name: "马骏", status: .transferredOut, joinedDate: day("2006-05-18"), duesBase: 6800,
                          timeline: [StatusEvent(kind: .transferOut, date: day("2026-02-26"))])
        let dues = DuesLedger(payments: [], trackedFrom: ym("2026-01"))
        XCTAssertTrue(dues.isDue(left, in: ym("2026-02")))
        XCTAssertFalse(dues.isDue(left, in: ym("2026-03")))
        XCTAssertEqual(dues.arrears(of: left, through: ym("2026-12")).map(\.iso), ["2026-01", "2026-02"])
    }

    func testLeftWithoutADatedExit_OwesNothing() {
        let left = Member(name: "某人", status: .left, joinedDate: day("2006-05-18"), duesBase: 6800)
        XCTAssertFalse(DuesLedger(payments: [], trackedFrom: ym("2026-01")).isDue(left, in: ym("2026-03")))
    }

    func testTransferredIn_OwesFromTheMonthOfArrival() {
        let arrived = Member(name: "刘洋", status: .full, joinedDate: day("2019-05-30"), duesBase: 2800,
                             timeline: [StatusEvent(kind: .transferIn, date: day("2026-08-18"))])
        let dues = DuesLedger(payments: [], trackedFrom: ym("2026-01"))
        XCTAssertFalse(dues.isDue(arrived, in: ym("2026-07")))
        XCTAssertTrue(dues.isDue(arrived, in: ym("2026-08")))
    }

    func testPaidExemptAndOwed_AreToldApart() {
        let payments = [
            DuesPayment(memberId: full.id, month: ym("2026-01"), amountFen: 10350, paidOn: day("2026-01-08")),
            DuesPayment(memberId: full.id, month: ym("2026-02"), amountFen: 0, exempt: true, note: "长期病休，支委会同意免缴"),
        ]
        let dues = DuesLedger(payments: payments, trackedFrom: DuesLedger.firstRecordedMonth(in: payments, fallback: ym("2026-12")))
        XCTAssertEqual(dues.trackedFrom, ym("2026-01"))
        let january = dues.status(of: full, in: ym("2026-01"))
        XCTAssertEqual(january.state, .paid)
        XCTAssertEqual(january.paidFen, 10350)
        XCTAssertEqual(january.paidOn, day("2026-01-08"))
        let february = dues.status(of: full, in: ym("2026-02"))
        XCTAssertEqual(february.state, .exempt)
        XCTAssertEqual(february.note, "长期病休，支委会同意免缴")
        XCTAssertEqual(dues.status(of: full, in: ym("2026-03")).state, .owed)
        XCTAssertEqual(dues.arrears(of: full, through: ym("2026-04")).map(\.iso), ["2026-03", "2026-04"])
        XCTAssertEqual(dues.report(for: ym("2026-02"), members: [full, Member(name: "申请人", status: .applicant)]).count, 1)
    }

    func testConsecutiveUnpaidMonths_CountsBackFromTheMonth() {
        let payments = (1...8).map { DuesPayment(memberId: full.id, month: ym(String(format: "2026-%02d", $0)), amountFen: 10350) }
        let dues = DuesLedger(payments: payments, trackedFrom: ym("2026-01"))
        XCTAssertEqual(dues.consecutiveUnpaidMonths(of: full, through: ym("2026-08")), 0)
        XCTAssertEqual(dues.consecutiveUnpaidMonths(of: full, through: ym("2026-11")), 3)
        XCTAssertEqual(dues.consecutiveUnpaidMonths(of: full, through: ym("2027-02")), 6, "党章 第九条's six months")
    }

    func testFirstRecordedMonth_FallsBackWhenThereAreNoPayments() {
        XCTAssertEqual(DuesLedger.firstRecordedMonth(in: [], fallback: ym("2026-12")), ym("2026-12"))
    }
}
