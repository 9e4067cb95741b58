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

    /// The first four bytes mix namespace and counter (plus `prefix`) so that the 8-character
    /// id prefixes the CLI accepts differ between records; the tail keeps them readable.
    static func uuid(namespace: UInt16, counter: UInt32, prefix: UInt32 = 0) -> UUID {
        var mixed = (UInt64(namespace) << 32 | UInt64(counter)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        let head = UInt32(truncatingIfNeeded: mixed >> 32) ^ prefix
        return UUID(uuid: (UInt8(head >> 24), UInt8((head >> 16) & 0xFF), UInt8((head >> 8) & 0xFF), UInt8(head & 0xFF),
                    0, 0, 0x40, 0, 0x80, 0,
                    UInt8(namespace >> 8), UInt8(namespace & 0xFF),
                    UInt8(counter >> 24), UInt8((counter >> 16) & 0xFF),
                    UInt8((counter >> 8) & 0xFF), UInt8(counter & 0xFF)))
    }
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

/// 党费 per month for the demo and benchmark ledgers: the model's rule (`DuesRule`,
/// 中组发〔2008〕3号, rounded half up to the fen), kept under this name for the builders.
enum DuesBrackets {
    static func monthlyFen(base: Decimal, category: DuesCategory) -> Int {
        DuesRule.monthlyFen(base: base, category: category)
    }
}
