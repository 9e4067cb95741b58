import Foundation

/// A file that could not be read: which file, where in it, and why, in Chinese.
/// The store never writes a file it has an issue for.
public struct LoadIssue: Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the data directory, e.g. `meetings/2026.json`.
    public var file: String
    /// 1-based line and column, when the position is known.
    public var line: Int?
    public var column: Int?
    /// The record path inside the file, e.g. `records[3].date`, for type errors.
    public var path: String?
    public var reason: String
    /// Whether the store refuses to write the file. True for anything it could not read
    /// (`LedgerStore.issues`); false for what loses nothing if the file is written, a stray file
    /// beside the year shards or one record id in two years' shards (`LedgerStore.notes`).
    public var blocksWriting = true

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.reason = reason
    }

    /// The reason with its place, for messages that already name the file:
    /// `第 12 行第 5 列（records[3].date）：类型不对：应为文字`.
    public var positionedReason: String {
        var place = ""
        if let line { place += "第 \(line) 行" + (column.map { "第 \($0) 列" } ?? "") }
        if let path { place += "（\(path)）" }
        return place.isEmpty ? reason : "\(place)：\(reason)"
    }

    /// `meetings/2026.json:12:5: …` — the compiler-style form editors jump to.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        let at = path.map { "（位置 \($0)）" } ?? ""
        return "\(location): \(reason)\(at)"
    }
}

/// Turns decoding failures into a `LoadIssue` with a line and column.
///
/// JSONDecoder on Linux gives no position for syntax errors, so the bytes are re-read
/// with JSONSerialization, which reports "around character N"; that offset is turned into
/// line and column here.
enum JSONErrorLocator {
    static func issue(file: String, data: Data, error: Error) -> LoadIssue {
        if let newer = error as? NewerSchemaError {
            return LoadIssue(file: file, reason: "文件由较新版本的 BranchDesk 写入（schemaVersion \(newer.found)），本程序只认识 \(currentSchemaVersion)，请升级后再打开")
        }
        if String(data: data, encoding: .utf8) == nil {
            let offset = firstInvalidUTF8(data)
            let (line, column) = lineAndColumn(data, offset: offset)
            return LoadIssue(file: file, line: line, column: column, reason: "不是有效的 UTF-8 文本（可能被其他编码保存过）")
        }
        switch error as? DecodingError {
        case .typeMismatch(let type, let context)?:
            return LoadIssue(file: file, path: pathText(context.codingPath), reason: "类型不对：应为\(typeName(type))")
        case .valueNotFound(let type, let context)?:
            return LoadIssue(file: file, path: pathText(context.codingPath), reason: "缺少值：应为\(typeName(type))")
        case .keyNotFound(let key, let context)?:
            return LoadIssue(file: file, path: pathText(context.codingPath + [key]), reason: "缺少字段“\(key.stringValue)”")
        case .dataCorrupted(let context)? where !context.codingPath.isEmpty:
            return LoadIssue(file: file, path: pathText(context.codingPath), reason: context.debugDescription)
        default:
            return syntaxIssue(file: file, data: data)
        }
    }

    private static func syntaxIssue(file: String, data: Data) -> LoadIssue {
        if data.isEmpty { return LoadIssue(file: file, line: 1, column: 1, reason: "文件是空的") }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [])
            return LoadIssue(file: file, reason: "JSON 结构不对：顶层应为含 schemaVersion 和 records 的对象")
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            var offset = data.count
            if let range = text.range(of: "character ") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                offset = Int(digits) ?? data.count
            }
            let (line, column) = lineAndColumn(data, offset: offset)
            let reason = text.contains("end of file") ? "JSON 在文件末尾前中断（文件可能被截断）" : "JSON 格式错误（\(text)）"
            return LoadIssue(file: file, line: line, column: column, reason: reason)
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(_ data: Data, offset: Int) -> (Int, Int) {
        let prefix = data.prefix(max(0, min(offset, data.count)))
        var line = 1
        var lineStart = prefix.startIndex
        for index in prefix.indices where prefix[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    /// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return bytes.count
    }

    private static func pathText(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Double.Type, is Decimal.Type: return "数字"
        case is String.Type: return "文字"
        case is Bool.Type: return "true 或 false"
        default: return "\(type)"
        }
    }
}
