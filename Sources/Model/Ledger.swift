import Foundation

// MARK: - The data model, in short
//
// A branch (党支部) keeps ledgers (台账). BranchDesk models each as plain value types:
//
// - `BranchProfile`: the branch's name, the organ committee above it, its groups (党小组)
//   and its committee seats (支委分工) with the term start.
// - `Member`: a member file (党员档案) with a dated `StatusEvent` timeline through the
//   pipeline applicant → activist → candidate → probationary → full, and exits kept as history.
// - `Meeting`: one 三会一课 record of one of the `MeetingKind`s, with per-member `Attendance`
//   (expected / present / excused / absent are counted, never typed) and general-meeting `Vote`s.
// - `CadenceRule`: how often each kind is due (data, per branch).
// - `FiveOnesTemplate` / `FiveOnesAdoption` / `FiveOnesLog`: "五个一" schemes, the periods a
//   branch runs them for, and each deed done, linked to its meeting when it was one.
// - `TalkCase`: a reminder-talk (提醒谈话) escalation case with append-only `TalkEntry`s.
// - `ConductAnalysis`: the half-yearly 思想状况分析 from which talk cases are opened.
// - `LiaisonTask`: the liaison's task ledger with its reminder log.
// - `Commitment`: a member's yearly pledges, progress and year-end review.
// - `DuesPayment`: one member's dues for one month, in fen.
//
// Every record has a stable UUID `id`; dates are `CalendarDate` (a day, no time zone).
// Rules are pure functions taking "today" as a parameter and returning `ValidationError`s
// whose messages are Chinese sentences a secretary understands. `Ledger` is the whole of
// what is loaded at one time; the store may load only some years of the dated ledgers.

/// Everything loaded from one branch's data directory.
public struct Ledger: Sendable, Equatable {
    public var profile: BranchProfile
    public var members: [Member] {
        didSet { memberIndex = Ledger.index(members) }
    }
    /// Position of each member by id: validation looks members up once per attendee, and a
    /// linear search made `check` on 50,000 meetings take minutes.
    private var memberIndex: [UUID: Int]
    public var meetings: [Meeting]
    public var cadenceRules: [CadenceRule]
    public var fiveOnesTemplates: [FiveOnesTemplate]
    public var fiveOnesAdoptions: [FiveOnesAdoption]
    public var fiveOnesLogs: [FiveOnesLog]
    public var talkCases: [TalkCase]
    public var tasks: [LiaisonTask]
    public var commitments: [Commitment]
    public var dues: [DuesPayment]
    /// Half-yearly 思想状况分析 sessions (secretary only, like the talk cases they open).
    public var talkAnalyses: [ConductAnalysis]

    public init(profile: BranchProfile, members: [Member] = [], meetings: [Meeting] = [],
                cadenceRules: [CadenceRule] = [], fiveOnesTemplates: [FiveOnesTemplate] = [],
                fiveOnesAdoptions: [FiveOnesAdoption] = [], fiveOnesLogs: [FiveOnesLog] = [],
                talkCases: [TalkCase] = [], tasks: [LiaisonTask] = [], commitments: [Commitment] = [],
                dues: [DuesPayment] = [], talkAnalyses: [ConductAnalysis] = []) {
        self.profile = profile
        self.members = members
        self.memberIndex = Ledger.index(members)
        self.meetings = meetings
        self.cadenceRules = cadenceRules
        self.fiveOnesTemplates = fiveOnesTemplates
        self.fiveOnesAdoptions = fiveOnesAdoptions
        self.fiveOnesLogs = fiveOnesLogs
        self.talkCases = talkCases
        self.tasks = tasks
        self.commitments = commitments
        self.dues = dues
        self.talkAnalyses = talkAnalyses
    }

    public func member(_ id: UUID) -> Member? { memberIndex[id].map { members[$0] } }

    private static func index(_ members: [Member]) -> [UUID: Int] {
        Dictionary(members.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The member's name, or a marker for a dangling reference (never crash on a hand-edited file).
    public func memberName(_ id: UUID) -> String { member(id)?.name ?? "（未知党员）" }

    /// Members currently on the roll (not transferred out, deceased or left).
    public var membersOnRoll: [Member] { members.filter(\.isOnRoll) }
}
