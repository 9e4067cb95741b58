import Foundation

/// Any JSON value: how the journal keeps a record's before and after without knowing its type
/// (one journal holds meetings, members, talk cases … side by side; issue #9).
///
/// Two values are compared structurally, so "the record on disk still equals what the journal
/// says was written" does not depend on key order or whitespace.
public indirect enum JSONValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int.self) { self = .int(value); return }
        if let value = try? container.decode(Double.self) { self = .double(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The JSON form of a record as the store writes it; `.null` for no record.
    public init<R: Encodable>(_ record: R?) throws {
        guard let record else { self = .null; return }
        self = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(record))
    }

    public var isNull: Bool { self == .null }

    /// The record this value holds, or nil for `.null`.
    public func decoded<R: Decodable>(_ type: R.Type) throws -> R? {
        if isNull { return nil }
        return try JSONDecoder().decode(type, from: try JSONEncoder().encode(self))
    }

    /// A string field of an object, for describing a record without decoding it.
    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }
}
