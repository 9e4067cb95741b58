import Foundation
import Model

/// Everything the year-end self-assessment reads from disk besides the ledger, gathered in one
/// place for the `assess` command and the workbench: the rubric in use, the year's hand scores,
/// the default cadence rules (for a branch without its own) and where dues tracking starts.
public struct AssessmentSetup: Equatable, Sendable {
    public var year: Int
    public var rubric: AssessmentRubric
    /// The rubric's path, shown under the title.
    public var rubricFile: String
    public var isBranchRubric: Bool
    public var scores: AssessmentScores
    public var defaultCadenceRules: [CadenceRule]
    /// January of the year when an earlier year has dues on record; the earliest dues month when
    /// dues were first kept in a later year; else nil (the year's first recorded month: a branch
    /// that starts keeping dues mid-year owes nothing before it).
    public var duesTrackedFrom: YearMonth?

    public init(year: Int, rubric: AssessmentRubric, rubricFile: String, isBranchRubric: Bool, scores: AssessmentScores,
                defaultCadenceRules: [CadenceRule], duesTrackedFrom: YearMonth?) {
        self.year = year
        self.rubric = rubric
        self.rubricFile = rubricFile
        self.isBranchRubric = isBranchRubric
        self.scores = scores
        self.defaultCadenceRules = defaultCadenceRules
        self.duesTrackedFrom = duesTrackedFrom
    }

    public static func load(store: LedgerStore, shipped: ShippedData?, year: Int) throws -> AssessmentSetup {
        let assessments = AssessmentStore(directory: store.directory, readOnly: store.readOnly)
        let (rubric, file, own) = try assessments.rubric(shipped: shipped)
        let defaults = (try? shipped?.cadenceRules()) ?? []
        // From January when an earlier year has dues; from the earliest dues on record when that is
        // a later year (a year before the branch kept dues owes nothing: review of issue #10);
        // otherwise the year's own first recorded month.
        let dueYears = store.years(of: .dues)
        var trackedFrom: YearMonth?
        if dueYears.contains(where: { $0 < year }) {
            trackedFrom = YearMonth(year: year, month: 1)
        } else if let first = dueYears.first, first > year {
            trackedFrom = store.records(DuesPayment.self, year: first).map(\.month).min()
        }
        return AssessmentSetup(year: year, rubric: rubric, rubricFile: file, isBranchRubric: own,
                               scores: try assessments.scores(year: year), defaultCadenceRules: defaults,
                               duesTrackedFrom: trackedFrom)
    }


    /// The evaluation input for `ledger` (which must hold `year`'s dated records).
    public func input(ledger: Ledger, today: CalendarDate) -> Assessment.Input {
        Assessment.Input(ledger: ledger, cadenceRules: ledger.cadenceRules.isEmpty ? defaultCadenceRules : ledger.cadenceRules,
                         scores: scores, year: year, today: today, duesTrackedFrom: duesTrackedFrom)
    }

    public func evaluate(ledger: Ledger, today: CalendarDate) -> Assessment {
        Assessment.evaluate(rubric, input(ledger: ledger, today: today))
    }
}
