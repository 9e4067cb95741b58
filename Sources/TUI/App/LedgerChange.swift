import Foundation
import Model

/// A change the user asked to save: applied to the store first, to the in-memory ledger
/// only once the store says it is on disk (so the screen never shows an unsaved record as saved).
public enum LedgerChange: Equatable, Sendable {
    case saveMeeting(Meeting, previous: Meeting?)
    case deleteMeeting(Meeting)

    /// A short Chinese confirmation for the message line.
    public var doneMessage: String {
        switch self {
        case .saveMeeting(let meeting, let previous):
            return "\(previous == nil ? "已保存新" : "已保存")\(meeting.kind.chineseName)记录（\(meeting.date.iso)）。"
        case .deleteMeeting(let meeting):
            return "已删除 \(meeting.date.iso) 的\(meeting.kind.chineseName)记录。"
        }
    }
}

extension Ledger {
    /// Applies a change that the store has already written.
    public mutating func apply(_ change: LedgerChange) {
        switch change {
        case .saveMeeting(let meeting, _):
            if let index = meetings.firstIndex(where: { $0.id == meeting.id }) {
                meetings[index] = meeting
            } else {
                meetings.append(meeting)
            }
        case .deleteMeeting(let meeting):
            meetings.removeAll { $0.id == meeting.id }
        }
    }
}
