import Foundation
import XCTest
import Persistence

/// RFC 4180 parsing and encoding detection for sheets from Excel and WPS.
final class CSVReaderTests: XCTestCase {
    private func rows(_ text: String) throws -> [[String]] {
        try CSVReader.parse(text).map(\.fields)
    }

    // MARK: Fields

    func testQuotedFields_KeepCommasLineBreaksAndDoubledQuotes() throws {
        let text = "姓名,备注\r\n欧阳修,\"宣传骨干，\"\"五四\"\"青年, 文笔好\"\r\n李清照,\"第一行\r\n第二行\"\r\n"
        XCTAssertEqual(try rows(text), [["姓名", "备注"], ["欧阳修", "宣传骨干，\"五四\"青年, 文笔好"], ["李清照", "第一行\r\n第二行"]])
    }

    func testRowNumbers_CountRecords_AsExcelShowsThem() throws {
        let parsed = try CSVReader.parse("a,b\n\"x\ny\",1\nz,2\n")
        XCTAssertEqual(parsed.map(\.number), [1, 2, 3], "a cell with a line break stays on one row")
    }

    func testLineEnds_CRLF_LF_AndNoFinalLineEnd() throws {
        XCTAssertEqual(try rows("a,b\r\nc,d"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try rows("a,b\nc,d\n"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(try rows("a,b\rc,d\r"), [["a", "b"], ["c", "d"]], "old Mac line ends")
    }

    func testEmptyFields_AndBlankRows() throws {
        let parsed = try CSVReader.parse("a,,c\n,,\n\"\",x\n")
        XCTAssertEqual(parsed.map(\.fields), [["a", "", "c"], ["", "", ""], ["", "x"]])
        XCTAssertTrue(parsed[1].isBlank)
        XCTAssertFalse(parsed[2].isBlank)
    }

    func testStrayQuotes_AreKeptLikeExcelDoes() throws {
        XCTAssertEqual(try rows("5'3\",ok\n"), [["5'3\"", "ok"]])
    }

    func testUnterminatedQuote_NamesTheRow() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\nc,\"never closed\n")) { error in
            XCTAssertEqual(error as? CSVReader.ReadError, .unterminatedQuote(row: 2))
            XCTAssertTrue("\(error)".contains("第 2 行"))
        }
    }

    func testTabSeparated_WhenTheFirstLineHasTabsAndNoCommas() throws {
        XCTAssertEqual(try rows("姓名\t性别\n欧阳修\t男\n"), [["姓名", "性别"], ["欧阳修", "男"]])
    }

    // MARK: Encodings

    func testUTF8WithBOM() throws {
        let document = try CSVReader.read(Data([0xEF, 0xBB, 0xBF]) + Data("姓名\n欧阳修\n".utf8))
        XCTAssertEqual(document.encoding, .utf8BOM)
        XCTAssertEqual(document.rows.map(\.fields), [["姓名"], ["欧阳修"]], "the BOM is not part of the first header")
    }

    func testUTF8WithoutBOM() throws {
        let document = try CSVReader.read(Data("姓名\n欧阳修\n".utf8))
        XCTAssertEqual(document.encoding, .utf8)
        XCTAssertEqual(document.rows[1].fields, ["欧阳修"])
    }

    func testGB18030_IsDetectedWhenTheBytesAreNotUTF8() throws {
        let gb = try XCTUnwrap("姓名,备注\r\n欧阳修,单\r\n".data(using: CSVReader.gb18030))
        // 欧阳修 in GB18030/GBK is C5B7 D1F4 D0DE, after 姓名,备注 CRLF (11 bytes).
        XCTAssertEqual(Array([UInt8](gb)[11..<17]), [0xC5, 0xB7, 0xD1, 0xF4, 0xD0, 0xDE])
        let document = try CSVReader.read(gb)
        XCTAssertEqual(document.encoding, .gb18030)
        XCTAssertEqual(document.rows.map(\.fields), [["姓名", "备注"], ["欧阳修", "单"]])
    }

    func testGB18030_FourByteCharacters_RoundTrip() throws {
        // 𠀀 (U+20000) is four bytes in GB18030 and not in GBK at all.
        let gb = try XCTUnwrap("姓名\n𠀀明\n".data(using: CSVReader.gb18030))
        XCTAssertEqual(try CSVReader.read(gb).rows[1].fields, ["𠀀明"])
    }

    func testUndecodableBytes_AreRefused() {
        XCTAssertThrowsError(try CSVReader.read(Data([0x61, 0xFF, 0xFF, 0xFF, 0x0A]))) { error in
            XCTAssertEqual(error as? CSVReader.ReadError, .undecodable)
        }
    }

    func testUTF16WithBOM_ExcelUnicodeText() throws {
        let data = try XCTUnwrap("姓名\t性别\r\n欧阳修\t男\r\n".data(using: .utf16LittleEndian))
        let document = try CSVReader.read(Data([0xFF, 0xFE]) + data)
        XCTAssertEqual(document.encoding, .utf16)
        XCTAssertEqual(document.rows.map(\.fields), [["姓名", "性别"], ["欧阳修", "男"]])
    }

    // MARK: Writing

    func testWriter_QuotesOnlyWhatNeedsIt_AndRoundTrips() throws {
        let fields = ["欧阳修", "a,b", "说\"好\"", "第一行\r\n第二行", " 前后空格 ", ""]
        XCTAssertEqual(CSVWriter.line(["欧阳修", "a,b"]), "欧阳修,\"a,b\"")
        let data = CSVWriter.fileData([["姓名", "备注", "c", "d", "e", "f"], fields])
        XCTAssertEqual([UInt8](data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: data, as: UTF8.self).hasSuffix("\r\n"))
        let document = try CSVReader.read(data)
        XCTAssertEqual(document.encoding, .utf8BOM)
        XCTAssertEqual(document.rows[1].fields, fields)
    }
}
