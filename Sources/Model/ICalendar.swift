import Foundation

/// An iCalendar file (RFC 5545) of all-day events that a phone calendar imports: BranchDesk's
/// planned meetings and reminders (issue #7).
///
/// Every event is all-day (`DTSTART;VALUE=DATE`, `DTEND` the next day), so no time zone is
/// involved. `DTSTAMP` is the export's “today” at 00:00 UTC, never the clock, so the same
/// ledger and day give the same file. UIDs are stable (record id and rule), so importing a
/// newer export updates events instead of duplicating them.
public struct ICalendar: Hashable, Sendable {
    public var name: String
    public var stamp: CalendarDate
    public var events: [ICalendarEvent]

    public init(name: String, stamp: CalendarDate, events: [ICalendarEvent]) {
        self.name = name
        self.stamp = stamp
        self.events = events
    }

    /// The file's text: CRLF line ends, folded at 75 octets, TEXT values escaped.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BranchDesk//branchdesk//ZH", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(name)]
        let stampText = ICalendarText.date(stamp) + "T000000Z"
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + event.uid, "DTSTAMP:" + stampText,
                      "DTSTART;VALUE=DATE:" + ICalendarText.date(event.date),
                      "DTEND;VALUE=DATE:" + ICalendarText.date(event.date.adding(days: 1)),
                      "SUMMARY:" + ICalendarText.escape(event.summary)]
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + ICalendarText.escape(event.description)) }
            if !event.location.isEmpty { lines.append("LOCATION:" + ICalendarText.escape(event.location)) }
            if !event.categories.isEmpty {
                // CATEGORIES is a list: commas separate, so each category is escaped on its own.
                lines.append("CATEGORIES:" + event.categories.map(ICalendarText.escape).joined(separator: ","))
            }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }
}

/// One all-day event.
public struct ICalendarEvent: Hashable, Sendable {
    public var uid: String
    public var date: CalendarDate
    public var summary: String
    public var description: String
    public var location: String
    public var categories: [String]

    public init(uid: String, date: CalendarDate, summary: String, description: String = "", location: String = "",
                categories: [String] = []) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
        self.location = location
        self.categories = categories
    }
}
