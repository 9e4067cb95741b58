import Foundation

/// A branch's year against its rubric (issue #10): every item's points, evidence and what is
/// missing, and the totals. Pure: the ledger, the rules, the hand scores and "today" come in.
///
/// Before the year is over the assessment says so: periods still open count toward the target
/// and are listed as 尚未召开 rather than 缺, so the secretary sees what is left to do.
public struct Assessment: Hashable, Sendable {
    public var year: Int
    public var today: CalendarDate
    public var rubric: AssessmentRubric
    public var categories: [AssessmentCategoryResult]

    public var items: [AssessmentItemResult] { categories.flatMap(\.items) }

    /// Points earned so far (computed items and the hand items scored).
    public var earned: Double { Assessment.sum(items.compactMap(\.earned)) }

    /// Hand items without a score yet.
    public var unscored: [AssessmentItemResult] { items.filter { $0.earned == nil } }

    /// Everything the evaluation reads besides the rubric.
    public struct Input: Sendable {
        public var ledger: Ledger
        /// The branch's cadence rules, or the shipped defaults when it has none.
        public var cadenceRules: [CadenceRule]
        public var scores: AssessmentScores
        public var year: Int
        public var today: CalendarDate
        /// The first month the branch keeps dues records for (nothing before it is owed).
        public var duesTrackedFrom: YearMonth

        public init(ledger: Ledger, cadenceRules: [CadenceRule], scores: AssessmentScores, year: Int, today: CalendarDate,
                    duesTrackedFrom: YearMonth? = nil) {
            self.ledger = ledger
            self.cadenceRules = cadenceRules
            self.scores = scores
            self.year = year
            self.today = today
            self.duesTrackedFrom = duesTrackedFrom
                ?? DuesLedger.firstRecordedMonth(in: ledger.dues.filter { $0.month.year == year }, fallback: YearMonth(year: year, month: 1)!)
        }
    }

    /// Scores every item of `rubric`. Talk cases are never read (DOMAIN.md §4).
    public static func evaluate(_ rubric: AssessmentRubric, _ input: Input) -> Assessment {
        let categories = rubric.categories.enumerated().map { c, category in
            AssessmentCategoryResult(category: category, number: c + 1, items: category.items.enumerated().map { i, item in
                evaluate(item, number: "\(c + 1).\(i + 1)", input)
            })
        }
        return Assessment(year: input.year, today: input.today, rubric: rubric, categories: categories)
    }

    static func evaluate(_ item: AssessmentItem, number: String, _ input: Input) -> AssessmentItemResult {
        guard let measure = item.measure else {
            guard let score = input.scores.scores[item.id] else {
                return AssessmentItemResult(item: item, number: number, earned: nil, summary: "手工评分，尚未评分",
                                            missing: ["尚未评分：\(item.hand?.guide ?? "")"])
            }
            return AssessmentItemResult(item: item, number: number, earned: min(max(score.points, 0), Double(item.points)),
                                        summary: "手工评分：\(score.note)", hand: score)
        }
        var count = AssessmentCount()
        switch measure.kind {
        case .cadence: count = cadence(measure.meeting ?? .committeeMeeting, input, quorum: false)
        case .generalMeetings: count = cadence(.generalMeeting, input, quorum: true)
        case .fiveOnes: count = fiveOnes(input)
        case .duesOnTime: count = duesOnTime(input)
        case .commitmentsMade: count = commitments(input, reviewed: false)
        case .commitmentsReviewed: count = commitments(input, reviewed: true)
        case .pipelineRecords: count = pipelineRecords(input)
        case .reportsDone: count = reportsDone(input)
        }
        let target = measure.target ?? count.possible
        var missing = count.missing
        if target > count.possible, measure.target != nil {
            missing.append("目标 \(target) 多于本年度应有的 \(count.possible)，满分达不到，请核对评分细则的 target。")
        }
        let earned = measure.points(counted: count.counted, of: target, maximum: item.points)
        let summary = target == 0 ? count.emptyText : "\(count.verb) \(count.counted) / \(target) \(count.unit)"
        return AssessmentItemResult(item: item, number: number, earned: earned, counted: count.counted, target: target,
                                    summary: summary, missing: missing, evidence: count.evidence)
    }

    // MARK: - Points as text

    /// `8`, `8.3`: one decimal, none when whole.
    public static func pointsText(_ points: Double) -> String {
        let tenths = (points * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }

    /// Sums in tenths so 0.1 + 0.2 stays 0.3.
    static func sum(_ values: [Double]) -> Double {
        Double(values.reduce(0) { $0 + Int(($1 * 10).rounded()) }) / 10
    }
}

/// What a measure found: how many it counted of how many it could, the records, the gaps.
struct AssessmentCount {
    var counted = 0
    /// Everything the measure could count in the year (the default target).
    var possible = 0
    var evidence: [AssessmentEvidence] = []
    var missing: [String] = []
    /// 已召开 / 已完成 …, and the unit (期, 项, 笔, 人, 份).
    var verb = "已完成"
    var unit = "项"
    /// The summary when there is nothing to count.
    var emptyText = "本年度没有可计的记录"
}
