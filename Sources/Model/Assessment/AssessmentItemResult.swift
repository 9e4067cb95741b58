import Foundation

/// What one rubric item comes to for a year: points, the records counted and what is missing.
public struct AssessmentItemResult: Hashable, Sendable {
    public var item: AssessmentItem
    /// `1.2`.
    public var number: String
    /// nil for a hand item not yet scored.
    public var earned: Double?
    /// For computed items: how many were counted, and the target.
    public var counted: Int?
    public var target: Int?
    /// One line: 已召开 10 / 12 期; for hand items the note.
    public var summary: String
    /// What is missing, in plain Chinese (缺 8 月支委会 …); empty when nothing is.
    public var missing: [String]
    public var evidence: [AssessmentEvidence]
    /// The hand score's note and date.
    public var hand: HandScore?

    public init(item: AssessmentItem, number: String, earned: Double?, counted: Int? = nil, target: Int? = nil,
                summary: String, missing: [String] = [], evidence: [AssessmentEvidence] = [], hand: HandScore? = nil) {
        self.item = item
        self.number = number
        self.earned = earned
        self.counted = counted
        self.target = target
        self.summary = summary
        self.missing = missing
        self.evidence = evidence
        self.hand = hand
    }

    /// `8.3`, or `待评` for a hand item not yet scored.
    public var earnedText: String { earned.map(Assessment.pointsText) ?? "待评" }

    /// The missing part in one line, or the summary when nothing is missing.
    public var missingText: String { missing.isEmpty ? "—" : missing.joined(separator: "；") }
}

/// One category's items and subtotal.
public struct AssessmentCategoryResult: Hashable, Sendable {
    public var category: AssessmentCategory
    public var number: Int
    public var items: [AssessmentItemResult]

    public var points: Int { category.points }
    public var earned: Double { Assessment.sum(items.compactMap(\.earned)) }

    /// `一、组织建设`.
    public var heading: String { category.heading(number: number) }
}
