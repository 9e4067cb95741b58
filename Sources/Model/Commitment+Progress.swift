import Foundation

/// Adding progress and the year-end review to a commitment.
extension Commitment {
    /// Appends `entry` in date order and adds its hours to `volunteerHours`, which is the
    /// year's total (the demo ledger keeps it as the sum of the entries' hours).
    public mutating func addProgress(_ entry: ProgressEntry) {
        let index = progress.firstIndex { $0.date > entry.date } ?? progress.endIndex
        progress.insert(entry, at: index)
        volunteerHours += entry.hours
    }

    /// Whether the member has written their self-assessment (自我评价).
    public var hasSelfAssessment: Bool {
        !(review?.selfAssessment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
    }

    /// Hours as people write them: `7`, `2.5`.
    public static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e9 ? String(Int(hours)) : String(format: "%.1f", hours)
    }
}
