import Foundation

/// Writes CSV that Excel and WPS open without an import dialog: UTF-8 with a BOM (without it
/// Excel in China reads the file as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
public enum CSVWriter {
    /// One CSV line (no line end): fields quoted when they hold a comma, quote, line break or
    /// leading/trailing space.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            // Scalars, not Characters: "\r\n" is one Character and equals neither "\r" nor "\n".
            let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                || field.first == " " || field.last == " "
            return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// A whole file as Excel opens it without asking: UTF-8 with a BOM, CRLF line ends.
    public static func fileData(_ rows: [[String]]) -> Data {
        var data = Data([0xEF, 0xBB, 0xBF])
        for row in rows {
            data.append(contentsOf: Array((line(row) + "\r\n").utf8))
        }
        return data
    }
}
