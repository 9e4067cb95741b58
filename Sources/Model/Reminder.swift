import Foundation

/// One thing the secretary or liaison must do, computed from the ledgers by `ReminderEngine`:
/// what rule implies it, by when, how pressing it is, and the member, group and record it
/// concerns where there is one.
///
/// Reminders are private notes for the secretary, never a score or a ranking (DOMAIN.md §2).
public struct Reminder: Hashable, Sendable {
    public var rule: ReminderRule
    /// The day it falls due: a period's last day, a deadline, an anniversary.
    public var due: CalendarDate
    public var severity: ReminderSeverity
    /// One Chinese sentence, e.g. “2026年1月支委会未召开”.
    public var title: String
    /// The meeting kind, for `cadence`.
    public var kind: MeetingKind?
    /// The party group, for a per-group cadence rule.
    public var group: UUID?
    public var groupName: String?
    /// The member it concerns.
    public var member: UUID?
    public var memberName: String?
    /// The record it comes from (task, talk case, commitment, adoption, planned meeting, profile).
    public var ref: UUID?
    /// Stable identity across runs (rule, record and period): `cadence/committee-meeting/branch/2026-01`.
    /// Calendar export derives its UIDs from it, so a re-import updates instead of duplicating.
    public var key: String

    public init(rule: ReminderRule, due: CalendarDate, severity: ReminderSeverity, title: String,
                kind: MeetingKind? = nil, group: UUID? = nil, groupName: String? = nil,
                member: UUID? = nil, memberName: String? = nil, ref: UUID? = nil, key: String) {
        self.rule = rule
        self.due = due
        self.severity = severity
        self.title = title
        self.kind = kind
        self.group = group
        self.groupName = groupName
        self.member = member
        self.memberName = memberName
        self.ref = ref
        self.key = key
    }
}
