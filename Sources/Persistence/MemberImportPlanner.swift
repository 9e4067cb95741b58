import Foundation
import Model

/// Works through a roster sheet row by row for `MemberImport`: reads the cells, finds the
/// member each row is about, builds the new or updated file and checks it by the rules.
struct MemberImportPlanner {
    private let today: CalendarDate
    private let columns: [MemberSheetColumn: Int]
    private let byId: [String: [Member]]
    private let byNameAndBirth: [String: [Member]]
    private let byName: [String: [Member]]
    private var groupIds: [String: UUID]
    private var newGroups: [String: PartyGroup] = [:]
    private(set) var usedNewGroups: [PartyGroup] = []
    /// Existing members already matched, by id, and the row that matched them.
    private var matched: [UUID: Int] = [:]
    /// New people seen so far, for duplicates within the sheet.
    private var newById: [String: Int] = [:]
    private var newByName: [String: [(row: Int, id: String?, birth: CalendarDate?)]] = [:]

    init(members: [Member], groups: [PartyGroup], columns: [MemberSheetColumn: Int], today: CalendarDate) {
        self.today = today
        self.columns = columns
        byId = Dictionary(grouping: members.filter { !$0.idNumber.isEmpty }, by: { $0.idNumber.uppercased() })
        byNameAndBirth = Dictionary(grouping: members.filter { $0.birthDate != nil }, by: { Self.key($0.name, $0.birthDate!) })
        byName = Dictionary(grouping: members, by: \.name)
        groupIds = Dictionary(groups.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    private static func key(_ name: String, _ birth: CalendarDate) -> String { name + "|" + birth.iso }

    /// The values a row gives; nil where its cell is blank or the column is absent.
    private struct Values {
        var name = ""
        var gender: Gender?
        var ethnicity: String?
        var birthDate: CalendarDate?
        var education: String?
        var post: String?
        var group: String?
        var status: MemberStatus?
        var floating = false
        var joinedDate: CalendarDate?
        var fullMembershipDate: CalendarDate?
        var phone: String?
        var idNumber: String?
        var duesBase: Decimal?
        var duesCategory: DuesCategory?
        var notes: String?
    }

    // MARK: - One row

    mutating func take(_ row: CSVReader.Row, into plan: inout MemberImportPlan) {
        var errors: [String] = []
        var warnings: [String] = []
        let values = read(row, errors: &errors, warnings: &warnings)
        func finish() {
            plan.errors += errors.map { .init(row: row.number, name: values.name, message: $0) }
            plan.warnings += warnings.map { .init(row: row.number, name: values.name, message: $0) }
        }
        guard errors.isEmpty else { return finish() }

        let existing: Member?
        switch match(values, warnings: &warnings) {
        case .existing(let member): existing = member
        case .newPerson: existing = nil
        case .undecidable(let message):
            errors.append(message)
            return finish()
        }
        if let duplicate = duplicateRow(of: values, existing: existing) {
            errors.append("与第 \(duplicate) 行是同一人，请合并为一行。")
            return finish()
        }

        var (member, newGroup) = build(values, onto: existing)
        if values.floating {
            warnings.append("人员类别为流动党员：外出类别、地点和开始日期请在档案中补登（登记“外出流动”）。")
        }
        var problems = member.validate(today: today) + PipelineRule.consistencyErrors(of: member, today: today)
        if let group = values.group { problems += TextRule.singleLine(group, field: "groupId", label: "党小组名称") }
        errors += problems.map(\.message)
        guard errors.isEmpty else { return finish() }

        // The row is good: record what it does.
        if let existing { matched[existing.id] = row.number } else { remember(values, row: row.number) }
        if let newGroup, !usedNewGroups.contains(where: { $0.id == newGroup.id }) {
            usedNewGroups.append(newGroup)
            warnings.append("党小组“\(newGroup.name)”不存在，导入时将新建。")
        }
        if let existing {
            member.id = existing.id
            let changes = Self.changes(from: existing, to: member)
            if changes.isEmpty {
                plan.unchanged.append(.init(row: row.number, member: existing))
            } else {
                plan.updates.append(.init(row: row.number, before: existing, after: member, changes: changes))
            }
        } else {
            plan.additions.append(.init(row: row.number, member: member))
        }
        finish()
    }

    // MARK: - Reading cells

    private func read(_ row: CSVReader.Row, errors: inout [String], warnings: inout [String]) -> Values {
        func cell(_ column: MemberSheetColumn) -> String? {
            guard let index = columns[column], index < row.fields.count else { return nil }
            let text = MemberSheetCell.text(row.fields[index])
            return text.isEmpty ? nil : text
        }
        func date(_ column: MemberSheetColumn, _ label: String) -> CalendarDate? {
            guard let text = cell(column) else { return nil }
            switch ChineseDateParser.parse(text, label: label, field: column.rawValue) {
            case .success(let date): return date
            case .failure(let error):
                errors.append(error.message)
                return nil
            }
        }
        /// A private number: masked values are skipped, scientific notation is refused.
        func privateNumber(_ column: MemberSheetColumn, _ label: String) -> String? {
            guard let text = cell(column) else { return nil }
            if MemberSheetCell.isMasked(text) {
                warnings.append("\(label)已打码（来自打码导出的表），保留档案中原有的\(label)。")
                return nil
            }
            if MemberSheetCell.isScientific(text) {
                errors.append("\(label)“\(text)”被 Excel 显示成了科学计数法，后几位已丢失：请把该列设为“文本”格式，重新填写后再导出。")
                return nil
            }
            return text
        }

        var v = Values()
        v.name = cell(.name) ?? ""
        if v.name.isEmpty { errors.append("姓名为空：每一行都须填写姓名。") }
        if let text = cell(.gender) {
            v.gender = Gender(chinese: text)
            if v.gender == nil { errors.append("性别“\(text)”无法识别：只能填“男”或“女”。") }
        }
        v.ethnicity = cell(.ethnicity)
        v.birthDate = date(.birthDate, "出生日期")
        v.education = cell(.education)
        v.post = cell(.post)
        v.group = cell(.group)
        if let text = cell(.status) {
            switch MemberSheetCell.kind(text) {
            case .status(let status, let floating)?:
                v.status = status
                v.floating = floating
            case .category(let category)?:
                v.duesCategory = category
            case nil:
                errors.append("人员类别“\(text)”无法识别：可填 \(MemberSheetCell.kindsText)。")
            }
        }
        v.joinedDate = date(.joinedDate, "入党日期")
        v.fullMembershipDate = date(.fullMembershipDate, "转正日期")
        v.phone = privateNumber(.phone, "手机号")
        v.idNumber = privateNumber(.idNumber, "身份证号").map { $0.replacingOccurrences(of: " ", with: "").uppercased() }
        if let text = cell(.duesBase) {
            v.duesBase = MemberSheetCell.decimal(text)
            if v.duesBase == nil { errors.append("党费基数“\(text)”不是金额：请只填数字（元），如 6350.50。") }
        }
        if let text = cell(.duesCategory) {
            if let category = MemberSheetCell.category(text) {
                v.duesCategory = category
            } else {
                errors.append("党费类别“\(text)”无法识别：可填 在职、离退休、学生、下岗失业、抚恤救济、农民。")
            }
        }
        v.notes = cell(.notes)
        if let id = v.idNumber, Member.isWellFormedIdNumber(id), let fromId = Self.birthDate(fromId: id) {
            if let birth = v.birthDate, birth != fromId {
                warnings.append("出生日期 \(birth.iso) 与身份证号中的 \(fromId.iso) 不一致，请核对（已按表中出生日期导入）。")
            } else if v.birthDate == nil {
                v.birthDate = fromId
                warnings.append("出生日期未填，已按身份证号补为 \(fromId.iso)。")
            }
        }
        return v
    }

    /// GB 11643: digits 7–14 of an 18-digit ID number are the birth date.
    private static func birthDate(fromId id: String) -> CalendarDate? {
        let digits = Array(id)
        guard digits.count == 18, let y = Int(String(digits[6..<10])), let m = Int(String(digits[10..<12])),
              let d = Int(String(digits[12..<14])) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    // MARK: - Who the row is about

    private enum Match {
        case existing(Member)
        case newPerson
        /// Several members could be meant; the message says what to fill in.
        case undecidable(String)
    }

    /// The member on file the row is about, a new person, or why it cannot be told.
    private func match(_ v: Values, warnings: inout [String]) -> Match {
        if let id = v.idNumber, let hits = byId[id] {
            if hits.count == 1 { return .existing(hits[0]) }
            return .undecidable("台账中已有 \(hits.count) 名党员的身份证号都是 \(Masking.idNumber(id))，无法判断更新哪一位：请先在台账中核对。")
        }
        if let birth = v.birthDate {
            let hits = (byNameAndBirth[Self.key(v.name, birth)] ?? []).filter { compatible($0.idNumber, v.idNumber) }
            if hits.count == 1 { return .existing(hits[0]) }
            if hits.count > 1 {
                return .undecidable("台账中有 \(hits.count) 名同名同出生日期（\(birth.iso)）的党员，无法判断更新哪一位：请在表中填写身份证号。")
            }
        }
        // Name alone, only where one side lacks both ID number and birth date to tell people apart.
        let hits = (byName[v.name] ?? []).filter {
            compatible($0.idNumber, v.idNumber) && ($0.birthDate == nil || v.birthDate == nil || $0.birthDate == v.birthDate)
        }
        if hits.count == 1 {
            warnings.append("按姓名对应到台账中已有的\(v.name)（身份证号或出生日期缺少，无法进一步核对），将更新其档案。")
            return .existing(hits[0])
        }
        if hits.count > 1 {
            return .undecidable("台账中有 \(hits.count) 名叫\(v.name)的党员，表中没有足以区分的身份证号或出生日期：请补填身份证号。")
        }
        return .newPerson
    }

    /// Two ID numbers that could belong to one person: equal, or one of them unknown.
    private func compatible(_ onFile: String, _ inSheet: String?) -> Bool {
        guard let inSheet, !onFile.isEmpty else { return true }
        return onFile.uppercased() == inSheet
    }

    /// An earlier row of the sheet about the same person, if any.
    private func duplicateRow(of v: Values, existing: Member?) -> Int? {
        if let existing { return matched[existing.id] }
        if let id = v.idNumber, let row = newById[id] { return row }
        let unidentified = v.idNumber == nil && v.birthDate == nil
        for earlier in newByName[v.name] ?? [] {
            if unidentified || (earlier.id == nil && earlier.birth == nil) { return earlier.row }
            if let birth = v.birthDate, earlier.birth == birth, v.idNumber == nil || earlier.id == nil { return earlier.row }
        }
        return nil
    }

    private mutating func remember(_ v: Values, row: Int) {
        if let id = v.idNumber { newById[id] = row }
        newByName[v.name, default: []].append((row, v.idNumber, v.birthDate))
    }

    // MARK: - The file

    /// The member file after the row: `existing` with the row's filled cells, or a new file.
    private mutating func build(_ v: Values, onto existing: Member?) -> (Member, PartyGroup?) {
        var m = existing ?? Member(name: v.name, ethnicity: "", status: .full)
        m.name = v.name
        if let x = v.gender { m.gender = x }
        if let x = v.ethnicity { m.ethnicity = x }
        if let x = v.birthDate { m.birthDate = x }
        if let x = v.education { m.education = x }
        if let x = v.post { m.post = x }
        if let x = v.phone { m.phone = x }
        if let x = v.idNumber { m.idNumber = x }
        if let x = v.duesBase { m.duesBase = x }
        if let x = v.duesCategory { m.duesCategory = x }
        if let x = v.notes { m.notes = x }
        let joinedBefore = existing?.joinedDate, fullBefore = existing?.fullMembershipDate
        if let x = v.joinedDate { m.joinedDate = x }
        if let x = v.fullMembershipDate { m.fullMembershipDate = x }
        if let x = v.status {
            m.status = x
        } else if existing == nil {
            m.status = PipelineRule.presumedStatus(joined: m.joinedDate, fullMembership: m.fullMembershipDate, today: today)
        }
        if m.joinedDate != joinedBefore, let date = m.joinedDate { Self.record(.admission, on: date, in: &m) }
        if m.fullMembershipDate != fullBefore, let date = m.fullMembershipDate { Self.record(.fullMembership, on: date, in: &m) }

        var newGroup: PartyGroup?
        if let name = v.group {
            if let id = groupIds[name] {
                m.groupId = id
            } else {
                let group = newGroups[name] ?? PartyGroup(name: name)
                newGroups[name] = group
                m.groupId = group.id
                newGroup = group
            }
        }
        return (m, newGroup)
    }

    /// Puts the sheet's date on the timeline: moves the event of that kind, or adds one.
    private static func record(_ kind: StatusTransition, on date: CalendarDate, in m: inout Member) {
        if let index = m.timeline.lastIndex(where: { $0.kind == kind }) {
            m.timeline[index].date = date
        } else {
            m.timeline.append(StatusEvent(kind: kind, date: date, note: "由花名册导入"))
        }
        m.timeline = m.timeline.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The Chinese labels of the fields that differ.
    private static func changes(from a: Member, to b: Member) -> [String] {
        var labels: [String] = []
        func check<T: Equatable>(_ path: KeyPath<Member, T>, _ label: String) {
            if a[keyPath: path] != b[keyPath: path] { labels.append(label) }
        }
        check(\.name, "姓名")
        check(\.gender, "性别")
        check(\.ethnicity, "民族")
        check(\.birthDate, "出生日期")
        check(\.education, "学历")
        check(\.post, "职务/岗位")
        check(\.groupId, "党小组")
        check(\.status, "人员类别")
        check(\.joinedDate, "入党日期")
        check(\.fullMembershipDate, "转正日期")
        check(\.phone, "手机")
        check(\.idNumber, "身份证号")
        check(\.duesBase, "党费基数")
        check(\.duesCategory, "党费类别")
        check(\.notes, "备注")
        return labels
    }
}
