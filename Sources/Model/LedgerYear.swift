import Foundation

/// The dated records of one year: what the store reads when the workbench turns to a year
/// it has not loaded (start-up loads only the current year).
public struct LedgerYear: Sendable, Equatable {
    public var year: Int
    public var meetings: [Meeting]
    public var fiveOnesLogs: [FiveOnesLog]
    public var talkCases: [TalkCase]
    public var tasks: [LiaisonTask]
    public var commitments: [Commitment]
    public var dues: [DuesPayment]

    public init(year: Int, meetings: [Meeting] = [], fiveOnesLogs: [FiveOnesLog] = [], talkCases: [TalkCase] = [],
                tasks: [LiaisonTask] = [], commitments: [Commitment] = [], dues: [DuesPayment] = []) {
        self.year = year
        self.meetings = meetings
        self.fiveOnesLogs = fiveOnesLogs
        self.talkCases = talkCases
        self.tasks = tasks
        self.commitments = commitments
        self.dues = dues
    }
}

extension Ledger {
    /// Adds a year's records, replacing any of that year already held.
    public mutating func merge(_ part: LedgerYear) {
        meetings = meetings.filter { $0.date.year != part.year } + part.meetings
        fiveOnesLogs = fiveOnesLogs.filter { $0.date.year != part.year } + part.fiveOnesLogs
        talkCases = talkCases.filter { $0.openedOn.year != part.year } + part.talkCases
        tasks = tasks.filter { $0.due.year != part.year } + part.tasks
        commitments = commitments.filter { $0.year != part.year } + part.commitments
        dues = dues.filter { $0.month.year != part.year } + part.dues
    }
}
