import Foundation
import Model
import Persistence

// MARK: - member add

extension MemberCommand {
    static func runAdd(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let name = try args.value("--name") else {
            throw UsageError("请用 --name 给出姓名，例如 branchdesk member add --name 欧阳修 --gender 男 --birth 1979-10-16。")
        }
        let genderText = try args.value("--gender")
        let birth = try date(args.value("--birth"), label: "出生日期")
        let statusText = try args.value("--status")
        let joined = try date(args.value("--joined"), label: "入党日期")
        let full = try date(args.value("--full-date"), label: "转正日期")
        let groupText = try args.value("--group")
        let phone = try args.value("--phone") ?? ""
        let idNumber = (try args.value("--id-number") ?? "").uppercased()
        let baseText = try args.value("--dues-base")
        let categoryText = try args.value("--dues-category")
        try args.finish()

        var gender: Gender?
        if let genderText {
            guard let g = Gender(chinese: genderText) else { throw UsageError("--gender 只能是“男”或“女”，而不是“\(genderText)”。") }
            gender = g
        }
        var base: Decimal?
        if let baseText {
            let digits = baseText.filter { !",元 ".contains($0) }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Decimal(string: digits) else {
                throw UsageError("--dues-base 须是金额（元），如 6350.50，而不是“\(baseText)”。")
            }
            base = value
        }
        var category = DuesCategory.working
        if let categoryText {
            guard let c = DuesCategory(rawValue: categoryText) ?? DuesCategory.allCases.first(where: { $0.chineseName == categoryText }) else {
                let allowed = DuesCategory.allCases.map { "\($0.chineseName)（\($0.rawValue)）" }.joined(separator: "、")
                throw UsageError("--dues-category 只能是 \(allowed)。")
            }
            category = c
        }

        let (store, ledger) = try openRoster(context)
        let groupId = try groupText.map { try group(named: $0, in: ledger.profile).id }
        let status = try statusText.map { try Self.status($0, flag: "--status") }
            ?? PipelineRule.presumedStatus(joined: joined, fullMembership: full, today: context.today)

        var timeline: [StatusEvent] = []
        if let joined { timeline.append(StatusEvent(kind: .admission, date: joined)) }
        if let full { timeline.append(StatusEvent(kind: .fullMembership, date: full)) }
        let member = Member(name: name.trimmingCharacters(in: .whitespaces), gender: gender, ethnicity: "", birthDate: birth,
                            groupId: groupId, phone: phone, idNumber: idNumber, status: status,
                            joinedDate: joined, fullMembershipDate: full, duesBase: base, duesCategory: category,
                            timeline: timeline.sorted { $0.date < $1.date })

        var errors = member.validate(today: context.today) + PipelineRule.consistencyErrors(of: member, today: context.today)
        if !idNumber.isEmpty, let same = ledger.members.first(where: { $0.idNumber.uppercased() == idNumber }) {
            errors.append(ValidationError(field: "idNumber", "台账中已有身份证号相同的\(same.name)（编号 \(same.id.uuidString.prefix(8))）：同一人不要重复新增。"))
        }
        if let birth, let same = ledger.members.first(where: { $0.name == member.name && $0.birthDate == birth }) {
            errors.append(ValidationError(field: "name", "台账中已有同名同出生日期的\(same.name)（编号 \(same.id.uuidString.prefix(8))）：同一人不要重复新增。"))
        }
        guard errors.isEmpty else { throw UsageError(errors.map(\.message).joined(separator: "\n")) }

        let namesakes = ledger.members.filter { $0.name == member.name }
        if !namesakes.isEmpty {
            context.output.err("提示：台账中已有 \(namesakes.count) 名叫\(member.name)的人员；查看或修改时请用编号区分。")
        }
        try store.save(member)
        context.output.out("已新增\(member.statusLabel)\(member.name)（编号 \(member.id.uuidString.prefix(8))）。")
        return 0
    }
}
