import Foundation
import XCTest
import Model

/// 中组发〔2008〕3号 brackets (DOMAIN.md §3), at and around every boundary, and the rounding rule.
final class DuesRuleTests: XCTestCase {
    private func fen(_ base: String, _ category: DuesCategory = .working) -> Int {
        DuesRule.monthlyFen(base: Decimal(string: base)!, category: category)
    }

    // MARK: Working members

    func testWorking_UpTo3000_IsHalfAPercent() {
        XCTAssertEqual(fen("0"), 0)
        XCTAssertEqual(fen("2000"), 1000)
        // 2999.99 × 0.5% = 14.99995 元 → 15.00 元 (half up).
        XCTAssertEqual(fen("2999.99"), 1500)
        XCTAssertEqual(fen("3000"), 1500, "3000 itself is in the lowest bracket (≤ 3000)")
    }

    func testWorking_Above3000UpTo5000_IsOnePercent() {
        // 3000.01 × 1% = 30.0001 元 → 30.00 元: the whole base moves up a bracket.
        XCTAssertEqual(fen("3000.01"), 3000)
        XCTAssertEqual(fen("4900"), 4900)
        XCTAssertEqual(fen("4999.99"), 5000)
        XCTAssertEqual(fen("5000"), 5000, "5000 is still 1%")
    }

    func testWorking_Above5000UpTo10000_IsOneAndAHalfPercent() {
        // 5000.01 × 1.5% = 75.00015 元 → 75.00 元.
        XCTAssertEqual(fen("5000.01"), 7500)
        XCTAssertEqual(fen("6900"), 10350)
        XCTAssertEqual(fen("9999.99"), 15000)
        XCTAssertEqual(fen("10000"), 15000, "10000 is still 1.5%")
    }

    func testWorking_Above10000_IsTwoPercent() {
        // 10000.01 × 2% = 200.0002 元 → 200.00 元.
        XCTAssertEqual(fen("10000.01"), 20000)
        XCTAssertEqual(fen("12000"), 24000)
        XCTAssertEqual(fen("35000"), 70000)
    }

    // MARK: Retirees

    func testRetired_UpTo5000_IsHalfAPercent_Above_IsOnePercent() {
        XCTAssertEqual(fen("2999.99", .retired), 1500)
        XCTAssertEqual(fen("3000.01", .retired), 1500, "no 3000 bracket for retirees: 15.00005 → 15.00")
        XCTAssertEqual(fen("4800", .retired), 2400)
        XCTAssertEqual(fen("5000", .retired), 2500)
        XCTAssertEqual(fen("5000.01", .retired), 5000)
        XCTAssertEqual(fen("10000.01", .retired), 10000, "no 2% bracket for retirees")
    }

    // MARK: Flat amounts

    func testStudentsUnemployedAndRelief_Pay20FenWhateverTheBase() {
        for category in [DuesCategory.student, .unemployed, .relief] {
            XCTAssertEqual(fen("0", category), 20)
            XCTAssertEqual(fen("12000", category), 20)
        }
    }

    func testFarmers_Pay20FenByDefault_OrTheBranchsAmountWithin20To100() {
        XCTAssertEqual(fen("3000", .farmer), 20)
        XCTAssertEqual(DuesRule.monthlyFen(base: 0, category: .farmer, farmerFen: 50), 50)
        XCTAssertEqual(DuesRule.monthlyFen(base: 0, category: .farmer, farmerFen: 100), 100)
        XCTAssertEqual(DuesRule.monthlyFen(base: 0, category: .farmer, farmerFen: 150), 100, "clamped to 1 元")
        XCTAssertEqual(DuesRule.farmerAmountErrors(50), [])
        let errors = DuesRule.farmerAmountErrors(150)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("0.2 元至 1 元"), errors[0].message)
        XCTAssertTrue(errors[0].message.contains("1.50 元"), errors[0].message)
    }

    // MARK: Rounding

    func testRounding_IsHalfUpToTheFen() {
        // 1001 × 0.5% = 5.005 元 = 500.5 分 → 501 分 (banker's rounding would give 500).
        XCTAssertEqual(fen("1001"), 501)
        // 6350.50 × 1.5% = 95.2575 元 → 95.26 元.
        XCTAssertEqual(fen("6350.50"), 9526)
        // 1000.9 × 0.5% = 5.0045 元 → 5.00 元.
        XCTAssertEqual(fen("1000.9"), 500)
        XCTAssertTrue(DuesRule.roundingNote.contains("四舍五入到分"))
    }

    func testNegativeBase_CountsAsZero() {
        XCTAssertEqual(fen("-100"), 0)
    }

    // MARK: A member

    func testMonthlyFenForMember_NeedsABaseOnlyWherePercentagesApply() {
        var member = Member(name: "欧阳修", duesBase: 6900)
        XCTAssertEqual(DuesRule.monthlyFen(for: member), 10350)
        member.duesBase = nil
        XCTAssertNil(DuesRule.monthlyFen(for: member))
        member.duesCategory = .student
        XCTAssertEqual(DuesRule.monthlyFen(for: member), 20)
    }

    func testExplanation_NamesBaseAndRate() {
        XCTAssertEqual(DuesRule.explanation(base: Decimal(string: "6350.5"), category: .working), "基数 6350.50 元 × 1.5%（在职）")
        XCTAssertEqual(DuesRule.explanation(base: 12000, category: .working), "基数 12000 元 × 2%（在职）")
        XCTAssertEqual(DuesRule.explanation(base: 4800, category: .retired), "基数 4800 元 × 0.5%（离退休）")
        XCTAssertEqual(DuesRule.explanation(base: nil, category: .working), "未填党费基数，无法计算")
    }
}
