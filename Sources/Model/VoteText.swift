import Foundation

/// A vote as the secretary writes it in the minutes, one motion per line:
/// `接收赵雨桐同志为预备党员：赞成 10 票，反对 0 票，弃权 0 票，通过`.
///
/// The outcome word may be left out; the form then records what the counts decide
/// (支部工作条例 第十一条), and a written outcome that contradicts them is refused.
public enum VoteText {
    public struct Line: Equatable, Sendable {
        public var motion: String
        public var votesFor: Int
        public var votesAgainst: Int
        public var abstentions: Int
        /// nil when the line names no outcome.
        public var passed: Bool?
    }

    public static func format(_ vote: Vote) -> String {
        "\(vote.motion)：赞成 \(vote.votesFor) 票，反对 \(vote.votesAgainst) 票，弃权 \(vote.abstentions) 票，\(vote.passed ? "通过" : "未通过")"
    }

    /// Parses every non-empty line; errors name the line number.
    public static func parse(_ text: String) -> Result<[Line], ValidationError> {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let parsed = parseLine(line) else {
                return .failure(ValidationError(field: "votes",
                    "表决第 \(index + 1) 行看不懂：请写成“事项：赞成 N 票，反对 N 票，弃权 N 票，通过”（结果可省略，按票数认定）。"))
            }
            lines.append(parsed)
        }
        return .success(lines)
    }

    static func parseLine(_ line: String) -> Line? {
        guard let colon = line.lastIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let motion = line[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = String(line[line.index(after: colon)...])
        guard !motion.isEmpty, let votesFor = number(after: "赞成", in: rest) else { return nil }
        let passed: Bool? = rest.contains("未通过") || rest.contains("不通过") ? false : (rest.contains("通过") ? true : nil)
        return Line(motion: motion, votesFor: votesFor, votesAgainst: number(after: "反对", in: rest) ?? 0,
                    abstentions: number(after: "弃权", in: rest) ?? 0, passed: passed)
    }

    /// The digits after `word`, skipping spaces: 赞成 10 票 → 10.
    private static func number(after word: String, in text: String) -> Int? {
        guard let range = text.range(of: word) else { return nil }
        let digits = text[range.upperBound...].drop { $0 == " " }.prefix { ("0"..."9").contains($0) }
        return Int(digits)
    }
}
