import Foundation

/// How a computed item is measured from the ledgers: which measure, its target and its
/// scoring rule, all given in the rubric's data.
///
/// The measures reuse the rules the rest of the program applies, so the assessment never
/// disagrees with the screens: `CadenceGrid` (三会一课 periods), `GeneralMeetingRule` (quorum),
/// `FiveOnesMatrix`, `DuesLedger`, `CommitmentReviewProgress`, `PipelineRule`.
public struct AssessmentMeasure: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Periods of the branch's cadence rule for `meeting` that were held (CadenceGrid).
        case cadence
        /// 党员大会 periods held with more than half of the voters present (支部工作条例 第十一条).
        case generalMeetings = "general-meetings"
        /// "五个一" cells done in the year's adopted branch schemes (FiveOnesMatrix).
        case fiveOnes = "five-ones"
        /// Dues owed in the year's finished months, paid within their month or exempted (DuesLedger).
        case duesOnTime = "dues-on-time"
        /// Party members on the roll with public pledges for the year (党员目标承诺制).
        case commitmentsMade = "commitments-made"
        /// Commitments with the member's self-assessment and a review grade.
        case commitmentsReviewed = "commitments-reviewed"
        /// Member files consistent with the pipeline rules; admissions and 转正 of the year linked
        /// to their general meeting.
        case pipelineRecords = "pipeline-records"
        /// 报送 tasks from the organ committee due in the year and closed.
        case reportsDone = "reports-done"

        public var chineseName: String {
            switch self {
            case .cadence: return "会议按期召开"
            case .generalMeetings: return "党员大会按期召开且到会过半"
            case .fiveOnes: return "“五个一”完成情况"
            case .duesOnTime: return "党费按月交纳"
            case .commitmentsMade: return "党员公开承诺"
            case .commitmentsReviewed: return "承诺年终评议"
            case .pipelineRecords: return "发展党员档案完整"
            case .reportsDone: return "报送任务办结"
            }
        }
    }

    /// How the count becomes points.
    public enum Rule: String, Codable, Sendable, CaseIterable {
        /// points × counted / target (at most the full points), to one decimal.
        case proportional
        /// Full points when the target is reached, else none.
        case allOrNothing = "all-or-nothing"

        public var chineseName: String { self == .proportional ? "按比例" : "达标得满分" }
    }

    public var kind: Kind
    /// For `cadence`: the meeting kind.
    public var meeting: MeetingKind?
    public var rule: Rule
    /// How many counted make full points; nil: everything the measure could count (every
    /// period of the cadence rule, every five-ones cell, every dues month owed …).
    public var target: Int?

    public init(kind: Kind, meeting: MeetingKind? = nil, rule: Rule, target: Int? = nil) {
        self.kind = kind
        self.meeting = meeting
        self.rule = rule
        self.target = target
    }

    private enum CodingKeys: String, CodingKey { case kind, meeting, rule, target }

    /// Unknown words are refused with the allowed ones named, at their position in the file.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kindText = try c.decode(String.self, forKey: .kind)
        guard let kind = Kind(rawValue: kindText) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription:
                "不认识的计分方式“\(kindText)”：可用 \(Kind.allCases.map(\.rawValue).joined(separator: "、"))")
        }
        self.kind = kind
        if let text = try c.decodeIfPresent(String.self, forKey: .meeting) {
            guard let meeting = MeetingKind(name: text) else {
                throw DecodingError.dataCorruptedError(forKey: .meeting, in: c, debugDescription:
                    "不认识的会议类型“\(text)”：可用 \(MeetingKind.allCases.map(\.rawValue).joined(separator: "、"))")
            }
            self.meeting = meeting
        }
        let ruleText = try c.decode(String.self, forKey: .rule)
        guard let rule = Rule(rawValue: ruleText) else {
            throw DecodingError.dataCorruptedError(forKey: .rule, in: c, debugDescription:
                "不认识的计分规则“\(ruleText)”：可用 proportional（按比例）、all-or-nothing（达标得满分）")
        }
        self.rule = rule
        target = try c.decodeIfPresent(Int.self, forKey: .target)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(meeting?.rawValue, forKey: .meeting)
        try c.encode(rule.rawValue, forKey: .rule)
        try c.encodeIfPresent(target, forKey: .target)
    }

    func validate(field: String, who: String) -> [ValidationError] {
        var errors: [ValidationError] = []
        if kind == .cadence && meeting == nil {
            errors.append(ValidationError(field: field + ".meeting", "\(who)按会议周期计分，须写明会议类型 meeting（如 committee-meeting）。"))
        }
        if kind != .cadence && meeting != nil {
            errors.append(ValidationError(field: field + ".meeting", "\(who)的计分方式 \(kind.rawValue) 不用 meeting，请删去。"))
        }
        if let target, target <= 0 {
            errors.append(ValidationError(field: field + ".target", "\(who)的目标 target 是 \(target)：须为正整数，或省略（按应有的全部计）。"))
        }
        return errors
    }

    /// `proportional` → earned points for `counted` of `target`, to one decimal (half up).
    public func points(counted: Int, of target: Int, maximum: Int) -> Double {
        guard target > 0 else { return 0 }
        switch rule {
        case .allOrNothing:
            return counted >= target ? Double(maximum) : 0
        case .proportional:
            let tenths = (Double(maximum * 10 * min(counted, target)) / Double(target)).rounded(.toNearestOrAwayFromZero)
            return tenths / 10
        }
    }
}
