import XCTest
@testable import Persistence

/// CSV ledgers open in Excel or WPS: a cell that would be read as a formula is kept as text.
final class LedgerExportCSVTests: XCTestCase {
    func testFormulaLikeCells_AreKeptAsText_TheWholeIDNumberFormulaStays() {
        XCTAssertEqual(LedgerExport.spreadsheetSafe("- 第一项：学习党章"), "'- 第一项：学习党章")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("=HYPERLINK(\"http://x\",\"点我\")"), "'=HYPERLINK(\"http://x\",\"点我\")")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("+86 138"), "'+86 138")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("@欧阳修"), "'@欧阳修")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("=\"11010519491231002X\""), "=\"11010519491231002X\"", "the roster's full ID number")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("=\"1\"&\"2\""), "'=\"1\"&\"2\"", "only digits inside the quotes pass")
        XCTAssertEqual(LedgerExport.spreadsheetSafe("欧阳修，。、🙂"), "欧阳修，。、🙂")
        XCTAssertEqual(LedgerExport.spreadsheetSafe(""), "")
    }
}
