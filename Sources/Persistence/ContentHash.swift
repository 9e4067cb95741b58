import Foundation

/// A 64-bit FNV-1a digest of a file's bytes: how the store tells whether a shard changed on
/// disk since it was read (issue #9, two writers and outside edits).
///
/// Why FNV-1a and not SHA-256: Foundation on Linux has no CryptoKit, the question is "did these
/// bytes change" (accidental change by another writer, an editor or a sync tool, not an
/// attacker forging a collision), and FNV-1a is ten lines, needs no table and hashes a
/// 20 MB shard in tens of milliseconds. The size is compared too, so a false "unchanged" needs
/// two different files of equal length with equal 64-bit digests.
public enum ContentHash {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    public static func fnv1a64(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> UInt64 in
            var hash = offsetBasis
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* prime
            }
            return hash
        }
    }
}
