import Foundation
import XCTest
import Model

final class CalendarDateTests: XCTestCase {
    private func date(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> CalendarDate {
        guard let value = CalendarDate(text) else {
            XCTFail("\(text) should parse", file: file, line: line)
            return CalendarDate(year: 1970, month: 1, day: 1)!
        }
        return value
    }

    // MARK: Parsing

    func testParse_AcceptsOnlyTheStrictStoredForm() {
        XCTAssertEqual(CalendarDate("2026-03-05"), CalendarDate(year: 2026, month: 3, day: 5))
        XCTAssertNil(CalendarDate("2026-3-5"))
        XCTAssertNil(CalendarDate("2026/03/05"))
        XCTAssertNil(CalendarDate("20260305"))
        XCTAssertNil(CalendarDate("2026-03-05 "))
        XCTAssertNil(CalendarDate("2026-03-05T00:00"))
        XCTAssertNil(CalendarDate(""))
        XCTAssertNil(CalendarDate("2026年3月5日"))
    }

    func testParse_RejectsDaysThatDoNotExist() {
        XCTAssertNil(CalendarDate("2026-02-30"))
        XCTAssertNil(CalendarDate("2026-02-29"), "2026 is not a leap year")
        XCTAssertNil(CalendarDate("2026-04-31"))
        XCTAssertNil(CalendarDate("2026-13-01"))
        XCTAssertNil(CalendarDate("2026-00-10"))
        XCTAssertNil(CalendarDate("2026-01-00"))
        XCTAssertNil(CalendarDate(year: 2026, month: 2, day: 30))
    }

    func testParse_LeapDays_FollowTheGregorianCenturyRule() {
        XCTAssertNotNil(CalendarDate("2028-02-29"))
        XCTAssertNotNil(CalendarDate("2000-02-29"), "2000 is divisible by 400")
        XCTAssertNil(CalendarDate("1900-02-29"), "1900 is divisible by 100 but not 400")
        XCTAssertNil(CalendarDate("2100-02-29"))
        XCTAssertTrue(CalendarDate.isLeap(2028))
        XCTAssertFalse(CalendarDate.isLeap(1900))
        XCTAssertEqual(CalendarDate.daysIn(year: 2028, month: 2), 29)
        XCTAssertEqual(CalendarDate.daysIn(year: 2026, month: 2), 28)
    }

    func testFormatting_IsoAndChinese() {
        let d = date("2026-03-05")
        XCTAssertEqual(d.iso, "2026-03-05")
        XCTAssertEqual(d.chinese, "2026年3月5日")
        XCTAssertEqual(d.description, "2026-03-05")
        XCTAssertEqual(d.yearMonth, YearMonth(year: 2026, month: 3))
        XCTAssertEqual(d.quarter, 1)
        XCTAssertEqual(date("2026-12-04").quarter, 4)
    }

    // MARK: Arithmetic

    func testAddingMonths_ClampsToTheLastDayOfShortMonths() {
        XCTAssertEqual(date("2026-01-31").adding(months: 1), date("2026-02-28"))
        XCTAssertEqual(date("2028-01-31").adding(months: 1), date("2028-02-29"))
        XCTAssertEqual(date("2026-03-31").adding(months: 1), date("2026-04-30"))
        XCTAssertEqual(date("2026-03-31").adding(months: -1), date("2026-02-28"))
        XCTAssertEqual(date("2026-11-15").adding(months: 3), date("2027-02-15"))
        XCTAssertEqual(date("2026-01-15").adding(months: -13), date("2024-12-15"))
    }

    func testAddingYears_FromLeapDayLandsOnTheTwentyEighth() {
        // One year of probation from 2028-02-29 ends on 2029-02-28.
        XCTAssertEqual(date("2028-02-29").adding(years: 1), date("2029-02-28"))
        XCTAssertEqual(date("2026-03-17").adding(years: 1), date("2027-03-17"))
    }

    func testDayNumber_KnownValues() {
        XCTAssertEqual(date("1970-01-01").dayNumber, 0)
        XCTAssertEqual(date("2000-01-01").dayNumber, 10957)
        XCTAssertEqual(date("1900-01-01").dayNumber, -25567)
        XCTAssertEqual(date("2026-12-04").dayNumber, 20791)
        XCTAssertEqual(date("1969-12-31").dayNumber, -1)
    }

    func testDayNumber_RoundTripsAcrossCenturiesIncluding1900And2000() {
        var previous = CalendarDate(dayNumber: date("1899-12-25").dayNumber - 1)
        for n in date("1899-12-25").dayNumber...date("2101-01-05").dayNumber {
            let d = CalendarDate(dayNumber: n)
            XCTAssertEqual(d.dayNumber, n)
            XCTAssertNotNil(CalendarDate(year: d.year, month: d.month, day: d.day), "\(d.iso) must be a real day")
            XCTAssertLessThan(previous, d)
            previous = d
        }
        XCTAssertEqual(date("1900-03-01").dayNumber - date("1900-02-28").dayNumber, 1)
        XCTAssertEqual(date("2000-03-01").dayNumber - date("2000-02-28").dayNumber, 2)
    }

    func testAddingDays_AndDaysUntil() {
        XCTAssertEqual(date("2026-12-31").adding(days: 1), date("2027-01-01"))
        XCTAssertEqual(date("2028-03-01").adding(days: -1), date("2028-02-29"))
        XCTAssertEqual(date("2026-01-01").days(until: date("2027-01-01")), 365)
        XCTAssertEqual(date("2028-01-01").days(until: date("2029-01-01")), 366)
        XCTAssertEqual(date("2026-12-04").days(until: date("2026-12-01")), -3)
    }

    func testIsoWeekday_MondayIsOneSundayIsSeven() {
        XCTAssertEqual(date("1970-01-01").isoWeekday, 4)  // Thursday
        XCTAssertEqual(date("2000-01-01").isoWeekday, 6)  // Saturday
        XCTAssertEqual(date("1900-01-01").isoWeekday, 1)  // Monday
        XCTAssertEqual(date("2026-12-04").isoWeekday, 5)  // Friday
        XCTAssertEqual(date("2026-12-06").isoWeekday, 7)  // Sunday
        XCTAssertEqual(date("1969-12-29").isoWeekday, 1)  // before the epoch
    }

    func testWholeYears_CountsCompletedYearsForAge() {
        let birth = date("2008-12-05")
        XCTAssertEqual(birth.wholeYears(until: date("2026-12-04")), 17, "the day before the 18th birthday")
        XCTAssertEqual(birth.wholeYears(until: date("2026-12-05")), 18)
        let leapBirth = date("2008-02-29")
        XCTAssertEqual(leapBirth.wholeYears(until: date("2026-02-28")), 17)
        XCTAssertEqual(leapBirth.wholeYears(until: date("2026-03-01")), 18)
        XCTAssertEqual(date("2026-06-01").wholeYears(until: date("2026-06-01")), 0)
    }

    func testComparison_OrdersByYearMonthDay() {
        XCTAssertLessThan(date("2025-12-31"), date("2026-01-01"))
        XCTAssertLessThan(date("2026-01-31"), date("2026-02-01"))
        XCTAssertEqual([date("2026-03-01"), date("2025-12-01"), date("2026-01-15")].sorted().map(\.iso),
                       ["2025-12-01", "2026-01-15", "2026-03-01"])
    }

    func testInitFromInstant_UsesTheGivenTimeZone() {
        let shanghai = TimeZone(secondsFromGMT: 8 * 3600)!
        // 1970-01-01 16:00 UTC is already the 2nd in 北京时间.
        XCTAssertEqual(CalendarDate(Date(timeIntervalSince1970: 16 * 3600), timeZone: shanghai), date("1970-01-02"))
        XCTAssertEqual(CalendarDate(Date(timeIntervalSince1970: 16 * 3600), timeZone: TimeZone(secondsFromGMT: 0)!), date("1970-01-01"))
        XCTAssertEqual(CalendarDate(Date(timeIntervalSince1970: -1), timeZone: TimeZone(secondsFromGMT: 0)!), date("1969-12-31"))
    }

    // MARK: Codable

    func testCodable_StoresIsoStringAndRejectsImpossibleDates() throws {
        let data = try JSONEncoder().encode([date("2028-02-29")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2028-02-29\"]")
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: data), [date("2028-02-29")])
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2026-02-30\"]".utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2026-2-3\"]".utf8)))
    }
}
