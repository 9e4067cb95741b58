import Foundation

/// A talk case's full timeline as a plain Chinese document for the file (存档), written only on
/// the secretary's explicit request (`branchdesk talk export`).
///
/// Every entry on file appears in the order it was recorded, corrected ones included and
/// marked, so the document shows the history as it happened (entries are append-only).
public enum TalkCaseDocument {
    /// The document text, lines separated by `\n`, ending with a newline.
    public static func text(case talk: TalkCase, ledger: Ledger, exportedOn: CalendarDate? = nil) -> String {
        lines(case: talk, ledger: ledger, exportedOn: exportedOn).joined(separator: "\n") + "\n"
    }

    /// The document as lines.
    public static func lines(case talk: TalkCase, ledger: Ledger, exportedOn: CalendarDate? = nil) -> [String] {
        var out = ["党员提醒谈话记录", ""]
        if !ledger.profile.name.isEmpty { out.append("党组织：\(ledger.profile.name)") }
        out.append("谈话对象：\(ledger.memberName(talk.memberId))")
        out.append("立案日期：\(talk.openedOn.iso)（来源：\(talk.origin.chineseName)）")
        out.append("事由：\(talk.reason)")
        out.append("当前阶段：\(talk.currentStage?.chineseName ?? "尚无谈话记录")")
        if let closure = talk.closure {
            out.append("状态：已结案（改正），\(closure.date.iso)：\(closure.reason)")
        } else {
            out.append("状态：进行中")
        }
        out.append("案件编号：\(talk.id.uuidString)")
        out.append("")
        out.append("谈话经过（按记录先后，共 \(talk.entries.count) 条）")
        let number = Dictionary(talk.entries.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        for (index, item) in talk.timeline.enumerated() {
            out.append("")
            out += entryLines(item, number: index + 1, numbers: number)
        }
        if let closure = talk.closure {
            out.append("")
            out.append("结案：\(closure.date.iso) 已改正。\(closure.reason)")
        }
        if let exportedOn {
            out.append("")
            out.append("导出日期：\(exportedOn.iso)")
        }
        return out
    }

    private static func entryLines(_ item: TalkTimelineItem, number: Int, numbers: [UUID: Int]) -> [String] {
        let entry = item.entry
        var out = ["\(number). \(entry.date.iso)  \(entry.stage.chineseName)"]
        func field(_ label: String, _ value: String) {
            let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return }
            let parts = text.components(separatedBy: "\n")
            if parts.count == 1 {
                out.append("   \(label)：\(text)")
            } else {
                out.append("   \(label)：")
                out += parts.map { "     \($0)" }
            }
        }
        if let corrected = item.corrects {
            out.append("   【更正】本条更正第 \(numbers[corrected.id] ?? 0) 条（\(corrected.date.iso) \(corrected.stage.chineseName)）。")
        }
        if let by = item.correctedBy {
            out.append("   【已更正】本条已由第 \(numbers[by] ?? 0) 条更正，不再有效。")
        }
        field("谈话人", entry.heldBy)
        if entry.stage == .branchTalk || !entry.points.isEmpty {
            let checklist = BranchTalkPoint.allCases.map { "\(entry.points.contains($0) ? "☑" : "☐")\($0.chineseName)" }
            field("谈话内容", checklist.joined(separator: "  "))
        }
        field("本人态度", entry.response)
        field("结果", entry.outcome.chineseName)
        field("改正期限", entry.deadline?.iso ?? "")
        field("跟进日期", entry.followUp?.iso ?? "")
        field("书面记录", entry.writtenRecord)
        field("处理方式", entry.action?.chineseName ?? "")
        if entry.referredToDiscipline { field("诫勉谈话", "已会同纪检部门进行") }
        field("跳过或提前升级的理由", entry.skipReason)
        return out
    }
}
