import Foundation

/// Masks private numbers for lists and exports (issue #4: 3201********1234).
public enum Masking {
    /// Keeps the first four and last four characters of an ID number.
    public static func idNumber(_ value: String) -> String {
        keep(value, head: 4, tail: 4)
    }

    /// Keeps the first three and last four digits of a phone number: 139****5678.
    public static func phone(_ value: String) -> String {
        keep(value, head: 3, tail: 4)
    }

    private static func keep(_ value: String, head: Int, tail: Int) -> String {
        let chars = Array(value)
        guard chars.count > head + tail else {
            return chars.isEmpty ? "" : String(repeating: "*", count: chars.count)
        }
        return String(chars.prefix(head)) + String(repeating: "*", count: chars.count - head - tail) + String(chars.suffix(tail))
    }
}
