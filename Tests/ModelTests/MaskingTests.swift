import XCTest
import Model

final class MaskingTests: XCTestCase {
    func testIdNumber_KeepsFirstFourAndLastFour() {
        XCTAssertEqual(Masking.idNumber("320102197105121234"), "3201**********1234")
        XCTAssertEqual(Masking.idNumber("32010219710512123X"), "3201**********123X")
        XCTAssertEqual(Masking.idNumber("320102197105121234").count, 18)
    }

    func testPhone_KeepsFirstThreeAndLastFour() {
        XCTAssertEqual(Masking.phone("13912345678"), "139****5678")
    }

    func testShortValues_AreHiddenEntirely() {
        XCTAssertEqual(Masking.phone("1234567"), "*******")
        XCTAssertEqual(Masking.idNumber("12345678"), "********")
        XCTAssertEqual(Masking.phone(""), "")
    }
}
