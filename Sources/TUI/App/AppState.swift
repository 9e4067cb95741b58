import Foundation
import Model
import Persistence

/// Everything the workbench shows, as one value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    public var ledger: Ledger
    public var today: CalendarDate
    /// Who is using the workbench: decides the sections, what may be edited and what is shown.
    public var role: Role
    public var section: Section = .dashboard
    public var lists: [Section: SectionList]
    /// A record's detail or the help, drawn over the section; Esc closes it.
    public var overlay: Overlay?
    /// The filter being typed after `/`, when it is.
    public var filterEditor: LineEditor?
    /// A delete waiting for confirmation.
    public var confirm: PendingConfirm?
    /// An undo waiting for confirmation (`u`, issue #9).
    public var undoConfirm: JournalEntry?
    /// 三会一课 shows the year's cadence grid instead of the list (`v`).
    public var showsCadence = false
    /// How far the member's own page is scrolled.
    public var homeScroll = 0
    /// The year 三会一课 shows, list and grid (`[` and `]` change it).
    public var viewYear: Int
    /// Years whose dated records are in `ledger` (start-up loads only the current year).
    public var loadedYears: Set<Int>
    public var width: Int
    public var height: Int
    /// A one-line message (warnings, unreadable files), shown above the status line.
    public var notice: String?
    /// Where the ledger came from, shown in the status line (演示 or the data directory).
    public var sourceLabel: String
    /// The 党员 list's search keys (pinyin, initials, group, status): built the first time `/`
    /// is pressed on 党员 and again only when the members change, never on each key press —
    /// transliterating names (and starting ICU's transliterator) is slow, and start-up should
    /// not pay for a search nobody asked for (issue #4).
    public private(set) var memberSearch: MemberSearch?

    /// `--read-only`: everything opens, nothing is written; the status line says so and the
    /// editing keys answer with a message instead of a form (issue #9).
    public var readOnly = false
    /// Ctrl-C asks before quitting (issue #9); this is the question while it is shown.
    public var quitQuestion: ConfirmDialog?
    /// A form kept when the last session was stopped, offered once at start (`FormDraft`).
    public var offeredDraft: FormDraft?
    /// The signal that stopped the loop, when one did (`TerminalEvent.stop`): exit 128 + it.
    public var stopSignal: Int32?

    /// The smallest terminal the layout is drawn for.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// `loadedYears`: the years of dated records in `ledger`; nil means all of them.
    public init(ledger: Ledger, today: CalendarDate, width: Int, height: Int, sourceLabel: String, notice: String? = nil,
                loadedYears: Set<Int>? = nil, role: Role = .secretary) {
        self.role = role
        self.ledger = ledger
        self.today = today
        self.width = width
        self.height = height
        self.sourceLabel = sourceLabel
        self.notice = notice
        self.viewYear = today.year
        self.loadedYears = loadedYears ?? Set(ledger.meetings.map(\.date.year) + [today.year])
        self.lists = [:]
        rebuildLists()
    }

    /// Rebuilds every section's rows from the ledger (after a load or a save), keeping filters.
    /// `membersChanged` rebuilds the member search keys too; loading a year or saving a meeting
    /// leaves them as they are.
    public mutating func rebuildLists(membersChanged: Bool = false) {
        if membersChanged { memberSearch = nil }
        for section in Section.allCases {
            let filter = lists[section]?.filter ?? ""
            var list = SectionRows.list(for: section, ledger: ledger, today: today, year: viewYear, role: role)
            if section == .members {
                if memberSearch == nil && !filter.isEmpty { buildMemberSearch() }
                list.matcher = memberSearch
            }
            if !filter.isEmpty { list.apply(filter: filter) }
            lists[section] = list
        }
    }

    /// Builds the member search keys once they are needed.
    mutating func buildMemberSearch() {
        let search = MemberSearch(members: SectionRows.memberOrder(ledger), groups: ledger.profile.groups)
        memberSearch = search
        lists[.members]?.matcher = search
    }

    public var currentList: SectionList {
        get { lists[section]! }
        set { lists[section] = newValue }
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// Rows the current table can show: the content area minus header rows.
    public var visibleTableRows: Int {
        max(1, Layout(width: width, height: height, section: section).table.height - 1)
    }
}

/// What is drawn over the section list.
public enum Overlay: Sendable, Equatable {
    /// A record's page; `ref` lets `e`, `d` and `h` act on it.
    case detail(title: String, text: TextView, ref: RecordRef)
    case help(TextView)
    case meetingForm(MeetingForm)
    /// A member's page: its own keys (e, p, r) and the pipeline move.
    case memberPage(MemberPage)
    case memberForm(MemberForm)
    case taskReminder(TaskReminderForm)
    case fiveOnesForm(FiveOnesForm)
    /// The member's own one-line entry (progress or self-assessment).
    case ownEntry(Prompt, OwnEntry)
    case talkForm(TalkForm)
    case pinForm(PinForm)
    /// Where to write a talk case's timeline (asked each time: exports are on request only).
    case exportPrompt(Prompt, TalkCase)
    /// 年度自评 (`A`): items, evidence, an opened record or the hand-score form.
    case assessment(AssessmentView)
    /// `e` / `E` on a section list: which ledger, year, format and where (issue #10).
    case ledgerExport(LedgerExportDialog)

    /// The scrollable text of a detail page or the help.
    public var textView: TextView? {
        get {
            switch self {
            case .detail(_, let text, _), .help(let text): return text
            case .meetingForm, .memberPage, .memberForm, .taskReminder, .fiveOnesForm, .ownEntry, .talkForm, .exportPrompt, .pinForm, .assessment, .ledgerExport: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .detail(let title, _, let ref): self = .detail(title: title, text: newValue, ref: ref)
            case .help: self = .help(newValue)
            case .meetingForm, .memberPage, .memberForm, .taskReminder, .fiveOnesForm, .ownEntry, .talkForm, .exportPrompt, .pinForm, .assessment, .ledgerExport: break
            }
        }
    }
}

/// A question waiting for y / n, and what a yes does.
public struct PendingConfirm: Sendable, Equatable {
    public var dialog: ConfirmDialog
    public var change: LedgerChange
    /// A second answer, on `x` (delete a meeting together with its linked five-ones logs).
    public var alternative: LedgerChange?
}
