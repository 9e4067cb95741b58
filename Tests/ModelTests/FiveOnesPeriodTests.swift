import Foundation
import XCTest
import Model

/// Period arithmetic of an adopted five-ones scheme (issue #5): which periods of the template's
/// kind lie inside the adopted span.
final class FiveOnesPeriodTests: XCTestCase {
    private func template(_ kind: PeriodKind) -> FiveOnesTemplate {
        FiveOnesTemplate(name: "测试", period: kind, items: ["一", "二"])
    }

    private func adoption(_ kind: PeriodKind, _ span: String, households: [Household] = []) -> (FiveOnesTemplate, FiveOnesAdoption) {
        let t = template(kind)
        return (t, FiveOnesAdoption(templateId: t.id, period: Period(span)!, households: households))
    }

    func testQuarterly_AdoptedForAYear_TracksItsFourQuarters() {
        let (t, a) = adoption(.quarter, "2026")
        XCTAssertEqual(a.periods(for: t), [.quarter(2026, 1), .quarter(2026, 2), .quarter(2026, 3), .quarter(2026, 4)])
    }

    func testQuarterly_AdoptedForOneQuarter_TracksThatQuarter() {
        let (t, a) = adoption(.quarter, "2026Q4")
        XCTAssertEqual(a.periods(for: t), [.quarter(2026, 4)])
    }

    func testQuarterly_AdoptedForAHalfYear_TracksTwoQuarters() {
        let (t, a) = adoption(.quarter, "2026H2")
        XCTAssertEqual(a.periods(for: t), [.quarter(2026, 3), .quarter(2026, 4)])
    }

    func testHalfYearly_AdoptedForAYear_TracksBothHalves() {
        let (t, a) = adoption(.halfYear, "2026")
        XCTAssertEqual(a.periods(for: t), [.halfYear(2026, 1), .halfYear(2026, 2)])
        XCTAssertEqual(a.period(containing: CalendarDate("2026-06-30")!, for: t), .halfYear(2026, 1))
        XCTAssertEqual(a.period(containing: CalendarDate("2026-07-01")!, for: t), .halfYear(2026, 2))
    }

    func testMonthly_AdoptedForAQuarter_TracksThreeMonths() {
        let (t, a) = adoption(.month, "2026Q4")
        XCTAssertEqual(a.periods(for: t), [.month(2026, 10), .month(2026, 11), .month(2026, 12)])
        XCTAssertEqual(FiveOnesAdoption.periods(of: .month, within: .year(2026)).count, 12)
    }

    func testYearly_AdoptedForAYear_TracksTheYear_ButAQuarterHoldsNoWholeYear() {
        XCTAssertEqual(FiveOnesAdoption.periods(of: .year, within: .year(2026)), [.year(2026)])
        XCTAssertEqual(FiveOnesAdoption.periods(of: .year, within: .quarter(2026, 4)), [],
                       "a yearly scheme cannot be completed in one quarter")
        XCTAssertEqual(FiveOnesAdoption.periods(of: .halfYear, within: .quarter(2026, 1)), [])
    }

    func testPerPairing_TheSpanIsTheAdoptionItself() {
        let (t, a) = adoption(.pairing, "2026")
        XCTAssertEqual(a.periods(for: t), [.year(2026)])
        XCTAssertEqual(a.period(containing: CalendarDate("2026-02-01")!, for: t), .year(2026))
        XCTAssertEqual(FiveOnesAdoption.periods(of: .pairing, within: .halfYear(2026, 2)), [.halfYear(2026, 2)])
        XCTAssertNil(a.period(containing: CalendarDate("2027-01-01")!, for: t))
    }

    func testPeriodContaining_OutsideTheSpan_IsNil() {
        let (t, a) = adoption(.quarter, "2026Q4")
        XCTAssertNil(a.period(containing: CalendarDate("2026-09-30")!, for: t))
        XCTAssertEqual(a.period(containing: CalendarDate("2026-10-01")!, for: t), .quarter(2026, 4))
        XCTAssertEqual(a.period(containing: CalendarDate("2026-12-31")!, for: t), .quarter(2026, 4))
    }

    func testCovering_FindsTheAdoptionOfTheTemplateHoldingTheDate() {
        let t = template(.quarter)
        let other = template(.quarter)
        let a2026 = FiveOnesAdoption(templateId: t.id, period: .year(2026))
        let a2027 = FiveOnesAdoption(templateId: t.id, period: .halfYear(2027, 1))
        let foreign = FiveOnesAdoption(templateId: other.id, period: .year(2028))
        let all = [a2026, a2027, foreign]
        XCTAssertEqual(FiveOnesAdoption.covering(CalendarDate("2026-05-05")!, template: t, in: all)?.id, a2026.id)
        XCTAssertEqual(FiveOnesAdoption.covering(CalendarDate("2027-03-01")!, template: t, in: all)?.id, a2027.id)
        XCTAssertNil(FiveOnesAdoption.covering(CalendarDate("2027-08-01")!, template: t, in: all))
        XCTAssertNil(FiveOnesAdoption.covering(CalendarDate("2028-08-01")!, template: t, in: all), "another template's adoption")
    }

    func testOverlaps_CountsASharedDay() {
        let a = FiveOnesAdoption(templateId: UUID(), period: .quarter(2026, 4))
        XCTAssertTrue(a.overlaps(.year(2026)))
        XCTAssertTrue(a.overlaps(.month(2026, 12)))
        XCTAssertFalse(a.overlaps(.quarter(2026, 3)))
        XCTAssertFalse(a.overlaps(.year(2027)))
    }
}
