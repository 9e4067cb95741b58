import Foundation
import XCTest
import Model

final class PeriodTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func testCodes_RoundTripForEveryKind() {
        for code in ["2026", "2026H1", "2026H2", "2026Q1", "2026Q4", "2026-10", "2026-01"] {
            XCTAssertEqual(Period(code)?.code, code, code)
        }
        XCTAssertEqual(Period("2026"), .year(2026))
        XCTAssertEqual(Period("2026H1"), .halfYear(2026, 1))
        XCTAssertEqual(Period("2026Q4"), .quarter(2026, 4))
        XCTAssertEqual(Period("2026-10"), .month(2026, 10))
        XCTAssertEqual(Period("2026q4"), .quarter(2026, 4), "the CLI accepts lower case")
    }

    func testCodes_RejectNonsense() {
        XCTAssertNil(Period("2026Q5"))
        XCTAssertNil(Period("2026Q0"))
        XCTAssertNil(Period("2026H3"))
        XCTAssertNil(Period("2026-13"))
        XCTAssertNil(Period("26Q1"))
        XCTAssertNil(Period(""))
    }

    func testContaining_FindsThePeriodOfEachKind() {
        let d = date("2026-11-15")
        XCTAssertEqual(Period(containing: d, kind: .year), .year(2026))
        XCTAssertEqual(Period(containing: d, kind: .halfYear), .halfYear(2026, 2))
        XCTAssertEqual(Period(containing: d, kind: .quarter), .quarter(2026, 4))
        XCTAssertEqual(Period(containing: d, kind: .month), .month(2026, 11))
        XCTAssertNil(Period(containing: d, kind: .pairing), "a pairing has no calendar period")
        XCTAssertEqual(Period(containing: date("2026-06-30"), kind: .halfYear), .halfYear(2026, 1))
        XCTAssertEqual(Period(containing: date("2026-07-01"), kind: .halfYear), .halfYear(2026, 2))
        XCTAssertEqual(Period(containing: date("2026-03-31"), kind: .quarter), .quarter(2026, 1))
        XCTAssertEqual(Period(containing: date("2026-04-01"), kind: .quarter), .quarter(2026, 2))
    }

    func testFirstAndLastDay_OfQuartersHalvesAndMonths() {
        XCTAssertEqual(Period.quarter(2026, 1).lastDay, date("2026-03-31"))
        XCTAssertEqual(Period.quarter(2026, 2).lastDay, date("2026-06-30"))
        XCTAssertEqual(Period.quarter(2026, 3).lastDay, date("2026-09-30"))
        XCTAssertEqual(Period.quarter(2026, 4).firstDay, date("2026-10-01"))
        XCTAssertEqual(Period.quarter(2026, 4).lastDay, date("2026-12-31"))
        XCTAssertEqual(Period.halfYear(2026, 1).lastDay, date("2026-06-30"))
        XCTAssertEqual(Period.month(2028, 2).lastDay, date("2028-02-29"))
        XCTAssertEqual(Period.year(2026).firstDay, date("2026-01-01"))
        XCTAssertTrue(Period.quarter(2026, 4).contains(date("2026-12-31")))
        XCTAssertFalse(Period.quarter(2026, 4).contains(date("2027-01-01")))
        XCTAssertFalse(Period.quarter(2026, 4).contains(date("2026-09-30")))
    }

    func testChineseNames() {
        XCTAssertEqual(Period.quarter(2026, 4).chinese, "2026年第四季度")
        XCTAssertEqual(Period.quarter(2026, 1).chinese, "2026年第一季度")
        XCTAssertEqual(Period.halfYear(2026, 1).chinese, "2026年上半年")
        XCTAssertEqual(Period.halfYear(2026, 2).chinese, "2026年下半年")
        XCTAssertEqual(Period.month(2026, 10).chinese, "2026年10月")
        XCTAssertEqual(Period.year(2026).chinese, "2026年")
    }

    func testAllPeriodsOfAKind_InAYear() {
        XCTAssertEqual(Period.all(.quarter, in: 2026).map(\.code), ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
        XCTAssertEqual(Period.all(.month, in: 2026).count, 12)
        XCTAssertEqual(Period.all(.halfYear, in: 2026), [.halfYear(2026, 1), .halfYear(2026, 2)])
        XCTAssertEqual(Period.all(.year, in: 2026), [.year(2026)])
    }

    func testOrdering_ByStartThenEnd() {
        XCTAssertLessThan(Period.quarter(2026, 3), Period.quarter(2026, 4))
        XCTAssertLessThan(Period.month(2026, 10), Period.quarter(2026, 4), "same start, shorter span first")
        XCTAssertLessThan(Period.year(2026), Period.quarter(2027, 1))
    }

    func testCodable_UsesTheCode() throws {
        let data = try JSONEncoder().encode([Period.quarter(2026, 4), .month(2026, 3)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2026Q4\",\"2026-03\"]")
        XCTAssertEqual(try JSONDecoder().decode([Period].self, from: data), [.quarter(2026, 4), .month(2026, 3)])
        XCTAssertThrowsError(try JSONDecoder().decode([Period].self, from: Data("[\"2026Q9\"]".utf8)))
    }
}
