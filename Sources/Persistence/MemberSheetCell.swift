import Foundation
import Model

/// Reads the values of one roster cell as secretaries type them, with the traps Excel sets.
enum MemberSheetCell {
    /// Spaces, line breaks and the full-width space 　; built once, not per cell (building a
    /// CharacterSet showed up in the import's profile).
    private static let blanks = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}"))

    /// Trimmed, with Excel's text-forcing wrapper `="…"` removed (BranchDesk's own export uses it
    /// for ID numbers, which Excel would otherwise round to 15 digits).
    static func text(_ raw: String) -> String {
        var t = raw.trimmingCharacters(in: blanks)
        if t.hasPrefix("=\""), t.hasSuffix("\""), t.count >= 3 {
            t = String(t.dropFirst(2).dropLast())
        }
        if t.hasPrefix("\t") || t.hasPrefix("'") { t = String(t.dropFirst()) }
        return t
    }

    /// `3201********1234`: a value masked by an export, which must not overwrite the real one.
    static func isMasked(_ value: String) -> Bool { value.contains("*") }

    /// `3.20102E+17`: a long number Excel showed in scientific notation and saved that way,
    /// losing its last digits for good.
    static func isScientific(_ value: String) -> Bool {
        let upper = value.uppercased()
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e], exponent = upper[upper.index(after: e)...]
        return !mantissa.isEmpty && mantissa.allSatisfy { $0.isNumber || $0 == "." }
            && exponent.count >= 2 && "+-".contains(exponent.first!) && exponent.dropFirst().allSatisfy(\.isNumber)
    }

    /// What a 人员类别 / 政治面貌 cell says: a status, or (where sheets use the column for it)
    /// a dues category such as 在职 or 离退休.
    enum Kind: Equatable {
        case status(MemberStatus, floating: Bool)
        case category(DuesCategory)
    }

    static func kind(_ value: String) -> Kind? {
        let v = value.replacingOccurrences(of: " ", with: "")
        switch v {
        case "中共党员", "党员", "正式": return .status(.full, floating: false)
        case "中共预备党员", "预备": return .status(.probationary, floating: false)
        case "流动党员": return .status(.full, floating: true)
        case "积极分子": return .status(.activist, floating: false)
        default: break
        }
        if let status = MemberStatus(chinese: v) { return .status(status, floating: false) }
        return category(v).map(Kind.category)
    }

    static func category(_ value: String) -> DuesCategory? {
        switch value.replacingOccurrences(of: " ", with: "") {
        case "在职", "在职党员", "working": return .working
        case "离退休", "退休", "离休", "离退休党员", "retired": return .retired
        case "学生", "学生党员", "student": return .student
        case "下岗失业", "失业", "下岗", "unemployed": return .unemployed
        case "抚恤救济", "救济", "低保", "依靠抚恤或救济生活", "relief": return .relief
        case "农民", "农民党员", "farmer": return .farmer
        default: return nil
        }
    }

    /// A base in 元: `6350.5`, `6,350.50`, `6350.50元`, `￥6350`.
    static func decimal(_ value: String) -> Decimal? {
        let t = value.filter { !",，元¥￥ ".contains($0) }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              t.filter({ $0 == "." }).count <= 1, t.first != ".", t.last != "." else { return nil }
        return Decimal(string: t)
    }

    /// The allowed 人员类别 values, for error messages.
    static let kindsText = "正式党员、预备党员、发展对象、入党积极分子、入党申请人、已转出，或在职、离退休、学生、下岗失业、抚恤救济、农民"
}
