import Foundation
import Model

/// An unsaved form kept when the workbench is stopped with it open: SIGTERM, SIGHUP (the
/// window was closed) or Ctrl-C answered with y (issue #9: “the draft is kept and offered on
/// next start”). It holds what was typed, field by field, not the screen: on restore the form
/// is rebuilt from the current ledger and the values are put back, so a draft never carries
/// stale computed values (应到/实到, the vote threshold).
///
/// PINs are never kept. Talk-case drafts are kept only for the secretary, who alone sees them,
/// and are offered only to the same role.
public struct FormDraft: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case meeting, member, talkStage, talkOpen, talkClose
    }

    public var kind: Kind
    /// The record being edited (the talk case for a stage or a closing); nil for a new one.
    public var recordId: UUID?
    /// Field id → value, as `Form.value(of:)` reads it.
    public var values: [String: String]
    /// 三会一课: the attendance as marked in the picker.
    public var attendance: [Attendance]?
    /// Who typed it (`Role.draftOwner`): a draft is offered only to the same role.
    public var owner: String
    /// When it was kept, for the question on the next start (“2026-12-04 18:30”).
    public var keptAt: String
    /// What the form was, in words (“新建会议记录”).
    public var title: String
    /// For a meeting being edited: the year its record is kept in. The next start reads only
    /// the recent years; without this an older meeting's draft looked gone and was deleted.
    public var year: Int? = nil

    /// What the restore question shows, e.g. “新建会议记录（议题：学习党章）”.
    public var summary: String {
        let hint = values["topic"].flatMap { $0.isEmpty ? nil : "议题：\($0)" }
            ?? values["name"].flatMap { $0.isEmpty ? nil : "姓名：\($0)" }
        return hint.map { "\(title)（\($0)）" } ?? title
    }

    static func values(of form: Form) -> [String: String] {
        var values: [String: String] = [:]
        for field in form.fields {
            switch field.kind {
            case .readOnly, .action: continue
            default: values[field.id] = field.value
            }
        }
        return values
    }

    static func restore(_ values: [String: String], into form: inout Form) {
        for (id, value) in values where form[id] != nil { form.setValue(value, of: id) }
        form.markDirty()
    }
}

extension Role {
    /// The role as a draft's owner: "secretary", "liaison" or "member:UUID".
    var draftOwner: String {
        switch self {
        case .secretary: return "secretary"
        case .liaison: return "liaison"
        case .member(let id): return "member:\(id.uuidString)"
        }
    }
}

extension AppState {
    /// The open form as a draft, when it has unsaved changes worth keeping.
    public func formDraft(keptAt: String) -> FormDraft? {
        let owner = role.draftOwner
        switch overlay {
        case .meetingForm(let f)?:
            guard f.form.isDirty else { return nil }
            return FormDraft(kind: .meeting, recordId: f.original?.id, values: FormDraft.values(of: f.form),
                             attendance: f.attendance, owner: owner, keptAt: keptAt, title: f.title, year: f.original?.date.year)
        case .memberForm(let f)?:
            guard f.form.isDirty else { return nil }
            return FormDraft(kind: .member, recordId: f.original?.id, values: FormDraft.values(of: f.form),
                             attendance: nil, owner: owner, keptAt: keptAt, title: f.title)
        case .talkForm(let f)?:
            guard f.form.isDirty, role == .secretary else { return nil }
            let (kind, id): (FormDraft.Kind, UUID?) = {
                switch f.mode {
                case .stage(let talk): return (.talkStage, talk.id)
                case .open: return (.talkOpen, nil)
                case .close(let talk): return (.talkClose, talk.id)
                }
            }()
            return FormDraft(kind: kind, recordId: id, values: FormDraft.values(of: f.form),
                             attendance: nil, owner: owner, keptAt: keptAt, title: f.title)
        default:
            return nil
        }
    }

    /// Opens the form a draft came from, with what was typed; false when it no longer fits
    /// (the record it edited is gone, or the draft is someone else's).
    public mutating func restore(_ draft: FormDraft) -> Bool {
        guard draft.owner == role.draftOwner else { return false }
        let content = Layout(width: width, height: height, section: section).content
        switch draft.kind {
        case .meeting:
            var form: MeetingForm
            if let id = draft.recordId {
                guard let meeting = ledger.meetings.first(where: { $0.id == id }) else { return false }
                form = MeetingForm.edit(meeting, ledger: ledger)
            } else {
                form = MeetingForm.new(ledger: ledger, today: today)
            }
            FormDraft.restore(draft.values, into: &form.form)
            if let attendance = draft.attendance {
                form.attendance = attendance
                form.attendanceTouched = true
            }
            form.refreshComputed(ledger: ledger)
            section = .meetings
            form.fit(content)
            overlay = .meetingForm(form)
        case .member:
            var form: MemberForm
            if let id = draft.recordId {
                guard let member = ledger.member(id) else { return false }
                form = MemberForm.edit(member, ledger: ledger)
            } else {
                form = MemberForm.new(ledger: ledger)
            }
            FormDraft.restore(draft.values, into: &form.form)
            section = .members
            form.fit(content)
            overlay = .memberForm(form)
        case .talkStage, .talkOpen, .talkClose:
            guard role == .secretary else { return false }
            var form: TalkForm
            if draft.kind == .talkOpen {
                form = TalkForm.open(ledger: ledger, today: today)
            } else {
                guard let id = draft.recordId, let talk = ledger.talkCases.first(where: { $0.id == id }) else { return false }
                form = draft.kind == .talkStage ? TalkForm.stage(for: talk, ledger: ledger, today: today)
                                                : TalkForm.close(talk, today: today)
            }
            FormDraft.restore(draft.values, into: &form.form)
            section = .talks
            form.panel.fit(content)
            overlay = .talkForm(form)
        }
        return true
    }
}
