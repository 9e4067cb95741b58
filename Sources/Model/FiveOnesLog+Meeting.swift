import Foundation

extension FiveOnesLog {
    /// A log for a deed that was a held meeting, linked to it rather than typed again (DOMAIN.md
    /// §5: "a held meeting that also fulfils a five-ones item is linked, never entered twice").
    ///
    /// Date, place and participants (the present attendees) are copied from the meeting and the
    /// topic becomes the note, so the log still reads on its own if the meeting is later deleted.
    public static func fromMeeting(_ meeting: Meeting, templateId: UUID, itemIndex: Int, period: Period,
                                   householdId: UUID? = nil, evidence: [String] = [], id: UUID = UUID()) -> FiveOnesLog {
        FiveOnesLog(id: id, templateId: templateId, itemIndex: itemIndex, period: period, date: meeting.date,
                    participants: meeting.attendance.filter { $0.presence == .present }.map(\.memberId),
                    place: meeting.place, note: meeting.topic, evidence: evidence,
                    meetingId: meeting.id, householdId: householdId)
    }

    /// Whether `other` records the same deed: same template, item, period and household, and
    /// either the same linked meeting or, both standalone, the same date. The CLI and the form
    /// refuse such a log ("never entered twice", issue #5).
    public func isDuplicate(of other: FiveOnesLog) -> Bool {
        guard other.id != id, other.templateId == templateId, other.itemIndex == itemIndex,
              other.period == period, other.householdId == householdId else { return false }
        switch (meetingId, other.meetingId) {
        case (let mine?, let theirs?): return mine == theirs
        case (nil, nil): return date == other.date
        default: return false
        }
    }
}
