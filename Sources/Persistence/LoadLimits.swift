import Foundation

/// How much of a file the store is willing to read before it calls the file hostile (issue #9).
///
/// A real branch's ledger is tiny (≤ 50 members, about 100 meetings a year: a few hundred KB
/// per shard); even the generated 5,000-member stress ledger's largest shard is 21 MB. The
/// limits sit far above both, so they never refuse an honest ledger, and far below what would
/// exhaust memory or the stack: a 2 GB file, a 50 MB "name", 100,000 nested `[`.
public struct LoadLimits: Sendable, Equatable {
    /// Largest file read, in bytes. Larger files are refused unread, with a message naming the limit.
    public var maxFileBytes: Int
    /// Deepest nesting of `[` and `{`. Ledger files nest 6 deep; JSONDecoder itself stops at 512,
    /// but the limit is checked before any decoder runs, by a loop with no recursion.
    public var maxNestingDepth: Int
    /// Longest single JSON string, in bytes. Field limits (names 50 字, minutes 100,000 字) are
    /// checked by validation and `branchdesk check`; this one only stops absurd strings at the door.
    public var maxStringBytes: Int

    public init(maxFileBytes: Int, maxNestingDepth: Int, maxStringBytes: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxStringBytes = maxStringBytes
    }

    /// 64 MiB per file, 64 levels, 1 MiB per string.
    public static let standard = LoadLimits(maxFileBytes: 64 << 20, maxNestingDepth: 64, maxStringBytes: 1 << 20)

    /// `64 MB`, `1 MB`, `512 KB`: a size as a secretary reads it.
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20)" + (bytes % (1 << 20) == 0 ? "" : String(format: ".%d", (bytes % (1 << 20)) * 10 >> 20)) + " MB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) 字节"
    }
}
