import Foundation

extension FiveOnesAdoption {
    /// Rules for adopting a template (issue #5): the span holds at least one whole period of the
    /// template's kind, households are listed exactly for per-household schemes (盐城 牵手致富),
    /// each with a member of the branch, and the same template is not adopted twice for
    /// overlapping spans (a deed would count twice).
    public func validate(in ledger: Ledger) -> [ValidationError] {
        guard let template = ledger.fiveOnesTemplates.first(where: { $0.id == templateId }) else {
            return [ValidationError(field: "templateId", "引用的“五个一”模板不存在。")]
        }
        var errors: [ValidationError] = []
        if periods(for: template).isEmpty {
            errors.append(ValidationError(field: "period", "\(template.quotedName)\(template.period.chineseName)开展，开展期间 \(period.chinese) 不含完整的一期；请按 \(period.firstDay.year) 年开展。"))
        }
        if template.period == .pairing {
            if households.isEmpty {
                errors.append(ValidationError(field: "households", "\(template.quotedName)按结对户开展，须列出结对户及结对党员。"))
            }
        } else if !households.isEmpty {
            errors.append(ValidationError(field: "households", "\(template.quotedName)\(template.period.chineseName)开展，不按结对户开展，不能列出结对户。"))
        }
        var names = Set<String>()
        for household in households {
            let name = household.name.trimmingCharacters(in: .whitespaces)
            errors += TextRule.required(household.name, field: "households", label: "结对户名称", limit: TextRule.nameLimit)
            if !name.isEmpty, !names.insert(name).inserted {
                errors.append(ValidationError(field: "households", "结对户“\(name)”列了两次。"))
            }
            if ledger.member(household.pairedMemberId) == nil {
                errors.append(ValidationError(field: "households", "结对户“\(name)”的结对党员不在本支部党员名单中。"))
            }
        }
        for other in ledger.fiveOnesAdoptions where other.id != id && other.templateId == templateId && other.overlaps(period) {
            errors.append(ValidationError(field: "period", "\(template.quotedName)已按 \(other.period.chinese) 开展（编号 \(other.id.uuidString.prefix(8))），开展期间不能重叠。"))
        }
        return errors
    }
}
