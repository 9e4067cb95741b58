import Foundation

extension TalkCase {
    /// Appends a stage record after checking it against the ladder (`TalkLadder`).
    ///
    /// Nothing changes when a rule is broken; every broken rule is in the error.
    public mutating func append(_ entry: TalkEntry, today: CalendarDate) throws(ValidationErrors) {
        let errors = TalkLadder.check(entry, appendingTo: self, today: today)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        entries.append(entry)
    }

    /// Records a correction of the entry `id`: `replacement` is appended pointing at it
    /// (`corrects`), and the corrected entry stays on file. History is append-only: nothing
    /// is overwritten or deleted. Returns the entry as stored.
    @discardableResult
    public mutating func correct(entry id: UUID, with replacement: TalkEntry, today: CalendarDate) throws(ValidationErrors) -> TalkEntry {
        var stored = replacement
        stored.corrects = id
        if stored.id == id || entries.contains(where: { $0.id == stored.id }) { stored.id = UUID() }
        let errors = TalkLadder.check(correcting: id, with: stored, in: self, today: today)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        entries.append(stored)
        return stored
    }

    /// Closes the case as resolved (改正), at whatever stage it has reached.
    public mutating func close(on date: CalendarDate, reason: String, today: CalendarDate) throws(ValidationErrors) {
        let errors = TalkLadder.checkClosing(self, on: date, reason: reason, today: today)
        guard errors.isEmpty else { throw ValidationErrors(errors) }
        closure = TalkClosure(date: date, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The entries as they stand on file, oldest first, each with what it corrects and what corrects it.
    public var timeline: [TalkTimelineItem] {
        let correctedBy = Dictionary(entries.compactMap { entry in entry.corrects.map { ($0, entry.id) } },
                                     uniquingKeysWith: { _, later in later })
        let byId = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return entries.map { entry in
            TalkTimelineItem(entry: entry, corrects: entry.corrects.flatMap { byId[$0] }, correctedBy: correctedBy[entry.id])
        }
    }

    /// The next date to act on: the follow-up of the latest entry in force, else its deadline.
    public var nextDate: CalendarDate? { latestEntry.flatMap { $0.followUp ?? $0.deadline } }

    /// The 限期改正 deadline now running (of the latest entry in force).
    public var runningDeadline: CalendarDate? { latestEntry?.deadline }
}

/// One entry of a case's timeline, with the correction links resolved.
public struct TalkTimelineItem: Hashable, Sendable {
    public var entry: TalkEntry
    /// The earlier entry this one corrects.
    public var corrects: TalkEntry?
    /// The later entry that corrects this one (so it is no longer in force).
    public var correctedBy: UUID?

    public var isInForce: Bool { correctedBy == nil }
}
