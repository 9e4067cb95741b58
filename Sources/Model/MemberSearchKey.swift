import Foundation

/// What one member can be found by, computed once: name, pinyin, group and status.
///
/// Transliteration is slow (tens of microseconds a character), so keys are built when the
/// member list is loaded or changed, never per key press; matching a key is byte comparison.
public struct MemberSearchKey: Hashable, Sendable {
    public let memberId: UUID
    public let name: String
    /// Full pinyin without tones or spaces, preferred readings: `ouyangxiu`.
    public let fullPinyin: String
    /// First letters of the syllables: `oyx`.
    public let initials: String
    /// Each syllable's accepted spellings as ASCII bytes, preferred first.
    let syllables: [[[UInt8]]]
    /// Lower-cased name, group name and status names, separated by NUL, for substring search.
    let text: [Unicode.Scalar]
    /// `probationary`, `transferred-out`, `floating` …: matched by prefix (four letters or more).
    let identifiers: [String]

    /// The key of `member` in `groupName`. `cache` shares transliterations between members.
    public init(member: Member, groupName: String?, cache: inout [Character: [String]]) {
        memberId = member.id
        name = member.name
        let readings = Pinyin.syllables(of: member.name, cache: &cache)
        syllables = readings.map { $0.map { Array($0.utf8) } }
        fullPinyin = readings.compactMap(\.first).joined()
        initials = String(readings.compactMap { $0.first?.first })
        var pieces = [member.name, groupName ?? "", member.status.chineseName, member.status.shortName]
        var identifiers = [member.status.rawValue]
        if let floating = member.floating {
            pieces += ["流动党员", floating.category]
            identifiers.append("floating")
        }
        text = Array(pieces.joined(separator: "\u{0}").lowercased().unicodeScalars)
        self.identifiers = identifiers
    }

    /// The key of one member, without a shared cache.
    public init(member: Member, groupName: String?) {
        var cache: [Character: [String]] = [:]
        self.init(member: member, groupName: groupName, cache: &cache)
    }

    /// Whether every word of `query` matches the name, pinyin, group or status.
    public func matches(_ query: MemberSearchQuery) -> Bool {
        query.terms.allSatisfy(matches)
    }

    private func matches(_ term: MemberSearchQuery.Term) -> Bool {
        if Self.contains(text, term.scalars) { return true }
        guard let ascii = term.ascii else { return false }
        if ascii.count >= 4, identifiers.contains(where: { $0.utf8.starts(with: ascii) }) { return true }
        for start in syllables.indices where matchesPinyin(ascii, from: 0, syllable: start) { return true }
        return false
    }

    /// Whether `query[q...]` is spelled by consecutive syllables from `s`, each contributing a
    /// non-empty prefix of one of its spellings: `oyx`, `ouyang`, `ouyangxiu`, `ouyx`, `yangxiu`.
    private func matchesPinyin(_ query: [UInt8], from q: Int, syllable s: Int) -> Bool {
        if q == query.count { return true }
        if s == syllables.count { return false }
        for spelling in syllables[s] {
            var common = 0
            while common < spelling.count, q + common < query.count, spelling[common] == query[q + common] { common += 1 }
            var used = common
            while used > 0 {
                if matchesPinyin(query, from: q + used, syllable: s + 1) { return true }
                used -= 1
            }
        }
        return false
    }

    /// Naive substring search: haystacks are a few dozen scalars, needles a few.
    private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// What was typed into the search box, split into words that must all match.
public struct MemberSearchQuery: Hashable, Sendable {
    struct Term: Hashable, Sendable {
        var scalars: [Unicode.Scalar]
        /// The term as lower-case ASCII letters, when it is one (pinyin or an identifier).
        var ascii: [UInt8]?
    }

    let terms: [Term]

    public init(_ text: String) {
        terms = text.lowercased()
            .split(whereSeparator: { $0.isWhitespace })
            .map { word in
                let ascii = word.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) ? Array(word.utf8) : nil
                return Term(scalars: Array(word.unicodeScalars), ascii: ascii)
            }
    }

    /// A blank query matches everyone.
    public var isEmpty: Bool { terms.isEmpty }
}
