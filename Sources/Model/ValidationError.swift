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

/// Checks for the free text typed into forms and the CLI.
public enum TextRule {
    /// Longest single-line field (names, places, topics), in characters.
    public static let singleLineLimit = 200
    /// Longest multi-line field (minutes, resolutions).
    public static let multiLineLimit = 100_000

    /// A required single-line field: not blank, no line breaks or control characters, not too long.
    public static func required(_ value: String, field: String, label: String) -> [ValidationError] {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return [ValidationError(field: field, "\(label)不能为空，请填写。")]
        }
        return singleLine(value, field: field, label: label)
    }

    /// An optional single-line field.
    public static func singleLine(_ value: String, field: String, label: String) -> [ValidationError] {
        var errors: [ValidationError] = []
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            errors.append(ValidationError(field: field, "\(label)只能是一行文字，不能含换行或控制字符。"))
        }
        if value.count > singleLineLimit {
            errors.append(ValidationError(field: field, "\(label)过长（\(value.count) 字），最多 \(singleLineLimit) 字。"))
        }
        return errors
    }

    /// A multi-line field: line breaks and tabs allowed, other control characters not.
    public static func multiLine(_ value: String, field: String, label: String) -> [ValidationError] {
        var errors: [ValidationError] = []
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !"\n\t".unicodeScalars.contains($0) }) {
            errors.append(ValidationError(field: field, "\(label)含有不可见的控制字符，请删除后再保存。"))
        }
        if value.count > multiLineLimit {
            errors.append(ValidationError(field: field, "\(label)过长（\(value.count) 字），最多 \(multiLineLimit) 字。"))
        }
        return errors
    }
}
