import Foundation

/// The key under which a role's PIN is stored: `secretary`, `liaison`, `member:<UUID>`.
extension Role {
    public var pinKey: String {
        switch self {
        case .secretary: return "secretary"
        case .liaison: return "liaison"
        case .member(let id): return "member:\(id.uuidString)"
        }
    }

    /// The role of a stored key; nil for a key this version does not know.
    public init?(pinKey: String) {
        switch pinKey {
        case "secretary": self = .secretary
        case "liaison": self = .liaison
        default:
            guard pinKey.hasPrefix("member:"), let id = UUID(uuidString: String(pinKey.dropFirst(7))) else { return nil }
            self = .member(id)
        }
    }
}
