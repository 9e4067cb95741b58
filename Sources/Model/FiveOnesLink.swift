import Foundation

/// Links between five-ones logs and 三会一课 records, kept whole (issue #5: "deleting a linked
/// meeting asks what to do with the link; nothing dangles silently").
///
/// A deed that was a held meeting (a 党课, a 谈心, a 主题党日) is logged once, as a log that
/// names the meeting. Before a meeting is deleted the screen finds its logs with
/// `logs(linkedTo:in:)`, asks, and applies `afterDeleting(_:logs:choice:)`; `dangling(logs:meetings:)`
/// finds links already broken (a hand-edited file), which `branchdesk check` also reports.
public enum FiveOnesLink {
    /// What to do with the logs of a meeting about to be deleted.
    public enum Choice: String, Sendable, CaseIterable {
        /// Keep each log as a standalone record, with the meeting's date, place, participants
        /// and topic copied in: the deed still counts.
        case keepAsStandalone = "keep"
        /// Delete the logs with the meeting: the deed no longer counts.
        case deleteLogs = "delete"

        public var chineseName: String {
            switch self {
            case .keepAsStandalone: return "保留为独立的五个一记录"
            case .deleteLogs: return "一并删除五个一记录"
            }
        }
    }

    /// The log writes that go with deleting a meeting: save these, delete those.
    public struct Changes: Hashable, Sendable {
        public var save: [FiveOnesLog]
        public var delete: [FiveOnesLog]

        public init(save: [FiveOnesLog] = [], delete: [FiveOnesLog] = []) {
            self.save = save
            self.delete = delete
        }

        public var isEmpty: Bool { save.isEmpty && delete.isEmpty }
    }

    /// Logs whose meeting is not among `meetings`. Pass every year's meetings: a log may link a
    /// meeting of another year only by mistake, but a shard not loaded looks like a deletion.
    public static func dangling(logs: [FiveOnesLog], meetings: [Meeting]) -> [FiveOnesLog] {
        let ids = Set(meetings.map(\.id))
        return logs.filter { log in log.meetingId.map { !ids.contains($0) } ?? false }
    }

    /// The logs that link `meetingId`, by date.
    public static func logs(linkedTo meetingId: UUID, in logs: [FiveOnesLog]) -> [FiveOnesLog] {
        logs.filter { $0.meetingId == meetingId }.sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
    }

    /// `log` as a standalone record: the meeting's date, place and present attendees copied in
    /// (its own kept where the meeting has none), the topic as note when the log has none, and
    /// the link cleared. The deed keeps its date, so it stays in the same cell of the matrix.
    public static func standalone(_ log: FiveOnesLog, from meeting: Meeting) -> FiveOnesLog {
        var copy = log
        copy.date = meeting.date
        if !meeting.place.isEmpty { copy.place = meeting.place }
        let present = meeting.attendance.filter { $0.presence == .present }.map(\.memberId)
        if !present.isEmpty { copy.participants = present }
        if copy.note.trimmingCharacters(in: .whitespaces).isEmpty { copy.note = meeting.topic }
        copy.meetingId = nil
        return copy
    }

    /// `log` with its link cleared and everything else kept: for a link already broken, where
    /// there is no meeting left to copy from (the log holds the copy made when it was linked).
    public static func unlink(_ log: FiveOnesLog) -> FiveOnesLog {
        var copy = log
        copy.meetingId = nil
        return copy
    }

    /// The log writes that go with deleting `meeting`, given the secretary's choice.
    public static func afterDeleting(_ meeting: Meeting, logs: [FiveOnesLog], choice: Choice) -> Changes {
        let linked = self.logs(linkedTo: meeting.id, in: logs)
        switch choice {
        case .keepAsStandalone: return Changes(save: linked.map { standalone($0, from: meeting) })
        case .deleteLogs: return Changes(delete: linked)
        }
    }
}
