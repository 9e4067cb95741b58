import Foundation
import XCTest
import Model
@testable import Persistence

/// The branch's rubric and hand scores on disk (issue #10).
final class AssessmentStoreTests: XCTestCase {
    private static let shipped = ShippedData(root: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data"))

    private var directory: URL!

    override func setUpWithError() throws {
        directory = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    func testShippedRubric_SevenCategoriesOneHundredPoints() throws {
        let rubric = try AssessmentStore.readRubric(at: Self.shipped.assessmentRubricURL, label: "assessment.json")
        XCTAssertEqual(rubric.categories.count, 7, "modelled on the seed's 镇江 seven-category scheme")
        XCTAssertEqual(rubric.pointsTotal, 100)
        XCTAssertTrue(rubric.items.contains { $0.measure?.kind == .duesOnTime })
        XCTAssertTrue(rubric.items.contains { $0.measure?.meeting == .democraticReview })
        XCTAssertTrue(rubric.items.contains { $0.hand != nil })
    }

    func testWithoutABranchRubric_TheShippedOneIsUsed_CopyPlacesAnEditableOne() throws {
        let store = AssessmentStore(directory: directory)
        XCTAssertFalse(try store.rubric(shipped: Self.shipped).isBranchOwn)
        let url = try store.copyRubric(from: Self.shipped)
        XCTAssertEqual(posixMode(url), 0o600)
        XCTAssertEqual(posixMode(url.deletingLastPathComponent()), 0o700)
        let (_, file, own) = try store.rubric(shipped: Self.shipped)
        XCTAssertTrue(own)
        XCTAssertEqual(file, url.path)
    }

    func testInvalidBranchRubric_NamesFileAndReason_AndIsNeverOverwritten() throws {
        let store = AssessmentStore(directory: directory)
        try store.copyRubric(from: Self.shipped)
        var text = try String(contentsOf: store.rubricURL, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"points\" : 6", with: "\"points\" : 7")
        try text.write(to: store.rubricURL, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.rubric(shipped: Self.shipped)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains(store.rubricURL.path), message)
            XCTAssertTrue(message.contains("应为 100 分"), message)
        }
        XCTAssertThrowsError(try store.copyRubric(from: Self.shipped)) { error in
            XCTAssertTrue("\(error)".contains("已存在，不会覆盖"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: store.rubricURL, encoding: .utf8), text, "the branch's file is left as it was")
    }

    func testUnknownMeasureInTheFile_GivesThePosition() throws {
        let store = AssessmentStore(directory: directory)
        try store.copyRubric(from: Self.shipped)
        let text = try String(contentsOf: store.rubricURL, encoding: .utf8)
            .replacingOccurrences(of: "\"kind\" : \"dues-on-time\"", with: "\"kind\" : \"ranking\"")
        try text.write(to: store.rubricURL, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.rubric(shipped: Self.shipped)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("不认识的计分方式“ranking”"), message)
            XCTAssertTrue(message.contains("categories[2].items[4].measure.kind"), message)
        }
    }

    func testHandScore_WrittenAtomically0600_RefusedOutsideTheRange() throws {
        let store = AssessmentStore(directory: directory)
        let rubric = try store.rubric(shipped: Self.shipped).rubric
        let today = CalendarDate("2026-12-04")!
        XCTAssertThrowsError(try store.setScore(year: 2026, item: "work-plan", points: 5, note: "计划", today: today, rubric: rubric)) { error in
            XCTAssertTrue("\(error)".contains("满分 4 分，得分须在 0 至 4 之间"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.scoresURL(year: 2026).path), "nothing written for a refused score")
        try store.setScore(year: 2026, item: "1.2", points: 3.5, note: "年初计划经支委会通过", today: today, rubric: rubric)
        XCTAssertEqual(posixMode(store.scoresURL(year: 2026)), 0o600)
        let scores = try store.scores(year: 2026)
        XCTAssertEqual(scores.scores["work-plan"], HandScore(points: 3.5, note: "年初计划经支委会通过", scoredOn: today))
    }
}
