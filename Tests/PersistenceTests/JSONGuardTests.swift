import XCTest
@testable import Persistence

/// The pre-decoding scan of issue #9: depth, string length, duplicate keys, positions.
final class JSONGuardTests: XCTestCase {
    private func scan(_ text: String, locate: [JSONGuard.PathComponent]? = nil) -> JSONGuard.Scan {
        JSONGuard.scan(Data(text.utf8), limits: .standard, locate: locate)
    }

    func testDuplicateKey_FoundInSmallAndLargeObjects() {
        XCTAssertNil(scan(#"{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}"#).problem, "the same key in different objects is fine")
        let small = scan(#"{"records":[{"id":1,"name":"欧阳修","id":2}]}"#)
        XCTAssertEqual(small.problem?.offset, 39, "a byte offset: 欧阳修 is 9 bytes")
        XCTAssertEqual(small.problem?.path, "records[0].id")
        // Past the linear search: 40 keys, then the first one again.
        let keys = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        XCTAssertNil(scan("{\(keys)}").problem)
        XCTAssertNotNil(scan("{\(keys),\"k3\":0}").problem)
        XCTAssertNotNil(scan("{\(keys),\"k39\":0}").problem)
    }

    func testHugeObject_IsScannedInLinearTime() {
        let keys = (0..<200_000).map { "\"key\($0)\":0" }.joined(separator: ",")
        let started = Date()
        XCTAssertNil(scan("{\(keys)}").problem)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "no pairwise comparison of 200,000 keys")
    }

    func testLocate_FindsTheValueAtAPath() {
        let text = "{\n  \"records\" : [\n    { \"id\" : 1 },\n    { \"id\" : \"欧阳修\", \"date\" : 5 }\n  ]\n}"
        let offset = try! XCTUnwrap(scan(text, locate: [.key("records"), .index(1), .key("date")]).located)
        XCTAssertEqual(JSONErrorLocator.lineAndColumn(Data(text.utf8), offset: offset).0, 4)
        XCTAssertEqual(JSONErrorLocator.lineAndColumn(Data(text.utf8), offset: offset).1, 30, "columns count characters")
    }

    func testSchemaVersionToken_AndFirstNonInteger() {
        let result = scan(#"{"records":[{"n":1.5}],"schemaVersion":"2"}"#)
        XCTAssertEqual(result.schemaVersion?.text, "\"2\"")
        XCTAssertEqual(result.firstNonInteger?.text, "1.5")
        XCTAssertEqual(result.firstNonInteger?.path, "records[0].n")
        XCTAssertEqual(scan(#"{"schemaVersion": 99999999999999999999999}"#).firstNonInteger?.path, "schemaVersion")
    }

    func testStrictUTF8() {
        XCTAssertNil(JSONGuard.firstInvalidUTF8(Data("欧阳修😀".utf8)))
        XCTAssertEqual(JSONGuard.firstInvalidUTF8(Data([0x41, 0xC0, 0x80])), .init(offset: 1, cutAtEnd: false), "overlong")
        XCTAssertEqual(JSONGuard.firstInvalidUTF8(Data([0xED, 0xA0, 0x80])), .init(offset: 0, cutAtEnd: false), "surrogate")
        XCTAssertEqual(JSONGuard.firstInvalidUTF8(Data([0xF4, 0x90, 0x80, 0x80])), .init(offset: 0, cutAtEnd: false), "above U+10FFFF")
        XCTAssertEqual(JSONGuard.firstInvalidUTF8(Data([0x41, 0xE6, 0xAC])), .init(offset: 1, cutAtEnd: true), "cut at the end")
    }
}
