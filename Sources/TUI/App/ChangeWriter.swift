import Foundation
import Model
import Persistence

/// Performs `.save` effects against the store and reports the outcome as a message.
public struct ChangeWriter {
    public let store: LedgerStore
    /// The shipped data (the default rubric and cadence rules for 年度自评).
    public var shipped: ShippedData?

    public init(store: LedgerStore, shipped: ShippedData? = nil) {
        self.store = store
        self.shipped = shipped
    }

    /// 年度自评: the rubric in use and the year's hand scores, with the year's records when asked.
    public func loadAssessment(year: Int, withRecords: Bool) -> Message {
        do {
            let setup = try AssessmentSetup.load(store: store, shipped: shipped, year: year)
            return .assessmentLoaded(setup, records: withRecords ? store.loadYear(year) : nil)
        } catch {
            return .assessmentFailed("\(error)")
        }
    }

    /// Records a hand score (checked against the rubric in use) under the writer lock.
    public func saveAssessmentScore(year: Int, item: String, points: Double, note: String, today: CalendarDate) -> Message {
        do {
            let setup = try AssessmentSetup.load(store: store, shipped: shipped, year: year)
            let scores = try AssessmentStore(directory: store.directory, readOnly: store.readOnly)
                .setScore(year: year, item: item, points: points, note: note, today: today, rubric: setup.rubric)
            return .assessmentScoreSaved(scores, item: item)
        } catch {
            return .assessmentFailed("\(error)")
        }
    }

    /// Where an unsaved form is kept between sessions.
    public func drafts(for role: Role) -> DraftFile { DraftFile(directory: store.directory, role: role) }

    /// Writes a document the secretary asked for (a talk case's timeline), atomically, 0600.
    public func write(document text: String, to path: String) -> Message {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
            return .documentWritten(url.path)
        } catch {
            return .saveFailed("\(error)")
        }
    }

    /// Hashes and stores a PIN (crypt(3), never in clear) in the data directory's pins.json.
    public func setPin(_ role: Role, _ pin: String, label: String) -> Message {
        do {
            try PinStore(directory: store.directory).set(role: role, pin: pin)
            return .pinSet("已为\(label)设置 PIN（只保存加盐散列）。")
        } catch {
            return .saveFailed("\(error)")
        }
    }

    /// Prints a ledger from what is on disk (`LedgerExport`, the same path as
    /// `branchdesk export ledger`), atomically, 0600. A store of its own, read-only, so the
    /// export's load does not touch the workbench store's record of unreadable files.
    /// Phone and ID numbers stay masked: full numbers only through the command line.
    public func exportLedger(_ request: LedgerExportRequest, today: CalendarDate) -> Message {
        let url = URL(fileURLWithPath: (request.path as NSString).expandingTildeInPath)
        do {
            let reader = LedgerStore(directory: store.directory, readOnly: true)
            let options = LedgerPrintOptions(year: request.year, today: today, includePrivate: false)
            let document = try LedgerExport.document(request.kind, store: reader, options: options)
            try LedgerExport.write(LedgerExport.data(document, format: request.format), to: url)
            // The path first: on a narrow screen the end of the line is cut off.
            return .ledgerExported("已导出到 \(url.path)：\(document.title)，\(document.recordCount) \(request.kind.recordUnit)，权限 0600。")
        } catch {
            return .saveFailed("\(error)")
        }
    }

    /// Files changed outside the workbench since the store read them, read again (issue #9);
    /// nil when nothing changed, which costs one `stat` per file loaded.
    /// `current` is what is on screen: the records of a file that can no longer be read stay.
    public func outsideChanges(loadedYears: Set<Int>, current: Ledger) -> Message? {
        let files = store.outsideChanges(years: loadedYears)
        guard !files.isEmpty else { return nil }
        // Only the changed files are read again; a file that can no longer be read keeps its
        // old records on screen (the store blocks writing it).
        let part = store.reread(files)
        let unreadable = store.issues.filter { files.contains($0.file) }
        var fresh = current
        for file in files where !unreadable.contains(where: { $0.file == file }) { fresh.keepShard(file, from: part) }
        return .reloaded(fresh, files: files, unreadable: unreadable.map(\.description))
    }

    public func load(year: Int) -> Message {
        .loadedYear(store.loadYear(year))
    }

    public func perform(_ change: LedgerChange) -> Message {
        do {
            switch change {
            case .saveMeeting(let meeting, let previous):
                try store.save(meeting, previous: previous)
            case .deleteMeeting(let meeting, let logs):
                // Logs first: a crash between leaves a standalone copy and the meeting, never a dangling link.
                for log in logs.save { try store.save(log) }
                try store.delete(meeting)
                for log in logs.delete { try store.delete(log) }
            case .saveFiveOnesLog(let log):
                // Evidence is the secretary's own files: only the path is stored, and it must exist.
                if let missing = log.evidence.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
                    return .saveFailed("佐证材料“\(missing)”不存在：请写已有文件的完整路径（只记录路径，不复制文件）。")
                }
                try store.save(log)
            case .saveCommitment(let commitment):
                try store.save(commitment)
            case .saveTalk(let talk):
                try store.save(talk)
            case .saveFiveOnesTemplate(let template):
                try store.save(template)
            case .saveFiveOnesAdoption(let adoption):
                try store.save(adoption)
            case .saveMember(let member, let previous):
                try store.save(member, previous: previous)
            case .saveTask(let task):
                try store.save(task)
            }
            return .saved(change)
        } catch {
            return .saveFailed("\(error)")
        }
    }
}

extension ChangeWriter {
    /// The journal entry `u` would revert for the store's actor, or why there is none (issue #9).
    public func planUndo() -> Message {
        if store.readOnly { return .saveFailed("以只读方式打开（--read-only），不能撤销。") }
        switch store.history().history.next(for: store.actor) {
        case .success(let entry): return .undoPlanned(entry)
        case .failure(let refusal): return .saveFailed(refusal.message)
        }
    }

    /// Reverts the entry, then re-reads the ledger for the years the workbench holds.
    public func undo(_ id: UUID, years: Set<Int>) -> Message {
        do {
            guard let entry = store.history().history.entries.first(where: { $0.id == id }) else {
                return .saveFailed("操作日志中找不到这条记录。")
            }
            try store.undo(id)
            return .undone(entry, try store.load(years: years))
        } catch {
            return .saveFailed("\(error)")
        }
    }
}
