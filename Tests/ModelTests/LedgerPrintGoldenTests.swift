import Foundation
import XCTest
import Model

/// One 三会一课 page as printed (issue #10, Tests and proof): HTML and Markdown against files
/// checked in under Golden/, so any change to the layout shows up as a diff in review.
final class LedgerPrintGoldenTests: XCTestCase {
    private var document: PrintedLedger {
        LedgerPrint.document(.meetings, ledger: LedgerPrintFixture.ledger, options: LedgerPrintFixture.options)
    }

    func testMeetingPage_HTMLMatchesGolden() {
        XCTAssertNil(GoldenFile.difference(LedgerHTML.render(document), "meeting-page.html"))
    }

    func testMeetingPage_MarkdownMatchesGolden() {
        XCTAssertNil(GoldenFile.difference(LedgerMarkdown.render(document), "meeting-page.md"))
    }
}
