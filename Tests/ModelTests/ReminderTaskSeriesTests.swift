import Foundation
import XCTest
@testable import Model

/// `TaskSeries`: monthly liaison tasks, one per month, never duplicated.
final class ReminderTaskSeriesTests: XCTestCase {
    private let march = YearMonth(year: 2026, month: 3)!

    func testMonthly_SkipsMonthsTheSeriesHas_ReusesItsId() {
        let first = TaskSeries.monthly(title: "信息报送", source: "3号", kind: .report, concerns: [], dueDay: 5,
                                       from: march, through: march.adding(months: 2), existing: [])
        XCTAssertEqual(first.added.map(\.title), ["信息报送（2026年3月）", "信息报送（2026年4月）", "信息报送（2026年5月）"])
        let second = TaskSeries.monthly(title: "信息报送", source: "3号", kind: .report, concerns: [], dueDay: 5,
                                        from: march, through: march.adding(months: 3), existing: first.added)
        XCTAssertEqual(second.seriesId, first.seriesId)
        XCTAssertEqual(second.added.map(\.due.iso), ["2026-06-05"])
    }

    func testMonthly_OtherKindIsAnotherSeries() {
        let first = TaskSeries.monthly(title: "信息报送", source: "", kind: .report, concerns: [], dueDay: 5,
                                       from: march, through: march, existing: [])
        let other = TaskSeries.monthly(title: "信息报送", source: "", kind: .remind, concerns: [], dueDay: 5,
                                       from: march, through: march, existing: first.added)
        XCTAssertNotEqual(other.seriesId, first.seriesId)
        XCTAssertEqual(other.added.count, 1)
    }

    func testBaseTitle_DropsOnlyItsOwnMonth() {
        let task = LiaisonTask(title: "党建信息报送（2026年3月）", kind: .report, due: CalendarDate("2026-03-05")!)
        XCTAssertEqual(TaskSeries.baseTitle(of: task), "党建信息报送")
        let other = LiaisonTask(title: "党建信息报送（2026年3月）", kind: .report, due: CalendarDate("2026-04-05")!)
        XCTAssertEqual(TaskSeries.baseTitle(of: other), "党建信息报送（2026年3月）")
    }
}
