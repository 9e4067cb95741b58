import Foundation

/// Pinyin readings of personal names, without tones, for search by full pinyin and initials.
///
/// Uses Foundation's ICU transliteration (`.mandarinToLatin`, then `.stripDiacritics`), one
/// character at a time with a cache, because each call costs tens of microseconds and a branch's
/// names share most of their characters.
///
/// Limitations, on purpose and documented:
/// - ICU gives each character its most common reading, with no knowledge of names. Surnames
///   read differently (单 shàn, 曾 zēng, 区 ōu, 解 xiè, 仇 qiú, 朴 piáo, 查 zhā, 翟 zhái, 尉迟 yùchí,
///   万俟 mòqí …) get the surname reading *added* from `surnameReadings`, so both 单 shan and
///   dan find 单雄信; only the first one or two characters of a name are treated as a surname.
/// - Polyphonic characters in given names keep ICU's one reading (e.g. 乐 in 张乐 is only le).
/// - ü is spelled both `u` (what stripping gives) and `v` (what IMEs use): 吕 matches lu and lv.
/// - 欧阳, 司马, 上官, 诸葛 and other compound surnames need nothing special: each character
///   reads as it does in the surname, so 欧阳修 is ou·yang·xiu and `oyx` finds it.
public enum Pinyin {
    /// The syllables of `name`; each syllable lists its accepted spellings, preferred first.
    /// Letters and digits in the name (Latin names, 李A) form one "syllable" per run;
    /// separators such as the middle dot of 买买提·艾力 are skipped.
    public static func syllables(of name: String, cache: inout [Character: [String]]) -> [[String]] {
        var result: [[String]] = []
        var word = ""
        var position = 0
        let characters = Array(name)
        let surname = surnameReadings(for: characters)
        for character in characters {
            defer { position += 1 }
            if character.isASCII {
                if character.isLetter || character.isNumber {
                    word.append(Character(character.lowercased()))
                } else if !word.isEmpty {
                    result.append([word])
                    word = ""
                }
                continue
            }
            if !word.isEmpty {
                result.append([word])
                word = ""
            }
            var spellings: [String]
            if let cached = cache[character] {
                spellings = cached
            } else {
                spellings = readings(of: character)
                cache[character] = spellings
            }
            if position < surname.count {
                spellings = surname[position] + spellings.filter { !surname[position].contains($0) }
            }
            if !spellings.isEmpty { result.append(spellings) }
        }
        if !word.isEmpty { result.append([word]) }
        return result
    }

    /// The syllables of `name` without a shared cache.
    public static func syllables(of name: String) -> [[String]] {
        var cache: [Character: [String]] = [:]
        return syllables(of: name, cache: &cache)
    }

    /// One character's readings: ICU's, toneless, lower-case ASCII; `lv` beside `lu` for ü.
    static func readings(of character: Character) -> [String] {
        guard let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false) else { return [] }
        let plain = (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin)
            .lowercased().filter { $0.isASCII && $0.isLetter }
        guard !plain.isEmpty, plain != String(character) else { return [] }
        let hasUmlaut = latin.contains { "üǖǘǚǜÜ".contains($0) } || latin.unicodeScalars.contains { $0.value == 0x0308 }
        guard hasUmlaut else { return [plain] }
        let withV = String(latin.lowercased().compactMap { c -> Character? in
            if "üǖǘǚǜ".contains(c) { return "v" }
            let stripped = String(c).applyingTransform(.stripDiacritics, reverse: false) ?? String(c)
            return stripped.first.flatMap { $0.isASCII && $0.isLetter ? $0 : nil }
        })
        return withV == plain || withV.isEmpty ? [plain] : [plain, withV]
    }

    /// Surname readings that differ from the character's common one (百家姓 usage), by position.
    static func surnameReadings(for name: [Character]) -> [[String]] {
        if name.count >= 3, let compound = surnames[String(name.prefix(2))] { return compound }
        if let first = name.first, let single = surnames[String(first)] { return single }
        return []
    }

    /// Compound surnames are looked up before single ones (单于 chányú before 单 shàn), and only
    /// for names of three or more characters, so 单于 alone is read as a given name would be.
    static let surnames: [String: [[String]]] = [
        "尉迟": [["yu"], ["chi"]], "万俟": [["mo"], ["qi"]], "单于": [["chan"], ["yu"]], "澹台": [["tan"], ["tai"]],
        "长孙": [["zhang"], ["sun"]], "令狐": [["ling"], ["hu"]],
        "单": [["shan"]], "曾": [["zeng"]], "区": [["ou"]], "解": [["xie"]], "仇": [["qiu"]], "朴": [["piao"]],
        "查": [["zha"]], "盖": [["ge"]], "翟": [["zhai"]], "乐": [["yue"]], "缪": [["miao"]], "覃": [["qin"]],
        "召": [["shao"]], "种": [["chong"]], "员": [["yun"]], "柏": [["bo"]], "薄": [["bo"]], "能": [["nai"]],
        "都": [["du"]], "莘": [["xin"]], "秘": [["bi"]], "繁": [["po"]], "句": [["gou"]], "牟": [["mu"]],
        "隗": [["wei"]], "宿": [["su"]], "折": [["she"]], "黑": [["he"]], "谌": [["shen"]],
        "冼": [["xian"]], "洗": [["xian"]], "过": [["guo"]], "华": [["hua"]], "纪": [["ji"]], "燕": [["yan"]],
    ]
}
