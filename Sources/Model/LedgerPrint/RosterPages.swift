import Foundation

/// 党员名册: a roster table first, then one page per member file (档案) with its timeline.
///
/// Phones and ID numbers are masked through `Masking` unless the secretary asks for them
/// (issue #4, #10). Members are listed in `RosterOrder` (group, then pinyin), those on the roll
/// first; members who left during the year are kept, as the paper roster of that year had them.
enum RosterPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions) -> (pages: [PrintPage], sheet: [[String]]) {
        let members = roster(ledger, year: options.year)
        let groups = Dictionary(ledger.profile.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func group(_ m: Member) -> String { m.groupId.flatMap { groups[$0] } ?? "" }
        func phone(_ m: Member) -> String { options.includePrivate ? m.phone : Masking.phone(m.phone) }
        func idNumber(_ m: Member) -> String { options.includePrivate ? m.idNumber : Masking.idNumber(m.idNumber) }

        let privacy = options.includePrivate ? "本名册含完整手机号和身份证号，请妥善保管。" : "手机号和身份证号已部分隐藏。"
        // 党员 are counted apart from the people in the pipeline, whose files are kept here too.
        let party = members.filter { $0.status.isPartyMember || !$0.isOnRoll }
        let pipeline = members.filter { !$0.status.isPartyMember && $0.isOnRoll }
        func rows(_ list: [Member]) -> [[String]] {
            list.enumerated().map { index, m in
                ["\(index + 1)", m.name, m.gender?.chineseName ?? "", group(m).orDash, m.statusLabel,
                 m.joinedDate?.iso ?? "", m.fullMembershipDate?.iso ?? "", phone(m)]
            }
        }
        let header = ["序号", "姓名", "性别", "党小组", "身份", "入党日期", "转正日期", "手机"]
        var overviewBlocks: [PrintBlock] = [.table(caption: "", header: header, rows: rows(party))]
        if !pipeline.isEmpty {
            overviewBlocks.append(.table(caption: "入党申请人、入党积极分子、发展对象（不计入党员人数）", header: header, rows: rows(pipeline)))
        }
        overviewBlocks.append(.note(privacy))
        let overview = PrintPage(heading: "名册（党员 \(party.count) 人）", blocks: overviewBlocks)
        var pages = [overview]
        var sheet = [RosterPages.header]
        for m in party + pipeline {
            var blocks: [PrintBlock] = [
                .field("姓名", m.name),
                .field("性别", m.gender?.chineseName ?? "—"),
                .field("民族", m.ethnicity.orDash),
                .field("出生日期", m.birthDate?.iso ?? "—"),
                .field("学历", m.education.orDash),
                .field("职务/岗位", m.post.orDash),
                .field("党小组", group(m).orDash),
                .field("身份", m.statusLabel),
                .field("入党日期", m.joinedDate?.iso ?? "—"),
                .field("转正日期", m.fullMembershipDate?.iso ?? "—"),
                .field("手机", phone(m).orDash),
                .field("身份证号", idNumber(m).orDash),
                .field("党费", "\(m.duesCategory.chineseName)，基数 \(m.duesBase.map { DuesRule.yuanText($0) + " 元" } ?? "未登记")"),
            ]
            if let floating = m.floating {
                blocks.append(.field("流动情况", "\(floating.category)，\(floating.place)，\(floating.since.iso) 起"))
            }
            if !m.notes.isEmpty { blocks.append(.text("备注", m.notes)) }
            if !m.timeline.isEmpty {
                blocks.append(.table(caption: "身份变化", header: ["日期", "事项", "说明"],
                                     rows: m.timeline.map { [$0.date.iso, $0.kind.chineseName, $0.note] }))
            }
            pages.append(PrintPage(heading: "党员档案：\(m.name)", blocks: blocks))
            sheet.append([m.name, m.gender?.chineseName ?? "", m.ethnicity, m.birthDate?.iso ?? "", m.education, m.post,
                          group(m), m.statusLabel, m.joinedDate?.iso ?? "", m.fullMembershipDate?.iso ?? "", phone(m),
                          // Excel would round 18 digits to 15: a full ID number is written as a formula string.
                          options.includePrivate && !m.idNumber.isEmpty ? "=\"\(m.idNumber)\"" : idNumber(m),
                          m.duesBase.map(DuesRule.yuanText) ?? "", m.duesCategory.chineseName,
                          m.floating.map { "\($0.category)，\($0.place)，\($0.since.iso) 起" } ?? "", m.notes])
        }
        return (pages, sheet)
    }

    static let header = ["姓名", "性别", "民族", "出生日期", "学历", "职务", "党小组", "人员类别", "入党日期", "转正日期",
                         "手机", "身份证号", "党费基数", "党费类别", "流动情况", "备注"]

    /// On the roll now, then those who left during `year` (their exit dated that year), each in roster order.
    static func roster(_ ledger: Ledger, year: Int) -> [Member] {
        let exits: Set<StatusTransition> = [.transferOut, .deceased, .left]
        let sorted = RosterOrder.sorted(ledger.members, groups: ledger.profile.groups)
        let leftThisYear = sorted.filter { m in
            !m.isOnRoll && m.timeline.contains { exits.contains($0.kind) && $0.date.year == year }
        }
        return sorted.filter(\.isOnRoll) + leftThisYear
    }
}
