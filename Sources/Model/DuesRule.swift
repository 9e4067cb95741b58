import Foundation

/// 党费 per month: the amount in fen from the after-tax monthly base and the dues category.
///
/// 中组发〔2008〕3号 (DOMAIN.md §3):
/// - working members (在职): base ≤ 3000 元 → 0.5%; 3000 < base ≤ 5000 → 1%;
///   5000 < base ≤ 10000 → 1.5%; base > 10000 → 2% of the whole base (not marginal rates);
/// - retirees (离退休): ≤ 5000 → 0.5%; > 5000 → 1%;
/// - students, the unemployed and those living on relief: 0.2 元 a month;
/// - farmers: 0.2–1 元 a month as the branch decides; 0.2 元 unless an amount is given.
///
/// Rounding: the document sets percentages and no rounding rule, so BranchDesk rounds the
/// product to the fen (0.01 元), half up (1001 元 × 0.5% = 5.005 元 → 5.01 元), and says so
/// wherever amounts are shown. Bracket bounds compare the exact base, before any rounding.
public enum DuesRule {
    /// 0.2 元: students, the unemployed, those on relief, and farmers by default.
    public static let flatFen = 20
    /// What a branch may set for a farmer: 0.2–1 元.
    public static let farmerRangeFen = 20...100

    /// The one-sentence rounding note printed beside amounts.
    public static let roundingNote = "党费按中组发〔2008〕3号计算，文件未规定取整，本程序四舍五入到分。"

    /// The share of the base owed, in basis points (1/10,000), or nil for the flat-amount categories.
    public static func basisPoints(base: Decimal, category: DuesCategory) -> Int? {
        switch category {
        case .working:
            if base <= 3000 { return 50 }
            if base <= 5000 { return 100 }
            if base <= 10000 { return 150 }
            return 200
        case .retired:
            return base <= 5000 ? 50 : 100
        case .student, .unemployed, .relief, .farmer:
            return nil
        }
    }

    /// Monthly dues in fen. A negative base counts as zero. `farmerFen` is the amount the branch
    /// set for a farmer; outside 0.2–1 元 it is clamped (check it first with `farmerAmountErrors`).
    public static func monthlyFen(base: Decimal, category: DuesCategory, farmerFen: Int? = nil) -> Int {
        switch category {
        case .student, .unemployed, .relief:
            return flatFen
        case .farmer:
            guard let farmerFen else { return flatFen }
            return min(max(farmerFen, farmerRangeFen.lowerBound), farmerRangeFen.upperBound)
        case .working, .retired:
            let base = max(base, 0)
            let points = basisPoints(base: base, category: category) ?? 0
            // 元 × 100 fen/元 × points/10,000 = base × points / 100 fen, then half up to a whole fen.
            return roundHalfUp(base * Decimal(points) / 100)
        }
    }

    /// The member's monthly dues in fen, or nil when the category needs a base and none is recorded.
    public static func monthlyFen(for member: Member) -> Int? {
        switch member.duesCategory {
        case .student, .unemployed, .relief, .farmer:
            return monthlyFen(base: 0, category: member.duesCategory)
        case .working, .retired:
            guard let base = member.duesBase else { return nil }
            return monthlyFen(base: base, category: member.duesCategory)
        }
    }

    /// Rejects a farmer's amount outside 0.2–1 元.
    public static func farmerAmountErrors(_ fen: Int) -> [ValidationError] {
        guard !farmerRangeFen.contains(fen) else { return [] }
        return [ValidationError(field: "amountFen",
                                "农民党员每月交纳党费 0.2 元至 1 元（中组发〔2008〕3号），\(DuesPayment.yuan(fen)) 元不在此范围内。")]
    }

    /// A short description of how the amount was reached, e.g. `基数 6350.50 元 × 1.5%`.
    public static func explanation(base: Decimal?, category: DuesCategory) -> String {
        switch category {
        case .student, .unemployed, .relief:
            return "\(category.chineseName)党员每月 0.2 元"
        case .farmer:
            return "农民党员每月 0.2–1 元，默认 0.2 元"
        case .working, .retired:
            guard let base else { return "未填党费基数，无法计算" }
            let points = basisPoints(base: max(base, 0), category: category) ?? 0
            let percent = points % 100 == 0 ? "\(points / 100)" : "\(points / 100).\(points % 100 / 10)"
            return "基数 \(yuanText(base)) 元 × \(percent)%（\(category.chineseName)）"
        }
    }

    /// 元 to whole fen, rounded half up (`.plain` rounds halves away from zero; bases are not negative).
    public static func fen(yuan: Decimal) -> Int {
        roundHalfUp(yuan * 100)
    }

    private static func roundHalfUp(_ value: Decimal) -> Int {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// A base as the secretary typed it: `6350.5` → `6350.50`, `12000` → `12000`.
    public static func yuanText(_ base: Decimal) -> String {
        let fen = fen(yuan: base)
        return fen % 100 == 0 ? "\(fen / 100)" : DuesPayment.yuan(fen)
    }
}
