import Foundation
import Model

// MARK: - Deterministic identifiers

/// Hands out UUIDs that are the same on every run, so a regenerated demo or benchmark
/// ledger diffs clean against the last one.
///
/// Layout: `PPPPPPPP-0000-4000-8000-NNNNCCCCCCCC`: a version-4/variant-1 shaped UUID whose
/// last twelve hex digits are a namespace (which ledger) and a counter within it, after an
/// optional prefix (zero for the demo). Keeping a
/// counter per namespace means adding a meeting does not renumber every dues payment.
struct DeterministicIDs {
    enum Namespace: UInt16 {
        case branch = 0x0001
        case member = 0x0002
        case statusEvent = 0x0003
        case meeting = 0x0004
        case fiveOnes = 0x0005
        case talk = 0x0006
        case task = 0x0007
        case commitment = 0x0008
        case dues = 0x0009
    }

    private var counters = [UInt32](repeating: 0, count: 16)
    /// The first eight hex digits: zero for the demo, a tag for generated benchmark ledgers.
    private let prefix: UInt32

    init(prefix: UInt32 = 0) { self.prefix = prefix }

    mutating func next(_ namespace: Namespace) -> UUID {
        let slot = Int(namespace.rawValue)
        counters[slot] += 1
        return DeterministicIDs.uuid(namespace: namespace.rawValue, counter: counters[slot], prefix: prefix)
    }

    static func uuid(namespace: UInt16, counter: UInt32, prefix: UInt32 = 0) -> UUID {
        UUID(uuid: (UInt8(prefix >> 24), UInt8((prefix >> 16) & 0xFF), UInt8((prefix >> 8) & 0xFF), UInt8(prefix & 0xFF),
                    0, 0, 0x40, 0, 0x80, 0,
                    UInt8(namespace >> 8), UInt8(namespace & 0xFF),
                    UInt8(counter >> 24), UInt8((counter >> 16) & 0xFF),
                    UInt8((counter >> 8) & 0xFF), UInt8(counter & 0xFF)))
    }
}

// MARK: - Seeded randomness

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and the same on every platform,
/// unlike `SystemRandomNumberGenerator`, so a seed always gives the same ledger.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`. The modulo bias is below 2⁻⁴⁰ for the small ranges used here.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `percent` / 100.
    mutating func percent(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

// MARK: - Fake personal numbers

/// Well-formed but invented personal numbers for demo and benchmark members.
enum FakeIdentity {
    /// An 18-character 身份证号: area code, birth date, a sequence number whose parity
    /// follows the gender (odd for men), and the GB 11643 check character, so that any
    /// stricter checker someone adds later still accepts the demo data.
    static func idNumber(area: String, birth: CalendarDate, sequence: Int, gender: Gender) -> String {
        var seq = sequence % 1000
        if (seq % 2 == 1) != (gender == .male) { seq = (seq + 1) % 1000 }
        let body = area + String(format: "%04d%02d%02d", birth.year, birth.month, birth.day) + pad3(seq)
        return body + String(checkCharacter(body))
    }

    /// GB 11643-1999 check character for the first 17 digits.
    static func checkCharacter(_ body: String) -> Character {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let digits = body.compactMap(\.wholeNumberValue)
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return Array("10X98765432")[sum % 11]
    }

    private static func pad3(_ n: Int) -> String {
        n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)"
    }
}

// MARK: - Dues brackets

/// 党费 per month (中组发〔2008〕3号, DOMAIN.md §3), in fen.
///
/// The rules give percentages and no rounding rule; BranchDesk rounds half up to the fen
/// (0.01 元) and says so. Bracket bounds are inclusive on the upper side (≤ 3000 → 0.5%).
enum DuesBrackets {
    static func monthlyFen(base: Decimal, category: DuesCategory) -> Int {
        let baseFen = fen(base)
        let basisPoints: Int  // per 10,000
        switch category {
        case .working:
            basisPoints = baseFen <= 300_000 ? 50 : baseFen <= 500_000 ? 100 : baseFen <= 1_000_000 ? 150 : 200
        case .retired:
            basisPoints = baseFen <= 500_000 ? 50 : 100
        case .student, .unemployed, .relief:
            return 20  // 0.2 元
        case .farmer:
            return 20  // 0.2–1 元 as the branch decides; the demo uses the lowest
        }
        return (max(baseFen, 0) * basisPoints + 5_000) / 10_000
    }

    /// 元 to whole fen, rounded half up.
    static func fen(_ yuan: Decimal) -> Int {
        var value = yuan * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
