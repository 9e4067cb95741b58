import Foundation
import Model

/// Everything the workbench shows, as one value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    public var ledger: Ledger
    public var today: CalendarDate
    public var section: Section = .dashboard
    public var lists: [Section: SectionList]
    /// A record's detail or the help, drawn over the section; Esc closes it.
    public var overlay: Overlay?
    /// The filter being typed after `/`, when it is.
    public var filterEditor: LineEditor?
    public var width: Int
    public var height: Int
    /// A one-line message (warnings, unreadable files), shown above the status line.
    public var notice: String?
    /// Where the ledger came from, shown in the status line (演示 or the data directory).
    public var sourceLabel: String

    /// The smallest terminal the layout is drawn for.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public init(ledger: Ledger, today: CalendarDate, width: Int, height: Int, sourceLabel: String, notice: String? = nil) {
        self.ledger = ledger
        self.today = today
        self.width = width
        self.height = height
        self.sourceLabel = sourceLabel
        self.notice = notice
        self.lists = [:]
        rebuildLists()
    }

    /// Rebuilds every section's rows from the ledger (after a load or a save), keeping filters.
    public mutating func rebuildLists() {
        for section in Section.allCases {
            let filter = lists[section]?.filter ?? ""
            var list = SectionRows.list(for: section, ledger: ledger, today: today)
            if !filter.isEmpty { list.apply(filter: filter) }
            lists[section] = list
        }
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
    case detail(title: String, text: TextView)
    case help(TextView)

    public var textView: TextView {
        get {
            switch self {
            case .detail(_, let text), .help(let text): return text
            }
        }
        set {
            switch self {
            case .detail(let title, _): self = .detail(title: title, text: newValue)
            case .help: self = .help(newValue)
            }
        }
    }
}
