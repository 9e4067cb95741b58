import Foundation

/// One linear pass over a JSON text before any decoder sees it (issue #9).
///
/// It is not a parser: JSONSerialization still judges the grammar. It walks the bytes with an
/// explicit stack (no recursion, so 100,000 `[` cannot overflow the process stack) and finds
/// what the decoders would accept silently or only after a long struggle:
/// - nesting deeper than `LoadLimits.maxNestingDepth`;
/// - a string longer than `LoadLimits.maxStringBytes`;
/// - a key given twice in one object (`{"schemaVersion":1,"schemaVersion":9}`): JSONDecoder keeps
///   one of them without a word, and which one is not something a ledger may depend on.
/// On the way it notes the top-level `schemaVersion` token and, when asked, where the value at
/// a coding path starts, so a type error can be given a line and column.
struct JSONGuard {
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    struct Problem: Equatable {
        var offset: Int
        var reason: String
        var path: String?
    }

    struct Token: Equatable {
        var text: String
        var offset: Int
        var path: String
    }

    /// What one pass found.
    struct Scan {
        var problem: Problem?
        /// The raw value of the top-level `schemaVersion` (`1`, `"1"`, `{`), when present.
        var schemaVersion: Token?
        /// Where the value at the requested path starts.
        var located: Int?
        /// The first number that is not a whole number in Int64's range (`1.5`, `1e400`,
        /// `99999999999999999999`): Linux's JSONDecoder rejects such a number for an Int field
        /// as "not valid JSON", without a path.
        var firstNonInteger: Token?
    }

    private struct Frame {
        var isObject: Bool
        var keys: Set<String> = []
        var key: String?
        var expectingKey = true
        var index = 0
    }

    static func scan(_ data: Data, limits: LoadLimits, locate target: [PathComponent]? = nil) -> Scan {
        data.withUnsafeBytes { raw in
            scan(raw.bindMemory(to: UInt8.self), limits: limits, locate: target)
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limits: LoadLimits, locate target: [PathComponent]?) -> Scan {
        var result = Scan()
        var stack: [Frame] = []
        let n = bytes.count
        var i = 0

        func pathText() -> String {
            var text = ""
            for frame in stack {
                if frame.isObject {
                    text += (text.isEmpty ? "" : ".") + (frame.key ?? "")
                } else {
                    text += "[\(frame.index)]"
                }
            }
            return text
        }

        func valueStarts(at offset: Int, token: () -> String) {
            if let target, result.located == nil, stack.count == target.count {
                var same = true
                for (frame, component) in zip(stack, target) {
                    switch component {
                    case .key(let key): same = same && frame.isObject && frame.key == key
                    case .index(let index): same = same && !frame.isObject && frame.index == index
                    }
                    if !same { break }
                }
                if same { result.located = offset }
            }
            if stack.count == 1, stack[0].isObject, stack[0].key == "schemaVersion", result.schemaVersion == nil {
                result.schemaVersion = Token(text: token(), offset: offset, path: "schemaVersion")
            }
        }

        while i < n, result.problem == nil {
            let byte = bytes[i]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3A:   // whitespace and ':'
                i += 1
            case 0x22:   // '"'
                let start = i
                i += 1
                while i < n {
                    let c = bytes[i]
                    if c == 0x5C { i += 2; continue }   // backslash escapes the next byte
                    if c == 0x22 { break }
                    i += 1
                }
                let end = min(i, n)
                i = end + 1
                let length = end - start - 1
                if length > limits.maxStringBytes {
                    result.problem = Problem(offset: start, reason: "有一段文字长达 \(LoadLimits.sizeText(length))，超过单个字段的上限 \(LoadLimits.sizeText(limits.maxStringBytes))：文件可能已损坏，未读取", path: stack.isEmpty ? nil : pathText())
                    break
                }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
                    if !stack[last].keys.insert(key).inserted {
                        stack[last].key = key
                        result.problem = Problem(offset: start, reason: "字段“\(key)”在同一处出现了两次，无法确定以哪个为准：请删除多余的一个", path: pathText())
                        break
                    }
                    stack[last].key = key
                    stack[last].expectingKey = false
                } else {
                    valueStarts(at: start) { "\"" + String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end].prefix(40)), as: UTF8.self) + "\"" }
                }
            case 0x7B, 0x5B:   // '{' '['
                valueStarts(at: i) { byte == 0x7B ? "{" : "[" }
                if stack.count >= limits.maxNestingDepth {
                    result.problem = Problem(offset: i, reason: "括号嵌套超过 \(limits.maxNestingDepth) 层：台账文件不会这样深，文件可能已损坏或是恶意构造的，未读取", path: nil)
                    break
                }
                stack.append(Frame(isObject: byte == 0x7B))
                i += 1
            case 0x7D, 0x5D:   // '}' ']'
                if !stack.isEmpty { stack.removeLast() }
                i += 1
            case 0x2C:   // ','
                if let last = stack.indices.last {
                    if stack[last].isObject {
                        stack[last].expectingKey = true
                        stack[last].key = nil
                    } else {
                        stack[last].index += 1
                    }
                }
                i += 1
            default:   // numbers, literals, and whatever garbage: up to the next delimiter
                let start = i
                while i < n, !isDelimiter(bytes[i]) { i += 1 }
                let tokenBytes = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let text = { String(decoding: UnsafeBufferPointer(rebasing: tokenBytes.prefix(40)), as: UTF8.self) }
                valueStarts(at: start, token: text)
                if result.firstNonInteger == nil, let first = tokenBytes.first, first == 0x2D || (0x30...0x39).contains(first),
                   tokenBytes.count > 19 || Int64(String(decoding: tokenBytes, as: UTF8.self)) == nil {
                    result.firstNonInteger = Token(text: text(), offset: start, path: pathText())
                }
            }
        }
        return result
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x3A, 0x5B, 0x5D, 0x7B, 0x7D, 0x22: return true
        default: return false
        }
    }

    // MARK: - UTF-8

    /// Where UTF-8 first breaks: the byte offset, and whether it is only a character cut off
    /// by the end of the file (a truncation, not a wrong encoding).
    struct UTF8Break: Equatable {
        var offset: Int
        var cutAtEnd: Bool
    }

    /// The first byte that breaks UTF-8 (strictly: no overlong forms, no surrogates, nothing
    /// above U+10FFFF), or nil when the whole text is valid.
    static func firstInvalidUTF8(_ data: Data) -> UTF8Break? {
        data.withUnsafeBytes { raw -> UTF8Break? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = bytes[i]
                if lead < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF   // allowed range of the second byte
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return UTF8Break(offset: i, cutAtEnd: false)
                }
                let available = min(length, n - i)
                if available >= 2 && !(low...high).contains(bytes[i + 1]) { return UTF8Break(offset: i, cutAtEnd: false) }
                for k in 2..<max(2, available) where bytes[i + k] & 0xC0 != 0x80 { return UTF8Break(offset: i, cutAtEnd: false) }
                if available < length { return UTF8Break(offset: i, cutAtEnd: true) }
                i += length
            }
            return nil
        }
    }
}
