import Foundation

/// Reads a date the way secretaries type it into spreadsheets and forms.
///
/// Accepted: `2026-03-05`, `2026-3-5`, `2026/3/5`, `2026.3.5`, `2026年3月5日` (or `…5号`),
/// `20260305`, full-width digits (２０２６年３月５日), a trailing time that Excel adds to date
/// cells (`2026/3/5 0:00:00`), and an Excel serial day number (`46086`, five digits, counted
/// from 1899-12-30 as Excel does) from a date cell exported as "General".
/// Refused with a message: dates that do not exist (2026-02-30), month-only dates (`2005.07`,
/// common for 入党时间; the day is not made up), two-digit years, and anything else.
public enum ChineseDateParser {
    /// The date, or nil when `text` is not one of the accepted forms.
    public static func parse(_ text: String) -> CalendarDate? {
        try? parse(text, label: "日期").get()
    }

    /// The date, or an error naming `label` (e.g. 出生日期), the text and the forms accepted.
    public static func parse(_ text: String, label: String, field: String = "date") -> Result<CalendarDate, ValidationError> {
        let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let t = normalize(raw)
        func fail(_ why: String) -> Result<CalendarDate, ValidationError> {
            .failure(ValidationError(field: field, "\(label)“\(raw)”\(why)"))
        }
        let formats = "可写作 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日"
        guard !t.isEmpty else { return fail("为空。") }

        var parts: [Substring]
        if t.allSatisfy(\.isASCIIDigit) {
            if t.count == 8 {
                parts = [t.prefix(4), t.dropFirst(4).prefix(2), t.suffix(2)]
            } else if t.count == 5, let serial = Int(t) {
                // Excel's day 60 is the fictitious 1900-02-29, so counting from 1899-12-30 is right
                // for every serial after it, which all five-digit serials are.
                return .success(CalendarDate(year: 1899, month: 12, day: 30)!.adding(days: serial))
            } else {
                return fail("不是日期：\(formats)。")
            }
        } else {
            parts = t.split(whereSeparator: { "-/.年月日号".contains($0) })
            let separators = t.filter { !$0.isASCIIDigit }
            let chinese = separators.contains("年")
            let uniform = Set(separators).count <= 1
            guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), chinese || uniform else {
                return fail("不是日期：\(formats)。")
            }
        }
        guard let first = parts.first, first.count == 4 else {
            if parts.count == 3, parts.last?.count == 4 {
                return fail("的年份须写在前面（年-月-日），如 2026-03-05。")
            }
            return fail("须写四位年份：\(formats)。")
        }
        if parts.count == 2 {
            return fail("只有年月，缺少日：请补全为完整日期（如 \(first).\(parts[1]).01 或实际日期）。")
        }
        guard parts.count == 3, parts[1].count <= 2, parts[2].count <= 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return fail("不是日期：\(formats)。")
        }
        guard let date = CalendarDate(year: y, month: m, day: d) else {
            return fail("不存在（\(y)年\(m)月没有\(d)日），请核对。")
        }
        return .success(date)
    }

    /// Full-width digits and separators to ASCII; drops a trailing Excel time (`0:00`, `00:00:00`).
    private static func normalize(_ text: String) -> String {
        var t = String(text.map { c -> Character in
            guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
            // FF01–FF5E are full-width forms of ASCII 21–7E.
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                return Character(ascii)
            }
            return c
        })
        if let space = t.firstIndex(where: { $0 == " " || $0 == "\u{3000}" || $0 == "T" }) {
            let rest = t[t.index(after: space)...].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, rest.allSatisfy({ $0.isASCIIDigit || $0 == ":" }), rest.contains(":") {
                t = String(t[..<space])
            }
        }
        return t.filter { $0 != " " && $0 != "\u{3000}" }
    }
}

private extension Character {
    /// 0–9 only (not ３ or ٣, which `isNumber` also accepts).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
