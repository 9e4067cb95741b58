import Foundation

/// A time of day without date or zone, stored as `"HH:mm"` (meeting start and end).
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Accepts `14:30`, `9:05` and the full-width colon `14：30` that Chinese IMEs type.
    public init?(_ text: String) {
        let parts = text.replacingOccurrences(of: "：", with: ":").split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var text: String { String(format: "%02d:%02d", hour, minute) }
    public var description: String { text }
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}

extension ClockTime: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ClockTime(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "时间“\(text)”无效：应为 HH:mm")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
