import Foundation

// MARK: - The year-end self-assessment, in short (issue #10)
//
// At year end the organ committee inspects each branch's 台账 against a 百分制 rubric (seed:
// 镇江 先进机关党组织考评机制 — seven categories, 100 points; 苏州 年度百分考核; 省水利厅 “双目标”).
// BranchDesk lets the secretary see their own year against such a rubric first:
//
// - `AssessmentRubric`: categories of `AssessmentItem`s whose points sum to exactly 100. Data,
//   not code: `data/templates/assessment.json`, copied into the branch's data directory for
//   the branch to edit.
// - An item is either computed from the ledgers by an `AssessmentMeasure` (cadence of a meeting
//   kind, five-ones completion, dues paid in their month, commitments, pipeline files, reports)
//   with a target and a scoring rule, or scored by hand with a note (`AssessmentScores`).
// - `Assessment.evaluate` gives each item its points, the records it counted (evidence, with
//   ids) and what is missing, in plain Chinese.
//
// It scores the branch's ledger, never a person: no measure ranks or scores members, evidence
// lists records, and talk cases (提醒谈话) are never read.

/// A 百分制 rubric: categories of items, points summing to exactly 100.
public struct AssessmentRubric: Codable, Hashable, Sendable {
    /// The total every rubric must add up to (百分制).
    public static let total = 100

    public var schemaVersion: Int
    public var name: String
    /// Where the scheme comes from, shown under the title.
    public var source: String
    public var categories: [AssessmentCategory]

    public init(schemaVersion: Int = 1, name: String, source: String = "", categories: [AssessmentCategory]) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.source = source
        self.categories = categories
    }

    public var items: [AssessmentItem] { categories.flatMap(\.items) }

    public var pointsTotal: Int { items.reduce(0) { $0 + $1.points } }

    /// `1.2`: category and item number as printed.
    public func number(of itemId: String) -> String? {
        for (c, category) in categories.enumerated() {
            if let i = category.items.firstIndex(where: { $0.id == itemId }) { return "\(c + 1).\(i + 1)" }
        }
        return nil
    }

    /// The item with this id, or printed number (`3.5`).
    public func item(_ key: String) -> AssessmentItem? {
        let key = key.trimmingCharacters(in: .whitespaces)
        if let item = items.first(where: { $0.id == key }) { return item }
        return items.first { number(of: $0.id) == key }
    }

    /// Every problem that makes the rubric unusable, as sentences naming the item.
    public func validate() -> [ValidationError] {
        var errors: [ValidationError] = []
        if categories.isEmpty {
            errors.append(ValidationError(field: "categories", "评分细则没有任何类别。"))
        }
        var seen: Set<String> = []
        for (c, category) in categories.enumerated() {
            let where_ = "第 \(c + 1) 类“\(category.name)”"
            if category.name.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(ValidationError(field: "categories[\(c)].name", "第 \(c + 1) 类没有名称。"))
            }
            if category.items.isEmpty {
                errors.append(ValidationError(field: "categories[\(c)].items", "\(where_)没有评分项目。"))
            }
            for (i, item) in category.items.enumerated() {
                let field = "categories[\(c)].items[\(i)]"
                if !seen.insert(item.id).inserted {
                    errors.append(ValidationError(field: field + ".id", "项目编号“\(item.id)”重复：每个项目的 id 须唯一。"))
                }
                errors += item.validate(field: field, label: "\(c + 1).\(i + 1)")
            }
        }
        if pointsTotal != AssessmentRubric.total {
            let parts = categories.map { "\($0.name) \($0.points)" }.joined(separator: "、")
            errors.append(ValidationError(field: "categories",
                "各项分值合计 \(pointsTotal) 分，应为 \(AssessmentRubric.total) 分（百分制；各类：\(parts)）。"))
        }
        return errors
    }
}

/// One category of the rubric (镇江: 思想建设, 组织建设, 作风建设 …).
public struct AssessmentCategory: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var items: [AssessmentItem]

    public init(id: String, name: String, items: [AssessmentItem]) {
        self.id = id
        self.name = name
        self.items = items
    }

    public var points: Int { items.reduce(0) { $0 + $1.points } }

    /// `三、组织建设` for the category numbered `number` (1-based).
    public func heading(number: Int) -> String {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return "\(number <= numerals.count ? numerals[number - 1] : String(number))、\(name)"
    }
}
