import Foundation
import Model
import Persistence

/// 年度自评 in the workbench (issue #10): `A` asks the runtime for the rubric and the year's
/// hand scores (read from disk each time, so an edited rubric shows at once), the view scores
/// the loaded ledger, and a hand score is saved through an effect like every other change.
extension AppState {
    /// `A` (and `[` `]` inside the view): load the rubric, the year's scores and, when the
    /// year is not loaded yet, its dated records.
    mutating func openAssessment(year: Int) -> [Effect] {
        [.loadAssessment(year: year, withRecords: !loadedYears.contains(year))]
    }

    mutating func showAssessment(_ setup: AssessmentSetup, records: LedgerYear?) {
        if let records {
            ledger.merge(records)
            loadedYears.insert(records.year)
            rebuildLists()
        }
        var view = AssessmentView(setup: setup, ledger: ledger, today: today, canScore: role == .secretary)
        if case .assessment(let previous)? = overlay, previous.assessment.year == setup.year { view.table.selected = previous.table.selected }
        overlay = .assessment(view)
        notice = nil
    }

    mutating func updateAssessment(_ view: inout AssessmentView, _ key: Key) -> [Effect] {
        let rect = Layout(width: width, height: height, section: section).content
        // Refused before the form opens, so nothing is typed in vain (issue #9).
        if key == .char("s"), readOnly, case .items = view.mode {
            notice = "只读模式（--read-only）：可以查看和导出，不能评分。要评分请不带 --read-only 重新打开。"
            return []
        }
        if key == .char("s"), let refusal = view.scoreRefusal {
            notice = refusal
            return []
        }
        notice = nil
        let outcome = view.handle(key, ledger: ledger, today: today, rect: rect)
        overlay = .assessment(view)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = nil
            return []
        case .quit: return [.quit]
        case .changeYear(let year): return openAssessment(year: year)
        case .save(let year, let item, let points, let note):
            return [.saveAssessmentScore(year: year, item: item, points: points, note: note)]
        }
    }

    mutating func assessmentScoreSaved(_ scores: AssessmentScores, item: String) {
        guard case .assessment(var view)? = overlay else { return }
        view.refresh(scores: scores, ledger: ledger, today: today)
        overlay = .assessment(view)
        if let saved = view.setup.rubric.item(item), let score = scores.scores[saved.id] {
            notice = "已记录 \(scores.year) 年 \(view.setup.rubric.number(of: saved.id) ?? "") \(saved.name)：\(Assessment.pointsText(score.points)) 分。"
        }
    }

    mutating func assessmentFailed(_ reason: String) {
        if case .assessment(var view)? = overlay, case .score(var form) = view.mode {
            form.panel.problem = reason
            view.mode = .score(form)
            overlay = .assessment(view)
        }
        notice = reason
    }
}
