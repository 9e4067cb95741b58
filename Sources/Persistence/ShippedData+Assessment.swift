import Foundation

extension ShippedData {
    /// The default 百分制 rubric (issue #10), copied into a branch by `init` and `assess rubric --copy`.
    public var assessmentRubricURL: URL { templatesDirectory.appendingPathComponent("assessment.json") }
}
