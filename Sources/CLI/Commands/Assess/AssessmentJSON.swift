import Foundation
import Model
import Persistence

/// The assessment as JSON with stable keys (pretty, sorted) for scripts.
enum AssessmentJSON {
    struct Document: Encodable {
        var year: Int
        var today: String
        var rubric: Rubric
        var earned: Double
        var maximum: Int
        var unscored: [String]
        var categories: [Category]
    }

    struct Rubric: Encodable {
        var name: String
        var file: String
        var branchOwn: Bool
    }

    struct Category: Encodable {
        var id: String
        var name: String
        var number: Int
        var points: Int
        var earned: Double
        var items: [Item]
    }

    struct Item: Encodable {
        var id: String
        var number: String
        var name: String
        var points: Int
        var earned: Double?
        var method: String
        var measure: AssessmentMeasure?
        var counted: Int?
        var target: Int?
        var summary: String
        var missing: [String]
        var evidence: [Evidence]
        var note: String?
        var basis: String

        // Encode `earned` as null for an unscored hand item, so the key is always present.
        private enum CodingKeys: String, CodingKey {
            case id, number, name, points, earned, method, measure, counted, target, summary, missing, evidence, note, basis
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(number, forKey: .number)
            try c.encode(name, forKey: .name)
            try c.encode(points, forKey: .points)
            try c.encode(earned, forKey: .earned)
            try c.encode(method, forKey: .method)
            try c.encode(measure, forKey: .measure)
            try c.encode(counted, forKey: .counted)
            try c.encode(target, forKey: .target)
            try c.encode(summary, forKey: .summary)
            try c.encode(missing, forKey: .missing)
            try c.encode(evidence, forKey: .evidence)
            try c.encode(note, forKey: .note)
            try c.encode(basis, forKey: .basis)
        }
    }

    struct Evidence: Encodable {
        var kind: String
        var id: UUID
        var date: String?
        var label: String
    }

    static func document(_ a: Assessment, setup: AssessmentSetup) -> Document {
        Document(year: a.year, today: a.today.iso,
                 rubric: Rubric(name: a.rubric.name, file: setup.rubricFile, branchOwn: setup.isBranchRubric),
                 earned: a.earned, maximum: AssessmentRubric.total, unscored: a.unscored.map(\.item.id),
                 categories: a.categories.map { category in
                     Category(id: category.category.id, name: category.category.name, number: category.number,
                              points: category.points, earned: category.earned, items: category.items.map(item))
                 })
    }

    static func item(_ r: AssessmentItemResult) -> Item {
        Item(id: r.item.id, number: r.number, name: r.item.name, points: r.item.points, earned: r.earned,
             method: r.item.isComputed ? "computed" : "hand", measure: r.item.measure, counted: r.counted, target: r.target,
             summary: r.summary, missing: r.missing,
             evidence: r.evidence.map { Evidence(kind: $0.kind.rawValue, id: $0.id, date: $0.date?.iso, label: $0.label) },
             note: r.hand?.note, basis: r.item.basis)
    }

    static func text(_ a: Assessment, setup: AssessmentSetup) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(a, setup: setup)), as: UTF8.self)
    }
}
