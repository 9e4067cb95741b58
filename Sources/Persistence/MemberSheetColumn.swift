import Foundation
import Model

/// A column of a member roster sheet (党员花名册), recognised by the headers branches use.
///
/// Headers are compared after removing spaces (half- and full-width), anything in
/// parentheses (出生日期（年月日）, 党费基数(元)), a trailing colon and the `*` that marks
/// required columns, so the same sheet exported by Excel, WPS or a 党建 system is understood.
public enum MemberSheetColumn: String, CaseIterable, Sendable {
    case name, gender, ethnicity, birthDate, education, post, group, status
    case joinedDate, fullMembershipDate, phone, idNumber, duesBase, duesCategory, notes

    /// The header BranchDesk writes on export (and the first alias on import).
    public var header: String { Self.aliases[self]![0] }

    static let aliases: [MemberSheetColumn: [String]] = [
        .name: ["姓名", "党员姓名", "名字"],
        .gender: ["性别"],
        .ethnicity: ["民族"],
        .birthDate: ["出生日期", "出生年月", "出生年月日", "出生时间", "生日"],
        .education: ["学历", "文化程度", "最高学历"],
        .post: ["职务/岗位", "职务", "岗位", "职务岗位", "工作岗位", "职务职级", "职级", "职务或岗位"],
        .group: ["党小组", "所在党小组", "小组", "所属党小组"],
        .status: ["人员类别", "身份", "党员类别", "党员身份", "类别", "状态", "党籍状态", "政治面貌"],
        .joinedDate: ["入党日期", "入党时间", "加入党组织日期", "入党年月"],
        .fullMembershipDate: ["转正日期", "转正时间", "转为正式党员日期", "转正年月"],
        .phone: ["手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话"],
        .idNumber: ["身份证号", "身份证号码", "公民身份号码", "身份证", "公民身份证号"],
        .duesBase: ["党费基数", "缴费基数", "党费计算基数", "月收入", "月工资收入"],
        .duesCategory: ["党费类别", "缴费类别", "党费缴纳类别", "交纳类别"],
        .notes: ["备注", "说明"],
    ]

    /// Headers known and deliberately not imported (no warning for them).
    static let ignored: Set<String> = ["序号", "编号", "流动情况", "年龄", "党龄"]

    private static let byAlias: [String: MemberSheetColumn] = {
        var map: [String: MemberSheetColumn] = [:]
        for (column, names) in aliases { for name in names { map[normalize(name)] = column } }
        return map
    }()

    /// The column a header names, or nil.
    public static func column(forHeader header: String) -> MemberSheetColumn? {
        byAlias[normalize(header)]
    }

    static func isIgnored(_ header: String) -> Bool {
        let key = normalize(header)
        return key.isEmpty || ignored.contains(key)
    }

    /// `出生日期（年月日）*` → `出生日期`.
    static func normalize(_ header: String) -> String {
        var text = header.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        return text.filter { !$0.isWhitespace && !"*＊:：\u{FEFF}".contains($0) }
    }
}
