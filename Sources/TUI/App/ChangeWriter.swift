import Foundation
import Model
import Persistence

/// Performs `.save` effects against the store and reports the outcome as a message.
public struct ChangeWriter {
    public let store: LedgerStore

    public init(store: LedgerStore) {
        self.store = store
    }

    public func load(year: Int) -> Message {
        .loadedYear(store.loadYear(year))
    }

    public func perform(_ change: LedgerChange) -> Message {
        do {
            switch change {
            case .saveMeeting(let meeting, let previous):
                try store.save(meeting, previous: previous)
            case .deleteMeeting(let meeting):
                try store.delete(meeting)
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
