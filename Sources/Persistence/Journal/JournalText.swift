import Foundation
import Model

/// A journal entry in words, for `branchdesk undo --list` and the workbench's `u`:
/// "三会一课 2026-03-05 支委会“学习…” 新建", and what undoing it would do.
public enum JournalText {
    /// The record an entry concerns: ledger name and the record in a few words.
    public static func subject(_ entry: JournalEntry, memberName: (UUID) -> String) -> String {
        guard let kind = entry.ledgerKind else { return "整个台账" }
        let value = entry.after.isNull ? entry.before : entry.after
        let words = withoutActuallyEscaping(memberName) { names in (try? kind.perform(Describe(value: value, memberName: names))) ?? nil }
        return kind.chineseName + (words.map { " \($0)" } ?? "")
    }

    /// 新建 / 修改 / 删除 / 撤销 / 从备份恢复, with what changed in a talk case (the audit trail).
    public static func action(_ entry: JournalEntry) -> String {
        switch entry.operation {
        case .restore: return "从备份 \(entry.backup ?? "") 恢复"
        case .undo: return "撤销（\(entry.change == .created ? "恢复" : entry.change == .deleted ? "删除" : "改回")）"
        case .save, .delete: break
        }
        var text = entry.change.chineseName
        if entry.ledgerKind == .talks, let after = try? entry.after.decoded(TalkCase.self) {
            let before = (try? entry.before.decoded(TalkCase.self)) ?? nil
            if after.closure != nil, before?.closure == nil, let closure = after.closure {
                text += "：结案（\(closure.date.iso)）"
            } else if after.entries.count > (before?.entries.count ?? 0), let last = after.entries.last {
                text += "：记录\(last.stage.chineseName)（\(last.date.iso)，\(last.outcome.chineseName)）"
            }
        }
        return text
    }

    /// What `undo` would do to this entry.
    public static func undoEffect(_ entry: JournalEntry) -> String {
        switch entry.change {
        case .created: return "撤销将删除这条记录"
        case .modified: return "撤销将改回修改前的内容"
        case .deleted: return "撤销将恢复这条记录"
        }
    }

    /// `2026-12-04 18:20`, in the local time zone.
    public static func time(_ date: Date) -> String { LocalTime(date).text }

    /// One line of the list: time, who, what, how.
    public static func line(_ entry: JournalEntry, undone: Bool, memberName: (UUID) -> String) -> String {
        "\(time(entry.time))  \(entry.actor.chinese)  \(subject(entry, memberName: memberName))  \(action(entry))" + (undone ? "（已撤销）" : "")
    }

    private struct Describe: StoredRecordAction {
        let value: JSONValue
        let memberName: (UUID) -> String

        func run<R: StoredRecord>(_ type: R.Type) throws -> String? {
            guard let record = try value.decoded(R.self) else { return nil }
            switch record {
            case let meeting as Meeting: return "\(meeting.date.iso) \(meeting.kind.chineseName)“\(short(meeting.topic))”"
            case let member as Member: return member.name
            case let talk as TalkCase: return "\(memberName(talk.memberId))（\(talk.openedOn.iso) 立案）"
            case let log as FiveOnesLog: return "\(log.date.iso) \(log.period.chinese)" + (log.note.isEmpty ? "" : "“\(short(log.note))”")
            case let template as FiveOnesTemplate: return "“\(template.name)”"
            case let adoption as FiveOnesAdoption: return adoption.period.chinese
            case let rule as CadenceRule: return rule.kind.chineseName
            case let analysis as ConductAnalysis: return "\(analysis.date.iso) \(analysis.period.chinese)"
            case let task as LiaisonTask: return "“\(short(task.title))”（\(task.due.iso) 到期）"
            case let commitment as Commitment: return "\(memberName(commitment.memberId)) \(commitment.year) 年"
            case let payment as DuesPayment: return "\(memberName(payment.memberId)) \(payment.month.iso)"
            default: return nil
            }
        }

        private func short(_ text: String) -> String {
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return line.count > 16 ? String(line.prefix(16)) + "…" : line
        }
    }
}
