import Foundation

/// Decodes one ledger file, turning every way it can fail into a `LoadIssue` with a position
/// (issue #9): line and column, and the record path (`records[3].date`) for type errors.
///
/// Order matters. The byte-order mark is dealt with first, then UTF-8 is checked strictly, then
/// `JSONGuard` looks for absurd depth, absurd strings and duplicate keys; only then does
/// JSONDecoder run. Its failures are explained by `JSONErrorLocator` and given the position of
/// the value at fault, which the guard finds again by path.
enum ShardDecoder {
    /// The oldest `schemaVersion` any BranchDesk wrote. Anything lower is not ours.
    static let oldestSchemaVersion = 1

    static func decode<T: Decodable>(_ type: T.Type, _ raw: Data, file: String, limits: LoadLimits) -> Result<T, LoadIssue> {
        var data = raw
        // A UTF-8 byte-order mark (Windows Notepad adds one) carries no meaning: skip it so a
        // file saved from Notepad still loads. The next save writes the file without it.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = Data(data.dropFirst(3)) }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return .failure(LoadIssue(file: file, line: 1, column: 1, reason: "文件是 UTF-16 编码（可能被记事本等“另存为 Unicode”）：请用 UTF-8 编码另存后再打开"))
        }
        if let broken = JSONGuard.firstInvalidUTF8(data) {
            let (line, column) = JSONErrorLocator.lineAndColumn(data, offset: broken.offset)
            if broken.cutAtEnd {
                return .failure(LoadIssue(file: file, line: line, column: column, reason: "JSON 在文件末尾前中断（文件可能被截断，最后一个字只剩半个）"))
            }
            let byte = String(format: "0x%02X", data[data.startIndex + broken.offset])
            return .failure(LoadIssue(file: file, line: line, column: column, reason: "不是有效的 UTF-8 文本（字节 \(byte)，可能被其他编码保存过或已损坏）"))
        }
        let scan = JSONGuard.scan(data, limits: limits)
        if let problem = scan.problem {
            return .failure(issue(file, data, offset: problem.offset, path: problem.path, reason: problem.reason))
        }
        do {
            let value = try JSONDecoder().decode(type, from: data)
            if let version = scan.schemaVersion, let number = Int(version.text), number < oldestSchemaVersion {
                return .failure(issue(file, data, offset: version.offset, path: "schemaVersion", reason: unknownVersion(version.text)))
            }
            return .success(value)
        } catch {
            return .failure(explain(error, data: data, file: file, scan: scan, limits: limits))
        }
    }

    /// A decoding failure, said in Chinese and placed in the file.
    private static func explain(_ error: Error, data: Data, file: String, scan: JSONGuard.Scan, limits: LoadLimits) -> LoadIssue {
        // Not JSON at all: the syntax error, with JSONSerialization's position.
        if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
            return JSONErrorLocator.issue(file: file, data: data, error: DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "")))
        }
        let topLevelObject = data.first(where: { !" \t\r\n".utf8.contains($0) }) == UInt8(ascii: "{")
        guard topLevelObject else {
            return LoadIssue(file: file, line: 1, column: 1, reason: "JSON 结构不对：顶层应为含 schemaVersion 的对象 { … }")
        }
        // The version first: a wrong version explains every error after it.
        guard let version = scan.schemaVersion else {
            return LoadIssue(file: file, line: 1, column: 1, path: "schemaVersion", reason: "缺少 schemaVersion（文件格式版本）：这不像是 BranchDesk 写的台账文件，或已被改坏")
        }
        guard let number = Int(version.text) else {
            return issue(file, data, offset: version.offset, path: "schemaVersion", reason: "schemaVersion 应为整数（如 \(currentSchemaVersion)），现在是 \(version.text)")
        }
        if number < oldestSchemaVersion {
            return issue(file, data, offset: version.offset, path: "schemaVersion", reason: unknownVersion(version.text))
        }
        var described = JSONErrorLocator.issue(file: file, data: data, error: error)
        if error is NewerSchemaError {
            described.path = "schemaVersion"
            return placed(described, data, offset: version.offset)
        }
        if let path = codingPath(of: error) {
            let components = path.map { key -> JSONGuard.PathComponent in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
            // keyNotFound: the key is missing, so point at the object that lacks it.
            let target = (error as? DecodingError).map { if case .keyNotFound = $0 { return true } else { return false } } == true
                ? Array(components.dropLast()) : components
            if let offset = JSONGuard.scan(data, limits: limits, locate: target).located {
                return placed(described, data, offset: offset)
            }
            return placed(described, data, offset: 0)
        }
        // Linux's JSONDecoder calls a fractional or out-of-range number for an Int field
        // "not valid JSON", with no path: name the first such number instead.
        if let number = scan.firstNonInteger {
            return issue(file, data, offset: number.offset, path: number.path.isEmpty ? nil : number.path,
                         reason: "数字 \(number.text) 不是整数或超出范围：这里应为整数（金额以分计、日期以文字写）")
        }
        return placed(described, data, offset: 0)
    }

    private static func codingPath(of error: Error) -> [CodingKey]? {
        switch error as? DecodingError {
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return context.codingPath
        case .keyNotFound(let key, let context)?:
            return context.codingPath + [key]
        case .dataCorrupted(let context)? where !context.codingPath.isEmpty:
            return context.codingPath
        default:
            return nil
        }
    }

    private static func unknownVersion(_ text: String) -> String {
        "不认识的 schemaVersion \(text)：BranchDesk 的文件版本从 \(oldestSchemaVersion) 开始，本程序认识到 \(currentSchemaVersion)"
    }

    private static func issue(_ file: String, _ data: Data, offset: Int, path: String?, reason: String) -> LoadIssue {
        placed(LoadIssue(file: file, path: path, reason: reason), data, offset: offset)
    }

    /// Adds line and column (1-based) at a byte offset, unless the issue already has them.
    private static func placed(_ issue: LoadIssue, _ data: Data, offset: Int) -> LoadIssue {
        guard issue.line == nil else { return issue }
        var issue = issue
        (issue.line, issue.column) = JSONErrorLocator.lineAndColumn(data, offset: offset)
        return issue
    }
}

/// A load issue travels as the failure of a `Result` between the reader, the decoder and the store.
extension LoadIssue: Error {}
