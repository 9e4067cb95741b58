import Foundation
import Model
import Persistence

extension FiveOnesCommand {
    /// `fiveones templates`: the branch's templates with their period, numbered items (the
    /// numbers `fiveones log --item` takes) and the spans they are adopted for.
    static func templates(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        try args.finish()
        let store = try context.openStore()
        let ledger = try store.load(years: [])
        try refuseUnreadable(store, files: [LedgerKind.fiveOnesTemplates.path, LedgerKind.fiveOnesAdoptions.path],
                             doing: "无法列出模板")
        let adoptions = ledger.fiveOnesAdoptions.sorted { $0.period < $1.period }
        if context.options.format == .json {
            try context.output.json(ledger.fiveOnesTemplates.map { template in
                TemplateJSON(template, adoptions: adoptions.filter { $0.templateId == template.id }, ledger: ledger)
            })
            return 0
        }
        guard !ledger.fiveOnesTemplates.isEmpty else {
            context.output.out("本支部还没有“五个一”模板。")
            return 0
        }
        let idLength = FiveOnesTemplateLookup.shortIdLength(ledger.fiveOnesTemplates)
        for (index, template) in ledger.fiveOnesTemplates.enumerated() {
            if index > 0 { context.output.out("") }
            let source = template.source.isEmpty ? "" : "（\(template.source)）"
            context.output.out("\(template.name)\(source)  \(template.period.chineseName) · \(template.level.chineseName) · 编号 \(template.id.uuidString.prefix(idLength))")
            for (i, item) in template.items.enumerated() {
                context.output.out("  \(i + 1) \(item)")
            }
            let mine = adoptions.filter { $0.templateId == template.id }
            if mine.isEmpty {
                context.output.out("  尚未开展")
            } else {
                let spans = mine.map { adoption -> String in
                    let households = adoption.households.isEmpty ? "" : "，结对户 \(adoption.households.map(\.name).joined(separator: "、"))"
                    return "\(adoption.period.chinese)\(households)"
                }
                context.output.out("  已开展：\(spans.joined(separator: "；"))")
            }
        }
        return 0
    }

    /// One template in JSON.
    struct TemplateJSON: Encodable {
        var id: UUID
        var name: String
        var source: String
        var period: String
        var periodName: String
        var level: String
        var items: [ItemJSON]
        var adoptions: [AdoptionJSON]

        init(_ template: FiveOnesTemplate, adoptions: [FiveOnesAdoption], ledger: Ledger) {
            id = template.id
            name = template.name
            source = template.source
            period = template.period.rawValue
            periodName = template.period.chineseName
            level = template.level.rawValue
            items = template.items.enumerated().map { ItemJSON(number: $0.offset + 1, name: $0.element) }
            self.adoptions = adoptions.map { AdoptionJSON($0, ledger: ledger) }
        }
    }

    struct ItemJSON: Encodable {
        var number: Int
        var name: String
    }

    /// One adoption in JSON, with the paired members named.
    struct AdoptionJSON: Encodable {
        var id: UUID
        var period: String
        var households: [HouseholdJSON]

        init(_ adoption: FiveOnesAdoption, ledger: Ledger) {
            id = adoption.id
            period = adoption.period.code
            households = adoption.households.map { HouseholdJSON($0, ledger: ledger) }
        }
    }

    struct HouseholdJSON: Encodable {
        var id: UUID
        var name: String
        var pairedMemberId: UUID
        var pairedMember: String

        init(_ household: Household, ledger: Ledger) {
            id = household.id
            name = household.name
            pairedMemberId = household.pairedMemberId
            pairedMember = ledger.memberName(household.pairedMemberId)
        }
    }
}
