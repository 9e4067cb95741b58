import Foundation
import Model

/// Runs the loop: draw the state, wait for an event, update, perform effects.
public enum AppRuntime {
    /// How long the loop waits for a key before looking for outside edits.
    public static let outsideEditPollMilliseconds = 1000

    /// Runs until `.quit`. With `stopWhenIdle` (tests with an in-memory terminal) it also
    /// stops when no event is waiting; the real terminal blocks for the next key instead.
    @discardableResult
    /// `stopAfterFirstFrame` exists for the start-up benchmark (`BRANCHDESK_BENCH_FIRST_FRAME=1`).
    /// `writer` performs saves; without one (read-only tests) a save reports that nothing was written.
    public static func run(_ initial: AppState, on terminal: Terminal, writer: ChangeWriter? = nil,
                           stopWhenIdle: Bool = false, stopAfterFirstFrame: Bool = false) -> AppState {
        var state = initial
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        while true {
            // Files changed outside since the last turn (one stat per loaded file when none did).
            // Checked after a key was handled, not before: a save typed before the reload is
            // judged against what its editor saw, so the store's same-record rule catches it.
            if let writer, let reload = writer.outsideChanges(loadedYears: state.loadedYears, current: state.ledger) {
                _ = state.update(reload)
            }
            let frame = state.render()
            terminal.draw(frame.buffer, cursor: frame.cursor)
            if stopAfterFirstFrame { return state }
            // Wake at least once a second to notice files changed outside (issue #9).
            let event = terminal.nextEvent(timeoutMilliseconds: writer == nil ? nil : outsideEditPollMilliseconds)
            guard let event else {
                if stopWhenIdle { return state }
                continue
            }
            let message: Message
            switch event {
            case .key(let key): message = .key(key)
            case .resize(let width, let height): message = .resize(width: width, height: height)
            case .stop(let signal):
                state.stopSignal = signal
                keepDraft(of: state, writer: writer)
                return state
            }
            // A too-small screen only listens for quit and resize; it has no room for the
            // question, so Ctrl-C quits there at once (an open form is still kept as a draft).
            var pending: [Effect]
            if state.isTooSmall, case .key(let key) = message {
                guard key == .char("q") || key == .ctrl("c") else { continue }
                pending = key == .ctrl("c") ? [.quit] : state.update(message)
            } else {
                pending = state.update(message)
            }
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .quit:
                    keepDraft(of: state, writer: writer)
                    return state
                case .clearDraft:
                    writer?.drafts(for: state.role).remove()
                case .save(let change):
                    let outcome = writer?.perform(change) ?? .saveFailed("没有打开数据目录，未保存。")
                    pending += state.update(outcome)
                case .writeDocument(let path, let text):
                    pending += state.update(writer?.write(document: text, to: path) ?? .saveFailed("没有打开数据目录，未写入。"))
                case .setPin(let role, let pin):
                    let label: String
                    switch role {
                    case .secretary: label = "书记"
                    case .liaison: label = "联络员"
                    case .member(let id): label = "党员 \(state.ledger.memberName(id))"
                    }
                    pending += state.update(writer?.setPin(role, pin, label: label) ?? .saveFailed("没有打开数据目录，未设置。"))
                case .loadAssessment(let year, let withRecords):
                    pending += state.update(writer?.loadAssessment(year: year, withRecords: withRecords)
                        ?? .assessmentFailed("没有打开数据目录，无法读取评分细则。"))
                case .saveAssessmentScore(let year, let item, let points, let note):
                    pending += state.update(writer?.saveAssessmentScore(year: year, item: item, points: points, note: note, today: state.today)
                        ?? .assessmentFailed("没有打开数据目录，未保存。"))
                case .exportLedger(let request):
                    // Draw 正在导出… before the work: a large year takes a moment (issue #10).
                    let progress = state.render()
                    terminal.draw(progress.buffer, cursor: progress.cursor)
                    pending += state.update(writer?.exportLedger(request, today: state.today) ?? .saveFailed("没有打开数据目录，未导出。"))
                case .planUndo:
                    pending += state.update(writer?.planUndo() ?? .saveFailed("没有打开数据目录，无法撤销。"))
                case .undo(let id):
                    pending += state.update(writer?.undo(id, years: state.loadedYears) ?? .saveFailed("没有打开数据目录，无法撤销。"))
                case .loadYear(let year):
                    pending += state.update(writer?.load(year: year) ?? .loadedYear(LedgerYear(year: year)))
                }
            }
        }
    }

    /// Keeps an open form with unsaved changes for the next start (issue #9); a read-only
    /// session writes nothing, not even a draft.
    private static func keepDraft(of state: AppState, writer: ChangeWriter?) {
        guard let writer, !state.readOnly, let draft = state.formDraft(keptAt: DraftFile.stamp(Date())) else { return }
        try? writer.drafts(for: state.role).save(draft)
    }
}
