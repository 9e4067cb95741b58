import Foundation

/// What came of asking for a role's PIN; `message` is the Chinese sentence to show.
public enum PinOutcome: Equatable, Sendable {
    /// No PIN is set for the role: roles still restrict what is shown, nothing to ask.
    case noPin
    case accepted
    /// Wrong PIN; `failures` in a row so far, and how long before the next try is heard.
    case wrong(failures: Int, waitSeconds: Int)
    /// Too many wrong PINs: the next try is not even checked until the wait is over.
    case mustWait(seconds: Int)
    /// Nothing was entered (end of input, or the prompt was cancelled).
    case cancelled
    /// pins.json could not be read or written: refuse rather than open unprotected.
    case unavailable(String)

    /// Whether the role may be opened.
    public var admits: Bool { self == .noPin || self == .accepted }

    public var message: String {
        switch self {
        case .noPin: return "该角色未设 PIN。"
        case .accepted: return "PIN 正确。"
        case .wrong(let failures, let wait):
            return "PIN 不正确（已连续输错 \(failures) 次）。" + (wait > 0 ? "请 \(wait) 秒后再试。" : "")
        case .mustWait(let seconds):
            return "PIN 连续输错次数过多，请 \(seconds) 秒后再试。"
        case .cancelled: return "未输入 PIN，已取消。"
        case .unavailable(let reason): return reason
        }
    }
}
