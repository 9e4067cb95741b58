import Foundation
import Model

/// Turns a roster sheet (CSV from Excel or WPS) into a `MemberImportPlan` against the members
/// already on file. Nothing is written here; the command applies the plan.
///
/// - Headers in Chinese are mapped by `MemberSheetColumn`; title rows above the header row
///   (党员花名册 …) are skipped: the header row is the first with a 姓名 column.
/// - Dates in the forms of `ChineseDateParser`; errors name the spreadsheet row (header = row 1).
/// - Groups are matched by name and created when missing (listed in `newGroups`).
/// - Re-importing does not duplicate: a row is the same person as a member on file with the
///   same ID number, else the same name and birth date, else the only member of that name when
///   the sheet or the file lacks both ID number and birth date (a warning says so).
/// - Updates overwrite only what the sheet fills in: a blank cell keeps what is on file, and a
///   masked value (`3201**********1234`, from a masked export) is never written over a real one.
public enum MemberImport {
    /// Problems with the sheet as a whole: nothing can be imported.
    public enum SheetError: Error, Equatable, CustomStringConvertible {
        case unreadable(CSVReader.ReadError)
        case empty
        case noNameColumn(headers: [String])
        case noDataRows(headerRow: Int)

        public var description: String {
            switch self {
            case .unreadable(let error):
                return error.description
            case .empty:
                return "文件是空的，没有可导入的内容。"
            case .noNameColumn(let headers):
                let found = headers.isEmpty ? "" : "（第一行是：\(headers.prefix(8).joined(separator: "、"))）"
                return "找不到“姓名”列\(found)。表头须有“姓名”，其他可识别的列有：性别、民族、出生日期、学历、职务/岗位、党小组、人员类别、入党日期、转正日期、手机、身份证号、党费基数、党费类别、备注。"
            case .noDataRows(let headerRow):
                return "表头（第 \(headerRow) 行）下面没有数据行。"
            }
        }
    }

    /// Reads `url` and plans its import.
    public static func plan(file url: URL, members: [Member], groups: [PartyGroup], today: CalendarDate) throws -> MemberImportPlan {
        try plan(data: Data(contentsOf: url), members: members, groups: groups, today: today)
    }

    /// Plans importing the CSV `data` into a branch with `members` and `groups`.
    public static func plan(data: Data, members: [Member], groups: [PartyGroup], today: CalendarDate) throws -> MemberImportPlan {
        let document: CSVReader.Document
        do {
            document = try CSVReader.read(data)
        } catch let error as CSVReader.ReadError {
            throw SheetError.unreadable(error)
        }
        let rows = document.rows.filter { !$0.isBlank }
        guard let first = rows.first else { throw SheetError.empty }
        guard let header = rows.prefix(10).first(where: { $0.fields.contains { MemberSheetColumn.column(forHeader: $0) == .name } }) else {
            throw SheetError.noNameColumn(headers: first.fields.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let dataRows = rows.filter { $0.number > header.number }
        guard !dataRows.isEmpty else { throw SheetError.noDataRows(headerRow: header.number) }

        var columns: [MemberSheetColumn: Int] = [:]
        var plan = MemberImportPlan(encoding: document.encoding, headerRow: header.number, rowCount: dataRows.count)
        for (index, title) in header.fields.enumerated() {
            let trimmed = title.trimmingCharacters(in: .whitespaces)
            if let column = MemberSheetColumn.column(forHeader: title) {
                if columns[column] == nil {
                    columns[column] = index
                } else {
                    plan.ignoredColumns.append("\(trimmed)（与前面的列重复）")
                }
            } else if !MemberSheetColumn.isIgnored(title) {
                plan.ignoredColumns.append(trimmed)
            }
        }

        var planner = MemberImportPlanner(members: members, groups: groups, columns: columns, today: today)
        for row in dataRows { planner.take(row, into: &plan) }
        plan.newGroups = planner.usedNewGroups
        return plan
    }
}
