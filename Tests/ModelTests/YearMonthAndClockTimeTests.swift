import Foundation
import XCTest
import Model

final class YearMonthTests: XCTestCase {
    func testParse_AcceptsOnlyYYYYMM() {
        XCTAssertEqual(YearMonth("2026-10"), YearMonth(year: 2026, month: 10))
        XCTAssertNil(YearMonth("2026-13"))
        XCTAssertNil(YearMonth("2026-00"))
        XCTAssertNil(YearMonth("2026-1"))
        XCTAssertNil(YearMonth("2026-10-01"))
        XCTAssertNil(YearMonth("202610"))
    }

    func testAddingMonths_CrossesYearBoundaries() {
        let nov = YearMonth(year: 2026, month: 11)!
        XCTAssertEqual(nov.adding(months: 3), YearMonth(year: 2027, month: 2))
        XCTAssertEqual(YearMonth(year: 2026, month: 1)!.adding(months: -1), YearMonth(year: 2025, month: 12))
        XCTAssertEqual(YearMonth(year: 2026, month: 3)!.months(until: nov), 8)
        XCTAssertEqual(nov.months(until: YearMonth(year: 2026, month: 5)!), -6)
    }

    func testFirstAndLastDay_IncludeLeapFebruary() {
        XCTAssertEqual(YearMonth(year: 2028, month: 2)!.lastDay.iso, "2028-02-29")
        XCTAssertEqual(YearMonth(year: 2026, month: 2)!.lastDay.iso, "2026-02-28")
        XCTAssertEqual(YearMonth(year: 2026, month: 12)!.firstDay.iso, "2026-12-01")
    }

    func testTextAndOrdering() throws {
        let ym = YearMonth(year: 2026, month: 3)!
        XCTAssertEqual(ym.iso, "2026-03")
        XCTAssertEqual(ym.chinese, "2026年3月")
        XCTAssertLessThan(YearMonth(year: 2025, month: 12)!, ym)
        let data = try JSONEncoder().encode([ym])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2026-03\"]")
        XCTAssertThrowsError(try JSONDecoder().decode([YearMonth].self, from: Data("[\"2026-3\"]".utf8)))
    }
}

final class ClockTimeTests: XCTestCase {
    func testParse_AcceptsFullWidthColonFromChineseIME() {
        XCTAssertEqual(ClockTime("14：30"), ClockTime(hour: 14, minute: 30))
        XCTAssertEqual(ClockTime("14:30"), ClockTime(hour: 14, minute: 30))
        XCTAssertEqual(ClockTime("9:05")?.text, "09:05")
    }

    func testParse_RejectsOutOfRangeAndMalformedTimes() {
        XCTAssertNil(ClockTime("24:00"))
        XCTAssertNil(ClockTime("14:60"))
        XCTAssertNil(ClockTime("14:3"))
        XCTAssertNil(ClockTime("1430"))
        XCTAssertNil(ClockTime("14:30:00"))
        XCTAssertNil(ClockTime("下午两点"))
    }

    func testOrderingAndMinutes() throws {
        XCTAssertLessThan(ClockTime("09:59")!, ClockTime("10:00")!)
        XCTAssertEqual(ClockTime("14：30")!.minutesSinceMidnight, 870)
        let data = try JSONEncoder().encode([ClockTime("8:30")!])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"08:30\"]")
        XCTAssertThrowsError(try JSONDecoder().decode([ClockTime].self, from: Data("[\"25:00\"]".utf8)))
    }
}
