import Foundation

/// One line of the rubric: what is assessed, for how many points, and how it is scored —
/// computed from the ledgers by a measure, or by hand with a note.
public struct AssessmentItem: Codable, Hashable, Sendable {
    /// Stable id used on the command line and in the hand-score file (`committee-meetings`).
    public var id: String
    public var name: String
    public var points: Int
    /// The rule or seed case the item rests on, shown with it.
    public var basis: String
    /// Set for computed items.
    public var measure: AssessmentMeasure?
    /// Set for items scored by hand: what the secretary should weigh.
    public var hand: HandGuide?

    public init(id: String, name: String, points: Int, basis: String = "", measure: AssessmentMeasure? = nil, hand: HandGuide? = nil) {
        self.id = id
        self.name = name
        self.points = points
        self.basis = basis
        self.measure = measure
        self.hand = hand
    }

    public var isComputed: Bool { measure != nil }

    private enum CodingKeys: String, CodingKey { case id, name, points, basis, measure, hand }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        points = try c.decode(Int.self, forKey: .points)
        basis = try c.decodeIfPresent(String.self, forKey: .basis) ?? ""
        measure = try c.decodeIfPresent(AssessmentMeasure.self, forKey: .measure)
        hand = try c.decodeIfPresent(HandGuide.self, forKey: .hand)
    }

    func validate(field: String, label: String) -> [ValidationError] {
        var errors: [ValidationError] = []
        let who = "第 \(label) 项“\(name)”"
        if id.trimmingCharacters(in: .whitespaces).isEmpty || id.contains(where: \.isWhitespace) {
            errors.append(ValidationError(field: field + ".id", "\(who)的 id 不能为空或含空格。"))
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(ValidationError(field: field + ".name", "第 \(label) 项没有名称。"))
        }
        if points <= 0 {
            errors.append(ValidationError(field: field + ".points", "\(who)的分值是 \(points)：每项分值须为正整数。"))
        }
        switch (measure, hand) {
        case (nil, nil):
            errors.append(ValidationError(field: field, "\(who)既没有 measure（按台账计算）也没有 hand（手工评分）：二者须有其一。"))
        case (_?, _?):
            errors.append(ValidationError(field: field, "\(who)同时有 measure 和 hand：按台账计算或手工评分只能选一种。"))
        case (let measure?, nil):
            errors += measure.validate(field: field + ".measure", who: who)
        case (nil, _?):
            break
        }
        return errors
    }
}

/// How a hand-scored item is to be judged (the secretary writes the note).
public struct HandGuide: Codable, Hashable, Sendable {
    public var guide: String

    public init(guide: String) {
        self.guide = guide
    }
}
