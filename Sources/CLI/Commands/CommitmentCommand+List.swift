import Foundation
import Model
import Persistence

// MARK: - commitment list / show

extension CommitmentCommand {
    struct Entry: Encodable {
        var member: String
        var commitment: Commitment
    }

    struct Pending: Encodable {
        var member: String
        var memberId: UUID
        var missing: [CommitmentReviewProgress.Missing]
    }

    struct ListJSON: Encodable {
        var year: Int
        var commitments: [Entry]
        var pendingReview: [Pending]
    }

    static func list(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let year = try year(&args, context: context)
        try args.finish()
        let scope = try scope(context, year: year)
        // A member sees their own record only: no other name is printed (DOMAIN.md §7).
        let members = scope.asMember.map { [$0] } ?? MemberCommand.sorted(scope.members, groups: [])
        let ids = Set(members.map(\.id))
        let order = Dictionary(members.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let shown = scope.commitments.filter { ids.contains($0.memberId) }.sorted { (order[$0.memberId] ?? .max) < (order[$1.memberId] ?? .max) }
        let pending = CommitmentReviewProgress(year: year, members: members, commitments: shown).pending

        if context.options.format == .json {
            try context.output.json(ListJSON(year: year, commitments: shown.map { Entry(member: scope.name($0.memberId), commitment: $0) },
                                             pendingReview: pending.map { Pending(member: $0.member.name, memberId: $0.member.id, missing: $0.missing) }))
            return 0
        }
        let out = context.output.out
        if shown.isEmpty {
            out(scope.asMember == nil ? "\(year) 年还没有登记承诺。" : "你 \(year) 年还没有登记承诺，请联系书记。")
        } else {
            var rows = [["姓名", "承诺", "践诺", "义工时长", "公开", "自我评价", "评议等次"]]
            for c in shown {
                rows.append([scope.name(c.memberId), "\(c.pledges.count) 项", "\(c.progress.count) 条", "\(Commitment.hoursText(c.volunteerHours)) 小时",
                             c.isPublic ? "是" : "否", c.hasSelfAssessment ? "已写" : "未写", c.review?.grade?.chineseName ?? "—"])
            }
            MemberTable.render(rows).forEach(out)
            out("共 \(shown.count) 人（\(year) 年）。")
        }
        if scope.asMember == nil, !pending.isEmpty {
            out("")
            out("尚未完成年终评议（\(pending.count) 人）：")
            for p in pending { out("  \(p.member.name)：\(p.missing.map(\.chineseName).joined(separator: "、"))") }
        }
        return 0
    }

    static func show(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let year = try year(&args, context: context)
        let query = args.positional()
        try args.finish()
        let scope = try scope(context, year: year)
        let member = try subject(query, in: scope, flag: "姓名或编号")
        guard let c = scope.commitments.first(where: { $0.memberId == member.id }) else {
            throw CommitmentFailure("\(member.name) \(year) 年还没有登记承诺。")
        }
        if context.options.format == .json {
            try context.output.json(Entry(member: member.name, commitment: c))
            return 0
        }
        let out = context.output.out
        out("\(member.name) \(year) 年承诺" + (c.isPublic ? "（公开承诺）" : "（不公开）") + (c.pioneerPost.isEmpty ? "" : "　先锋岗/责任区：\(c.pioneerPost)"))
        c.pledges.forEach { out("  【\($0.category)】\($0.text)") }
        out("践诺情况（义工时长共 \(Commitment.hoursText(c.volunteerHours)) 小时）：")
        if c.progress.isEmpty { out("  （暂无）") }
        for p in c.progress { out("  \(p.date.iso)  \(p.text)" + (p.hours > 0 ? "（\(Commitment.hoursText(p.hours)) 小时）" : "")) }
        out("自我评价：" + (c.hasSelfAssessment ? c.review!.selfAssessment : "（尚未填写）"))
        out("民主评议：" + (c.review?.grade?.chineseName ?? "（尚未评定）"))
        if let comment = c.review?.secretaryComment, !comment.isEmpty { out("书记评语：\(comment)") }
        return 0
    }
}
