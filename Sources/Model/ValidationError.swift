import Foundation

/// A rule broken by a record, with the field it concerns and a Chinese sentence saying
/// what is wrong and what is allowed.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The record field (JSON key) at fault, e.g. `date`, so a form can show the message inline.
    public var field: String
    public var message: String

    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// Checks for the free text typed into forms and the CLI, and read back by `branchdesk check`.
///
/// Limits (issue #9), in characters as a secretary counts them (one 汉字 or emoji = 1):
/// - names of people and groups (姓名, 主持人, 记录人, 授课人, 谈话人, 列席人员, 党小组): 50 —
///   the longest names on a roster, minority names in Chinese transliteration, fit well within;
/// - other single-line fields (议题, 地点, 任务名称, 来源, 职务, 支部名称 …): 200;
/// - multi-line text (会议记录, 决议, 备注, 书面记录 …): 100,000 — a day's verbatim minutes.
/// Single-line fields take no line breaks, tabs or control characters (C0, DEL, C1), no line or
/// paragraph separators, and no bidirectional overrides that reorder what the terminal shows.
/// Multi-line fields take line breaks and tabs and nothing else of these.
public enum TextRule {
    /// Longest name of a person or group, in characters.
    public static let nameLimit = 50
    /// Longest single-line field (places, topics, titles), in characters.
    public static let singleLineLimit = 200
    /// Longest multi-line field (minutes, resolutions).
    public static let multiLineLimit = 100_000

    /// A required single-line field: not blank, no line breaks or control characters, not too long.
    public static func required(_ value: String, field: String, label: String, limit: Int = singleLineLimit) -> [ValidationError] {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return [ValidationError(field: field, "\(label)不能为空，请填写。")]
        }
        return singleLine(value, field: field, label: label, limit: limit)
    }

    /// An optional single-line field.
    public static func singleLine(_ value: String, field: String, label: String, limit: Int = singleLineLimit) -> [ValidationError] {
        var errors: [ValidationError] = []
        if let (position, scalar) = firstForbidden(value, allowing: []) {
            errors.append(ValidationError(field: field, "\(label)只能是一行文字，不能含换行、制表符或控制字符（第 \(position) 个字是 \(codePoint(scalar))），请删除后再保存。"))
        }
        if value.count > limit {
            errors.append(ValidationError(field: field, "\(label)过长（\(value.count) 字），最多 \(limit) 字。"))
        }
        return errors
    }

    /// A multi-line field: line breaks and tabs allowed, other control characters not.
    public static func multiLine(_ value: String, field: String, label: String, limit: Int = multiLineLimit) -> [ValidationError] {
        var errors: [ValidationError] = []
        if let (position, scalar) = firstForbidden(value, allowing: ["\n", "\t"]) {
            errors.append(ValidationError(field: field, "\(label)含有不可见的控制字符（第 \(position) 个字是 \(codePoint(scalar))；只允许换行和制表符），请删除后再保存。"))
        }
        if value.count > limit {
            errors.append(ValidationError(field: field, "\(label)过长（\(value.count) 字），最多 \(limit) 字。"))
        }
        return errors
    }

    /// Whether a scalar may never appear in stored text: C0 and C1 controls and DEL, line and
    /// paragraph separators, and the bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069) that make a terminal show text in another order than stored.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }

    /// The 1-based character position and the scalar of the first forbidden scalar.
    private static func firstForbidden(_ value: String, allowing allowed: Set<Unicode.Scalar>) -> (Int, Unicode.Scalar)? {
        for (index, character) in value.enumerated() {
            if let scalar = character.unicodeScalars.first(where: { isForbidden($0) && !allowed.contains($0) }) {
                return (index + 1, scalar)
            }
        }
        return nil
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x0A: "换行", 0x0D: "回车", 0x09: "制表符", 0x1B: "ESC", 0x00: "空字符"]
        let hex = String(format: "U+%04X", scalar.value)
        return names[scalar.value].map { "\(hex) \($0)" } ?? hex
    }
}
