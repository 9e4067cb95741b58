import Foundation

/// Reads CSV as Excel and WPS write it: RFC 4180 fields (quoted fields with commas, line
/// breaks and `""` for a quote), CRLF or LF line ends, in whichever encoding the file is in.
///
/// Encoding (issue #4): UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8 without one, else
/// GB18030, which is what Excel and WPS in China write for plain "CSV" (GBK/CP936 is a subset
/// of GB18030, so GBK files read the same). UTF-8 is tried first because valid UTF-8 Chinese
/// text is almost never also valid GB18030 of the same meaning, while the reverse is common.
/// A UTF-16 file with a BOM (Excel's "Unicode text") is read too.
public enum CSVReader {
    /// The encodings the reader recognises.
    public enum Encoding: String, Sendable, CustomStringConvertible {
        case utf8BOM = "UTF-8 (BOM)"
        case utf8 = "UTF-8"
        case gb18030 = "GB18030/GBK"
        case utf16 = "UTF-16"

        public var description: String { rawValue }
    }

    /// Foundation's GB18030 (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// One record and the row Excel shows it on (the header is row 1). A quoted field with line
    /// breaks stays one row, as in Excel.
    public struct Row: Hashable, Sendable {
        public var number: Int
        public var fields: [String]

        public init(number: Int, fields: [String]) {
            self.number = number
            self.fields = fields
        }

        /// Whether every field is blank (Excel writes `,,,,` for empty formatted rows).
        public var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    public struct Document: Sendable {
        public var encoding: Encoding
        public var rows: [Row]
    }

    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case undecodable
        case unterminatedQuote(row: Int)

        public var description: String {
            switch self {
            case .undecodable:
                return "文件既不是 UTF-8 也不是 GB18030/GBK 编码，无法读取。请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入。"
            case .unterminatedQuote(let row):
                return "第 \(row) 行的引号没有配对（以 \" 开头的内容一直到文件末尾都没有结束）：请检查该行。"
            }
        }
    }

    /// Decodes and parses `data`.
    public static func read(_ data: Data) throws -> Document {
        let (text, encoding) = try decode(data)
        return Document(encoding: encoding, rows: try parse(text))
    }

    /// The text of `data` and the encoding it was found to be in.
    public static func decode(_ data: Data) throws -> (String, Encoding) {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { throw ReadError.undecodable }
            return (text, .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw ReadError.undecodable }
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf16)
        }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
        throw ReadError.undecodable
    }

    /// Splits `text` into records. The delimiter is a comma, or a tab when the first line has
    /// tabs and no commas (Excel's "Unicode text" export).
    public static func parse(_ text: String) throws -> [Row] {
        let bytes = Array(text.utf8)
        let firstLine = bytes.prefix { $0 != 0x0A }
        let delimiter: UInt8 = !firstLine.contains(0x2C) && firstLine.contains(0x09) ? 0x09 : 0x2C
        let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var rowNumber = 1
        var i = 0
        var inQuotes = false
        var quotedRowStart = 1
        // Delimiters and quotes are ASCII, which never occurs inside a multi-byte UTF-8
        // sequence, so scanning bytes is safe and much faster than scanning Characters.
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endField()
            rows.append(Row(number: rowNumber, fields: fields))
            fields = []
            rowNumber += 1
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where field.isEmpty:
                inQuotes = true
                quotedRowStart = rowNumber
            case delimiter:
                endField()
            case cr:
                if i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                endRow()
            case lf:
                endRow()
            default:
                // Lenient like Excel: a quote inside an unquoted field, or text after a closing
                // quote, is kept as it stands.
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw ReadError.unterminatedQuote(row: quotedRowStart) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
