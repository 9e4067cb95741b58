import Foundation
import Model

/// Member files as a roster sheet: the same headers `MemberImport` reads, so an exported sheet
/// can be edited in Excel and imported back without creating duplicates.
///
/// ID numbers and phones are masked (`Masking`) unless `includePrivate`; a masked cell read back
/// by the import keeps the real value on file. Unmasked ID numbers are written as `="…"` so Excel
/// keeps all 18 digits instead of rounding them to 15 (the import removes the wrapper again).
public enum MemberExport {
    /// The columns, in order.
    public static let columns: [MemberSheetColumn] = [
        .name, .gender, .ethnicity, .birthDate, .education, .post, .group, .status,
        .joinedDate, .fullMembershipDate, .phone, .idNumber, .duesBase, .duesCategory, .notes,
    ]

    /// The header row and one row per member, in the order given.
    public static func rows(_ members: [Member], groups: [PartyGroup], includePrivate: Bool) -> [[String]] {
        let groupNames = Dictionary(groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows = [columns.map(\.header) + ["流动情况"]]
        for m in members {
            let phone = includePrivate ? m.phone : Masking.phone(m.phone)
            let id = m.idNumber.isEmpty ? "" : includePrivate ? "=\"\(m.idNumber)\"" : Masking.idNumber(m.idNumber)
            let floating = m.floating.map { "\($0.category)，\($0.place)，\($0.since.iso) 起" } ?? ""
            rows.append([
                m.name, m.gender?.chineseName ?? "", m.ethnicity, m.birthDate?.iso ?? "", m.education, m.post,
                m.groupId.flatMap { groupNames[$0] } ?? "", m.status.chineseName,
                m.joinedDate?.iso ?? "", m.fullMembershipDate?.iso ?? "", phone, id,
                m.duesBase.map(DuesRule.yuanText) ?? "", m.duesCategory.chineseName, m.notes, floating,
            ])
        }
        return rows
    }

    /// The sheet as a file Excel opens directly (UTF-8 with BOM, CRLF).
    public static func fileData(_ members: [Member], groups: [PartyGroup], includePrivate: Bool) -> Data {
        CSVWriter.fileData(rows(members, groups: groups, includePrivate: includePrivate))
    }
}
