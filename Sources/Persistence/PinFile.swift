import Foundation

/// `pins.json`: one salted crypt(3) hash per role key, and the run of wrong PINs per key.
///
/// Failures live in the same file as the hashes so one atomic write records both, and so
/// restarting the program does not reset the wait (issue #8: repeated wrong PINs slow down).
struct PinFile: Codable, Equatable {
    static let currentSchemaVersion = 1
    static let name = "pins.json"

    struct Entry: Codable, Equatable {
        /// `$y$…` (yescrypt) or `$6$…` (SHA-512-crypt); never the PIN.
        var hash: String
        /// When it was set (ISO 8601), for `pin status`.
        var setAt: String
    }

    struct Failures: Codable, Equatable {
        /// Wrong PINs in a row since the last right one.
        var count: Int
        /// Time of the last wrong PIN, seconds since 1970 (the wait counts from here).
        var last: Double
    }

    var schemaVersion: Int = currentSchemaVersion
    var pins: [String: Entry] = [:]
    var failures: [String: Failures] = [:]
}
