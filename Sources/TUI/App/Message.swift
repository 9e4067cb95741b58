import Foundation

/// What happens to the app: a key, a resize. Later: a save finished or failed.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
}

/// What `update` asks the runtime to do; plain data so tests can assert it.
public enum Effect: Equatable, Sendable {
    case quit
}
