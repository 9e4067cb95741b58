import Foundation

/// 党员承诺践诺台账: one page per member's commitment of the year — pledges, progress with
/// volunteer hours, and the year-end review (DOMAIN.md §7; seed: 省地震局 党员目标承诺制).
enum CommitmentPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions) -> (pages: [PrintPage], sheet: [[String]]) {
        let order = Dictionary(RosterOrder.sorted(ledger.members, groups: ledger.profile.groups).enumerated().map { ($0.element.id, $0.offset) },
                               uniquingKeysWith: { a, _ in a })
        let commitments = ledger.commitments.filter { $0.year == options.year }
            .sorted { (order[$0.memberId] ?? Int.max, $0.id.uuidString) < (order[$1.memberId] ?? Int.max, $1.id.uuidString) }
        var pages: [PrintPage] = []
        var sheet = [header]
        for c in commitments {
            let name = ledger.memberName(c.memberId)
            let group = ledger.member(c.memberId).flatMap { ledger.profile.group($0.groupId)?.name } ?? ""
            var blocks: [PrintBlock] = [
                .field("党员", name),
                .field("党小组", group.orDash),
                .field("公开承诺", c.isPublic ? "是" : "否"),
            ]
            if !c.pioneerPost.isEmpty { blocks.append(.field("先锋岗 / 责任区", c.pioneerPost)) }
            blocks.append(.table(caption: "承诺事项", header: ["序号", "类别", "内容"],
                                 rows: c.pledges.enumerated().map { ["\($0.offset + 1)", $0.element.category, $0.element.text] }))
            blocks.append(.table(caption: "践诺记录", header: ["日期", "内容", "小时"],
                                 rows: c.progress.map { [$0.date.iso, $0.text, $0.hours == 0 ? "" : Commitment.hoursText($0.hours)] }))
            blocks.append(.field("义工时数", "\(Commitment.hoursText(c.volunteerHours)) 小时"))
            blocks.append(.text("自我评价", c.review?.selfAssessment.orDash ?? "—"))
            blocks.append(.field("评定等次", c.review?.grade?.chineseName ?? "未评定"))
            blocks.append(.text("支部意见", c.review?.secretaryComment.orDash ?? "—"))
            pages.append(PrintPage(heading: "承诺践诺：\(name)", blocks: blocks))
            sheet.append([name, group, "\(c.year)", c.pledges.map { "\($0.category)：\($0.text)" }.joined(separator: "\n"),
                          c.isPublic ? "是" : "否", c.pioneerPost,
                          c.progress.map { "\($0.date.iso) \($0.text)" }.joined(separator: "\n"),
                          Commitment.hoursText(c.volunteerHours), c.review?.selfAssessment ?? "",
                          c.review?.grade?.chineseName ?? "", c.review?.secretaryComment ?? ""])
        }
        return (pages, sheet)
    }

    static let header = ["姓名", "党小组", "年度", "承诺事项", "公开承诺", "先锋岗", "践诺记录", "义工时数", "自我评价", "评定等次", "支部意见"]
}
