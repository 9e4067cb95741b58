import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        /// Where this object's keys begin in the shared key list (`KeySeen`).
        var keysBase: Int
        /// The current key's bytes, without the quotes.
        var key: Range<Int>?
        var expectingKey = true
        var index = 0
        /// For objects with many keys: key hash → positions in the key list, so a hostile
        /// object with 100,000 keys is not compared pairwise.
        var keyIndex: [UInt64: [Int]]?
    }

    /// One key seen in an open object. Kept in one list shared by all open objects (each
    /// frame remembers where its own keys start), so scanning allocates nothing per object.
    private struct KeySeen {
        var hash: UInt64
        var bytes: Range<Int>
    }

    /// Objects with more keys than this switch from a linear search to `Frame.keyIndex`.
    private static let linearKeySearch = 32

    static func scan(_ data: Data, limits: LoadLimits, locate target: [PathComponent]? = nil) -> Scan {
        data.withUnsafeBytes { raw in
            scan(raw.bindMemory(to: UInt8.self), limits: limits, locate: target)
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limits: LoadLimits, locate target: [PathComponent]?) -> Scan {
        var result = Scan()
        var stack: [Frame] = []
        var keys: [KeySeen] = []
        let n = bytes.count
        var i = 0
        let schemaVersionKey = Array("schemaVersion".utf8)
        let targetKeys = target?.map { component -> [UInt8]? in
            if case .key(let key) = component { return Array(key.utf8) } else { return nil }
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        func same(_ range: Range<Int>, _ other: Range<Int>) -> Bool {
            range.count == other.count && memcmp(bytes.baseAddress! + range.lowerBound, bytes.baseAddress! + other.lowerBound, range.count) == 0
        }
        func same(_ range: Range<Int>, _ literal: [UInt8]) -> Bool {
            range.count == literal.count && literal.withUnsafeBufferPointer { memcmp(bytes.baseAddress! + range.lowerBound, $0.baseAddress!, range.count) == 0 }
        }
        func pathText() -> String {
            var path = ""
            for frame in stack {
                if frame.isObject {
                    path += (path.isEmpty ? "" : ".") + (frame.key.map(text) ?? "")
                } else {
                    path += "[\(frame.index)]"
                }
            }
            return path
        }

        func valueStarts(at offset: Int, token: () -> String) {
            if let target, let targetKeys, result.located == nil, stack.count == target.count {
                var matches = true
                for (depth, component) in target.enumerated() where matches {
                    let frame = stack[depth]
                    switch component {
                    case .key: matches = frame.isObject && frame.key.map { same($0, targetKeys[depth]!) } == true
                    case .index(let index): matches = !frame.isObject && frame.index == index
                    }
                }
                if matches { result.located = offset }
            }
            if stack.count == 1, stack[0].isObject, result.schemaVersion == nil, let key = stack[0].key, same(key, schemaVersionKey) {
                result.schemaVersion = Token(text: token(), offset: offset, path: "schemaVersion")
            }
        }

        /// Records `key` in the innermost object; false when that object already has it.
        func insertKey(_ key: Range<Int>) -> Bool {
            let last = stack.count - 1
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325   // FNV-1a
            for index in key { hash = (hash ^ UInt64(bytes[index])) &* 0x0100_0000_01B3 }
            let base = stack[last].keysBase
            if var index = stack[last].keyIndex {
                if index[hash]?.contains(where: { same(keys[$0].bytes, key) }) == true { return false }
                stack[last].keyIndex = nil   // the local copy is now the only reference: no copy on write
                index[hash, default: []].append(keys.count)
                stack[last].keyIndex = index
            } else {
                for seen in keys[base...] where seen.hash == hash && same(seen.bytes, key) { return false }
                if keys.count - base == linearKeySearch {
                    var index: [UInt64: [Int]] = [:]
                    for position in base..<keys.count { index[keys[position].hash, default: []].append(position) }
                    index[hash, default: []].append(keys.count)
                    stack[last].keyIndex = index
                }
            }
            keys.append(KeySeen(hash: hash, bytes: key))
            return true
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
                    let key = (start + 1)..<end
                    stack[last].key = key
                    stack[last].expectingKey = false
                    if !insertKey(key) {
                        result.problem = Problem(offset: start, reason: "字段“\(text(key))”在同一处出现了两次，无法确定以哪个为准：请删除多余的一个", path: pathText())
                        break
                    }
                } else {
                    valueStarts(at: start) { "\"" + text((start + 1)..<min(end, start + 41)) + "\"" }
                }
            case 0x7B, 0x5B:   // '{' '['
                valueStarts(at: i) { byte == 0x7B ? "{" : "[" }
                if stack.count >= limits.maxNestingDepth {
                    result.problem = Problem(offset: i, reason: "括号嵌套超过 \(limits.maxNestingDepth) 层：台账文件不会这样深，文件可能已损坏或是恶意构造的，未读取", path: nil)
                    break
                }
                stack.append(Frame(isObject: byte == 0x7B, keysBase: keys.count))
                i += 1
            case 0x7D, 0x5D:   // '}' ']'
                if let frame = stack.popLast() { keys.removeSubrange(frame.keysBase...) }
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
                let token = start..<i
                valueStarts(at: start) { text(start..<min(i, start + 40)) }
                if result.firstNonInteger == nil, bytes[start] == 0x2D || (0x30...0x39).contains(bytes[start]),
                   token.count > 19 || Int64(text(token)) == nil {
                    result.firstNonInteger = Token(text: text(start..<min(i, start + 40)), offset: start, path: pathText())
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
