import Foundation
import Model
import Persistence

/// The assessment as a plain-text table for the terminal: widths in cells (CJK = 2).
enum AssessmentSheet {
    static let nameWidth = 34

    static func lines(_ a: Assessment, setup: AssessmentSetup, ledger: Ledger, evidence: Bool) -> [String] {
        var lines = [
            "\(ledger.profile.name) \(a.year) 年度党建工作自评（今天 \(a.today.iso)）",
            "评分细则：\(a.rubric.name)（\(setup.isBranchRubric ? "本支部的细则" : "默认细则")：\(setup.rubricFile)）",
            "只评支部台账，不对党员个人评分或排名。",
            "",
        ]
        func row(_ number: String, _ name: String, _ earned: String, _ max: String, _ info: String) -> String {
            DisplayWidth.pad(number, toWidth: 6) + DisplayWidth.pad(DisplayWidth.truncate(name, toWidth: nameWidth), toWidth: nameWidth)
                + DisplayWidth.pad(earned, toWidth: 6, alignment: .right) + DisplayWidth.pad(max, toWidth: 6, alignment: .right) + "  " + info
        }
        let indent = String(repeating: " ", count: 6 + nameWidth + 12 + 2)
        lines.append(row("编号", "项目", "得分", "满分", "情况"))
        for category in a.categories {
            lines.append(row("", category.heading, Assessment.pointsText(category.earned), String(category.points), ""))
            for item in category.items {
                lines.append(row(item.number, item.item.name, item.earnedText, String(item.item.points), item.summary))
                for gap in item.missing { lines.append(indent + "· " + gap) }
                if evidence {
                    for record in item.evidence { lines.append(indent + "依据：" + record.line) }
                } else if !item.evidence.isEmpty {
                    lines.append(indent + "依据：\(item.evidence.count) 条记录（--evidence 列出）")
                }
            }
        }
        lines.append("")
        lines.append(row("", "合计", Assessment.pointsText(a.earned), String(AssessmentRubric.total), ""))
        if !a.unscored.isEmpty {
            let points = a.unscored.reduce(0) { $0 + $1.item.points }
            lines.append("手工评分 \(a.unscored.count) 项待评（共 \(points) 分）：\(a.unscored.map(\.number).joined(separator: "、"))。")
            lines.append("用 branchdesk assess score 编号 --year \(a.year) --points 分数 --note 评分依据 记分。")
        }
        return lines
    }
}
