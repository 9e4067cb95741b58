import Foundation

/// One deed behind a matrix cell: the log, and the meeting it links when it was one.
public struct FiveOnesEntry: Hashable, Sendable {
    public var log: FiveOnesLog
    /// The linked 三会一课 record, when the log links one that exists.
    public var meeting: Meeting?

    public init(log: FiveOnesLog, meeting: Meeting?) {
        self.log = log
        self.meeting = meeting
    }

    /// The log names a meeting that is no longer in the ledger (deleted, or its year's file
    /// unreadable): shown as such, never silently as a plain log (issue #5).
    public var isLinkBroken: Bool { log.meetingId != nil && meeting == nil }
}

/// One period of one matrix row: its status and the deeds that fill it.
public struct FiveOnesCell: Hashable, Sendable {
    public var period: Period
    public var status: FiveOnesCellStatus
    /// The deeds counted in this cell, by date (for summary cells, every household's).
    public var entries: [FiveOnesEntry]
    /// Whole days left after today while the period is current and the cell outstanding
    /// (0 on the period's last day); nil otherwise.
    public var daysLeft: Int?

    public init(period: Period, status: FiveOnesCellStatus, entries: [FiveOnesEntry] = [], daysLeft: Int? = nil) {
        self.period = period
        self.status = status
        self.entries = entries
        self.daysLeft = daysLeft
    }

    /// Outstanding after the period ended: a gap, not a reminder.
    public var isOverdue: Bool { status == .outstanding && daysLeft == nil }

    /// Linked meetings that no longer exist.
    public var brokenMeetingIds: [UUID] { entries.filter(\.isLinkBroken).compactMap(\.log.meetingId) }
}
