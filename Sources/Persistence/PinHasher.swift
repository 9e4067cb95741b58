import CCrypt
import Foundation

/// Salted PIN hashes from the system's crypt(3) (libxcrypt). The only file that imports CCrypt.
///
/// New hashes use libxcrypt's default method, yescrypt (`$y$…`); SHA-512-crypt (`$6$…`) is
/// the fallback where yescrypt is unavailable, and verifying accepts either. The PIN itself
/// never leaves this call.
enum PinHasher {
    /// Methods tried in order for a new hash: nil is libxcrypt's default (yescrypt).
    static let methods: [String?] = [nil, "$y$", "$6$"]
    /// Prefixes of hashes this program writes and accepts.
    static let acceptedPrefixes = ["$y$", "$6$"]

    /// A new salted hash of `pin`, e.g. `$y$j9T$…`.
    static func hash(_ pin: String) throws -> String {
        for method in methods {
            guard let setting = gensalt(method), acceptedPrefixes.contains(where: setting.hasPrefix),
                  let hash = crypt(pin, setting: setting) else { continue }
            return hash
        }
        throw StoreError.writeFailed(file: "pins.json", reason: "系统的 crypt(3) 不支持 yescrypt 或 SHA-512-crypt，无法保存 PIN")
    }

    /// Whether `pin` hashes to `stored` under the stored salt. The comparison looks at every
    /// byte whatever the first difference, so its timing says nothing about the hash.
    static func matches(_ pin: String, stored: String) -> Bool {
        guard acceptedPrefixes.contains(where: stored.hasPrefix), let computed = crypt(pin, setting: stored) else { return false }
        return constantTimeEqual(Array(computed.utf8), Array(stored.utf8))
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }

    private static func gensalt(_ prefix: String?) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(shim_crypt_gensalt_output_size()))
        let size = Int32(buffer.count)
        let status: Int32
        if let prefix {
            status = prefix.withCString { shim_crypt_gensalt($0, 0, &buffer, size) }
        } else {
            status = shim_crypt_gensalt(nil, 0, &buffer, size)
        }
        guard status == 0 else { return nil }
        return String(cString: buffer)
    }

    private static func crypt(_ pin: String, setting: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(shim_crypt_output_size()))
        let size = Int32(buffer.count)
        let status = pin.withCString { phrase in setting.withCString { shim_crypt(phrase, $0, &buffer, size) } }
        guard status == 0 else { return nil }
        return String(cString: buffer)
    }
}
