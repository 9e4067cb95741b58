import Foundation

/// The hand scores of one year (`assessment/2026.json`): points and a note per item id.
public struct AssessmentScores: Codable, Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var year: Int
    public var scores: [String: HandScore]

    public init(year: Int, scores: [String: HandScore] = [:]) {
        self.schemaVersion = AssessmentScores.currentSchemaVersion
        self.year = year
        self.scores = scores
    }
}

/// One hand-scored item: the points given, why, and when.
public struct HandScore: Codable, Hashable, Sendable {
    public var points: Double
    public var note: String
    public var scoredOn: CalendarDate

    public init(points: Double, note: String, scoredOn: CalendarDate) {
        self.points = points
        self.note = note
        self.scoredOn = scoredOn
    }
}

extension AssessmentRubric {
    /// Why a hand score cannot be recorded for `key` (id or printed number); empty when it can.
    /// Points lie within 0 … the item's points, in steps of 0.5 at most one decimal; a note says why.
    public func problems(handScore points: Double, note: String, for key: String) -> [ValidationError] {
        guard let item = item(key) else {
            let hand = items.filter { !$0.isComputed }.map { "\(number(of: $0.id)!) \($0.id)" }.joined(separator: "、")
            return [ValidationError(field: "item", "评分细则中没有“\(key)”这一项。可手工评分的项目：\(hand)。")]
        }
        let label = "\(number(of: item.id)!) \(item.name)"
        var errors: [ValidationError] = []
        if item.isComputed {
            errors.append(ValidationError(field: "item", "\(label)按台账自动计算，不能手工评分；请补全台账记录。"))
        }
        if !points.isFinite || points < 0 || points > Double(item.points) {
            errors.append(ValidationError(field: "points", "\(label)满分 \(item.points) 分，得分须在 0 至 \(item.points) 之间（输入的是 \(Assessment.pointsText(points))）。"))
        } else if (points * 10).rounded() != points * 10 {
            errors.append(ValidationError(field: "points", "得分最多保留一位小数（输入的是 \(points)）。"))
        }
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(ValidationError(field: "note", "请写明评分依据（--note），例如“年初制定支部工作计划并经支委会通过”。"))
        }
        return errors
    }
}
