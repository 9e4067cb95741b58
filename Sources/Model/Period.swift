import Foundation

/// How often something recurs: the unit of a cadence rule or a five-ones template.
public enum PeriodKind: String, Codable, Sendable, CaseIterable {
    case month
    case quarter
    case halfYear = "half-year"
    case year
    /// Per paired household (盐城 牵手致富): the span is the adoption itself, not the calendar.
    case pairing

    public var chineseName: String {
        switch self {
        case .month: return "每月"
        case .quarter: return "每季度"
        case .halfYear: return "每半年"
        case .year: return "每年"
        case .pairing: return "每结对户"
        }
    }
}

/// One concrete calendar period: 2026年 / 2026年上半年 / 2026年第四季度 / 2026年10月.
///
/// Stored as `2026`, `2026H1`, `2026Q4`, `2026-10` (the same spelling the CLI accepts
/// for `--period`).
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case year(Int)
    case halfYear(Int, Int)
    case quarter(Int, Int)
    case month(Int, Int)

    /// The period of `kind` that contains `date`. `.pairing` has no calendar period.
    public init?(containing date: CalendarDate, kind: PeriodKind) {
        switch kind {
        case .year: self = .year(date.year)
        case .halfYear: self = .halfYear(date.year, date.month <= 6 ? 1 : 2)
        case .quarter: self = .quarter(date.year, date.quarter)
        case .month: self = .month(date.year, date.month)
        case .pairing: return nil
        }
    }

    public init?(_ text: String) {
        let t = text.uppercased()
        guard t.allSatisfy({ ("0"..."9").contains($0) || $0 == "H" || $0 == "Q" || $0 == "-" }), t.first?.isNumber == true else { return nil }
        if t.count == 4, let y = Int(t) { self = .year(y); return }
        if t.count == 6, let y = Int(t.prefix(4)), let n = Int(t.suffix(1)) {
            let tag = t[t.index(t.startIndex, offsetBy: 4)]
            if tag == "H", (1...2).contains(n) { self = .halfYear(y, n); return }
            if tag == "Q", (1...4).contains(n) { self = .quarter(y, n); return }
        }
        if let ym = YearMonth(text) { self = .month(ym.year, ym.month); return }
        return nil
    }

    public var kind: PeriodKind {
        switch self {
        case .year: return .year
        case .halfYear: return .halfYear
        case .quarter: return .quarter
        case .month: return .month
        }
    }

    public var code: String {
        switch self {
        case .year(let y): return String(y)
        case .halfYear(let y, let h): return "\(y)H\(h)"
        case .quarter(let y, let q): return "\(y)Q\(q)"
        case .month(let y, let m): return String(format: "%04d-%02d", y, m)
        }
    }

    public var chinese: String {
        let quarters = ["一", "二", "三", "四"]
        switch self {
        case .year(let y): return "\(y)年"
        case .halfYear(let y, let h): return "\(y)年\(h == 1 ? "上" : "下")半年"
        case .quarter(let y, let q): return "\(y)年第\(quarters[q - 1])季度"
        case .month(let y, let m): return "\(y)年\(m)月"
        }
    }

    public var description: String { code }

    public var firstDay: CalendarDate {
        switch self {
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1)!
        case .halfYear(let y, let h): return CalendarDate(year: y, month: h == 1 ? 1 : 7, day: 1)!
        case .quarter(let y, let q): return CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)!
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: 1)!
        }
    }

    public var lastDay: CalendarDate {
        switch self {
        case .year(let y): return CalendarDate(year: y, month: 12, day: 31)!
        case .halfYear(let y, let h): return h == 1 ? CalendarDate(year: y, month: 6, day: 30)! : CalendarDate(year: y, month: 12, day: 31)!
        case .quarter(let y, let q): return YearMonth(year: y, month: q * 3)!.lastDay
        case .month(let y, let m): return YearMonth(year: y, month: m)!.lastDay
        }
    }

    public func contains(_ date: CalendarDate) -> Bool { firstDay <= date && date <= lastDay }

    /// The periods of `kind` that make up calendar year `year`, in order.
    public static func all(_ kind: PeriodKind, in year: Int) -> [Period] {
        switch kind {
        case .year, .pairing: return [.year(year)]
        case .halfYear: return [.halfYear(year, 1), .halfYear(year, 2)]
        case .quarter: return (1...4).map { .quarter(year, $0) }
        case .month: return (1...12).map { .month(year, $0) }
        }
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }
}

extension Period: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Period(text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "期间“\(text)”无效：应为 2026、2026H1、2026Q4 或 2026-10")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
