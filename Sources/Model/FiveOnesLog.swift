import Foundation

/// One deed done under a five-ones template: recorded once, linked to its meeting when it was one.
public struct FiveOnesLog: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var templateId: UUID
    /// Zero-based index into the template's items.
    public var itemIndex: Int
    /// The calendar period it counts for (the pairing's adoption period for per-household schemes).
    public var period: Period
    public var date: CalendarDate
    public var participants: [UUID]
    public var place: String
    public var note: String
    /// Paths to files the secretary keeps (photos, sign-in sheets). Never copied or uploaded.
    public var evidence: [String]
    /// The 三会一课 record this deed was, instead of typing it again.
    public var meetingId: UUID?
    public var householdId: UUID?

    public init(id: UUID = UUID(), templateId: UUID, itemIndex: Int, period: Period, date: CalendarDate,
                participants: [UUID] = [], place: String = "", note: String = "", evidence: [String] = [],
                meetingId: UUID? = nil, householdId: UUID? = nil) {
        self.id = id
        self.templateId = templateId
        self.itemIndex = itemIndex
        self.period = period
        self.date = date
        self.participants = participants
        self.place = place
        self.note = note
        self.evidence = evidence
        self.meetingId = meetingId
        self.householdId = householdId
    }
}
