import Foundation
import Model
import Persistence

// MARK: - member list

extension MemberCommand {
    static func runList(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let statusText = try args.value("--status")
        let groupText = try args.value("--group")
        let all = args.flag("--all")
        let includePrivate = args.flag("--include-private")
        try args.finish()
        let (_, ledger) = try openRoster(context)

        var members = ledger.members
        var described: [String] = []
        if let statusText {
            if ["流动", "流动党员", "floating"].contains(statusText) {
                members = members.filter { $0.floating != nil }
                described.append("流动党员")
            } else {
                let wanted = try Self.status(statusText, flag: "--status")
                members = members.filter { $0.status == wanted }
                described.append(wanted.chineseName)
            }
        } else if !all {
            // Those who left are history (issue #4): listed on request, not by default.
            members = members.filter(\.isOnRoll)
        }
        var inGroup: (Member) -> Bool = { _ in true }
        if let groupText {
            let wanted = try Self.group(named: groupText, in: ledger.profile)
            inGroup = { $0.groupId == wanted.id }
            members = members.filter(inGroup)
            described.append(wanted.name)
        }
        members = sorted(members, groups: ledger.profile.groups)

        if context.options.format == .json {
            try context.output.json(members.map { masked($0, includePrivate: includePrivate) })
            return 0
        }
        let groupNames = Dictionary(ledger.profile.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Ids only where two people share a name: that is when `member show` needs one.
        let namesakes = Set(Dictionary(grouping: members, by: \.name).filter { $0.value.count > 1 }.keys)
        var rows = [["姓名", "性别", "党小组", "人员类别", "入党日期", "手机"] + (namesakes.isEmpty ? [] : ["编号"])]
        for m in members {
            rows.append([m.name, m.gender?.chineseName ?? "", m.groupId.flatMap { groupNames[$0] } ?? "", m.statusLabel,
                         m.joinedDate?.iso ?? "", includePrivate ? m.phone : Masking.phone(m.phone)]
                        + (namesakes.isEmpty ? [] : [namesakes.contains(m.name) ? m.id.uuidString : ""]))
        }
        if members.isEmpty {
            context.output.out("没有符合条件的人员。")
        } else {
            MemberTable.render(rows).forEach(context.output.out)
        }
        let scope = described.isEmpty ? (all ? "全部" : "在册") : described.joined(separator: "、")
        var summary = "共 \(members.count) 人（\(scope)）。"
        if statusText == nil, !all {
            let away = ledger.members.filter { !$0.isOnRoll && inGroup($0) }.count
            if away > 0 { summary += "另有 \(away) 人已转出、去世或离开，用 --all 一并列出。" }
        }
        context.output.out(summary)
        return 0
    }
}
