import Foundation
import XCTest
import Model

/// The date forms secretaries type into rosters (issue #4).
final class ChineseDateParserTests: XCTestCase {
    private let march5 = CalendarDate(year: 2026, month: 3, day: 5)!

    private func message(_ text: String) -> String {
        guard case .failure(let error) = ChineseDateParser.parse(text, label: "入党日期") else { return "(parsed)" }
        return error.message
    }

    func testEveryAcceptedForm_GivesTheSameDay() {
        for text in ["2026-03-05", "2026-3-5", "2026/3/5", "2026/03/05", "2026.3.5", "2026.03.05",
                     "2026年3月5日", "2026年03月05日", "2026年3月5号", "20260305", " 2026-03-05 ",
                     "２０２６年３月５日", "2026/3/5 0:00", "2026/3/5 0:00:00", "2026-03-05 00:00:00"] {
            XCTAssertEqual(ChineseDateParser.parse(text), march5, text)
        }
    }

    func testExcelSerialDayNumbers() {
        // Excel counts from 1899-12-30 (its day 60 is the fictitious 1900-02-29).
        XCTAssertEqual(ChineseDateParser.parse("46086"), march5)
        XCTAssertEqual(ChineseDateParser.parse("38527"), CalendarDate(year: 2005, month: 6, day: 24))
    }

    func testDatesThatDoNotExist_AreRefusedByName() {
        XCTAssertNil(ChineseDateParser.parse("2026-02-30"))
        XCTAssertEqual(message("2026-02-30"), "入党日期“2026-02-30”不存在（2026年2月没有30日），请核对。")
        XCTAssertEqual(message("2026-13-01"), "入党日期“2026-13-01”不存在（2026年13月没有1日），请核对。")
        XCTAssertNotNil(ChineseDateParser.parse("2024-02-29"), "leap day")
        XCTAssertNil(ChineseDateParser.parse("2026-02-29"))
    }

    func testMonthOnlyDates_AskForTheDay() {
        XCTAssertEqual(message("2005.07"), "入党日期“2005.07”只有年月，缺少日：请补全为完整日期（如 2005.07.01 或实际日期）。")
        XCTAssertTrue(message("2005年7月").contains("只有年月"))
    }

    func testOtherForms_AreRefused_WithTheFormsThatWork() {
        for text in ["26/3/5", "2026-3/5", "三月五日", "2026", "abc", "2026-03-05-01", "202635"] {
            XCTAssertNil(ChineseDateParser.parse(text), text)
        }
        XCTAssertTrue(message("26/3/5").contains("四位年份"), message("26/3/5"))
        XCTAssertTrue(message("5/3/2026").contains("年份须写在前面"), message("5/3/2026"))
        XCTAssertTrue(message("abc").contains("2026年3月5日"), message("abc"))
        XCTAssertEqual(message(""), "入党日期“”为空。")
    }
}
