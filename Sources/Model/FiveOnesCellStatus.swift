import Foundation

/// Where one item of a five-ones scheme stands for one period on a given day (issue #5).
///
/// As with the 三会一课 cadence, a gap is a private reminder for the secretary, never a score:
/// there are no percentages or ranks, only what was done, when, and what is still open.
public enum FiveOnesCellStatus: Hashable, Sendable {
    /// At least one deed is logged: its dates, log ids and linked meeting ids, by date.
    case done(dates: [CalendarDate], logIds: [UUID], meetingIds: [UUID])
    /// Some but not all of the parts are done: the households of a 牵手致富 item (summary rows),
    /// or the items of a period (`FiveOnesMatrix.periodSummary`). `done` of `of` are done.
    case partlyDone(done: Int, of: Int, dates: [CalendarDate], logIds: [UUID], meetingIds: [UUID])
    /// Nothing logged, and the period has started (it may also have ended: see
    /// `FiveOnesCell.isOverdue`).
    case outstanding
    /// The period starts after today.
    case notYetDue

    /// The spelling used in JSON output: `done`, `partly-done`, `outstanding`, `not-yet-due`.
    public var code: String {
        switch self {
        case .done: return "done"
        case .partlyDone: return "partly-done"
        case .outstanding: return "outstanding"
        case .notYetDue: return "not-yet-due"
        }
    }

    /// A short Chinese word for legends and detail lines.
    public var chineseName: String {
        switch self {
        case .done: return "已完成"
        case .partlyDone: return "部分完成"
        case .outstanding: return "未开展"
        case .notYetDue: return "尚未到期"
        }
    }

    public var isDone: Bool {
        if case .done = self { return true }
        return false
    }

    /// The dates of the deeds behind a done or partly done cell (empty otherwise).
    public var dates: [CalendarDate] {
        switch self {
        case .done(let dates, _, _), .partlyDone(_, _, let dates, _, _): return dates
        case .outstanding, .notYetDue: return []
        }
    }

    /// The logs behind a done or partly done cell (empty otherwise).
    public var logIds: [UUID] {
        switch self {
        case .done(_, let ids, _), .partlyDone(_, _, _, let ids, _): return ids
        case .outstanding, .notYetDue: return []
        }
    }

    /// The meetings those logs link (empty otherwise).
    public var meetingIds: [UUID] {
        switch self {
        case .done(_, _, let ids), .partlyDone(_, _, _, _, let ids): return ids
        case .outstanding, .notYetDue: return []
        }
    }
}
