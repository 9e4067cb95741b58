import Foundation
import Model
import Persistence

/// Performs `.save` effects against the store and reports the outcome as a message.
public struct ChangeWriter {
    public let store: LedgerStore

    public init(store: LedgerStore) {
        self.store = store
    }

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

    /// Files changed outside the workbench since the store read them, read again (issue #9);
    /// nil when nothing changed, which costs one `stat` per file loaded.
    /// `current` is what is on screen: the records of a file that can no longer be read stay.
    public func outsideChanges(loadedYears: Set<Int>, current: Ledger) -> Message? {
        let files = store.outsideChanges(years: loadedYears)
        guard !files.isEmpty else { return nil }
        guard var fresh = try? store.load(years: loadedYears) else { return nil }
        let unreadable = store.issues.filter { files.contains($0.file) }
        for issue in unreadable { fresh.keepShard(issue.file, from: current) }
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
