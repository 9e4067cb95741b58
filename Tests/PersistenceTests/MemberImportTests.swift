import Foundation
import XCTest
import Model
@testable import Persistence

/// Importing roster sheets (issue #4), with the fixture sheets saved as GB18030 and as UTF-8
/// with BOM, each holding 欧阳修 and a bad row.
final class MemberImportTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!
    private let group1 = PartyGroup(name: "第一党小组")
    private let group2 = PartyGroup(name: "第二党小组")
    private var groups: [PartyGroup] { [group1, group2] }

    /// Tests/PersistenceTests/MemberImportTests.swift → Tests/PersistenceTests/Fixtures/NAME.
    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name))
    }

    private func plan(_ csv: String, members: [Member] = []) throws -> MemberImportPlan {
        try MemberImport.plan(data: Data(csv.utf8), members: members, groups: groups, today: today)
    }

    // MARK: The fixture sheets

    func testGB18030Sheet_IsDetected_AndItsRowsRead() throws {
        let data = try fixture("roster-gb18030.csv")
        XCTAssertNil(String(data: data, encoding: .utf8), "the fixture really is not UTF-8")
        let plan = try MemberImport.plan(data: data, members: [], groups: groups, today: today)
        XCTAssertEqual(plan.encoding, .gb18030)
        XCTAssertEqual(plan.headerRow, 2, "the title row above the headers is skipped")
        XCTAssertEqual(plan.rowCount, 4)
        XCTAssertEqual(plan.additions.map(\.member.name), ["欧阳修", "李清照", "单雄信"])
        XCTAssertEqual(plan.additions.map(\.row), [3, 4, 6])

        let ouyang = plan.additions[0].member
        XCTAssertEqual(ouyang.birthDate, CalendarDate("1979-10-16"), "2026年3月5日 form")
        XCTAssertEqual(ouyang.joinedDate, CalendarDate("2004-06-25"), "2004.6.25 form")
        XCTAssertEqual(ouyang.groupId, group2.id)
        XCTAssertEqual(ouyang.status, .full)
        XCTAssertEqual(ouyang.idNumber, "321002197910161277")
        XCTAssertEqual(ouyang.duesBase, 6900)
        XCTAssertEqual(ouyang.notes, "宣传骨干，\"五四\"青年")
        XCTAssertEqual(ouyang.timeline.map(\.kind), [.admission, .fullMembership])

        let li = plan.additions[1].member
        XCTAssertEqual(li.status, .probationary)
        XCTAssertEqual(li.duesBase, 4900, "\"4,900.00\" with a thousands comma")
        XCTAssertNil(li.fullMembershipDate)

        let shan = plan.additions[2].member
        XCTAssertEqual(shan.notes, "多行\r\n备注")
        XCTAssertEqual(plan.newGroups.map(\.name), ["第三党小组"])
        XCTAssertEqual(shan.groupId, plan.newGroups[0].id)
        XCTAssertTrue(plan.warnings.contains { $0.row == 6 && $0.message.contains("第三党小组") && $0.message.contains("新建") })
    }

    func testGB18030Sheet_BadRow_ReportsEveryProblemWithItsRowNumber() throws {
        let plan = try MemberImport.plan(data: try fixture("roster-gb18030.csv"), members: [], groups: groups, today: today)
        XCTAssertEqual(plan.invalidRows, [5])
        XCTAssertEqual(plan.errors.map(\.description), [
            "第 5 行（张三）：出生日期“1990-02-30”不存在（1990年2月没有30日），请核对。",
            "第 5 行（张三）：身份证号“3.20102E+17”被 Excel 显示成了科学计数法，后几位已丢失：请把该列设为“文本”格式，重新填写后再导出。",
        ])
    }

    func testUTF8BOMSheet_IsDetected_AndItsBadRowReported() throws {
        let plan = try MemberImport.plan(data: try fixture("roster-utf8-bom.csv"), members: [], groups: groups, today: today)
        XCTAssertEqual(plan.encoding, .utf8BOM)
        XCTAssertEqual(plan.headerRow, 1)
        XCTAssertEqual(plan.additions.map(\.member.name), ["欧阳修", "司马光", "钱梦瑶"])
        XCTAssertEqual(plan.invalidRows, [3])
        XCTAssertEqual(plan.errors.map(\.message), [
            "性别“未知”无法识别：只能填“男”或“女”。",
            "出生日期“2026-13-01”不存在（2026年13月没有1日），请核对。",
        ])
        let sima = plan.additions[1].member
        XCTAssertEqual(sima.duesCategory, .retired, "离退休 in the 人员类别 column is a dues category")
        XCTAssertEqual(sima.status, .full, "admitted 1945 with no status given: full")
        XCTAssertEqual(plan.additions[2].member.status, .applicant)
        XCTAssertEqual(plan.newGroups, [])
    }

    func testBothSheets_Describe欧阳修TheSameWay() throws {
        let a = try MemberImport.plan(data: try fixture("roster-gb18030.csv"), members: [], groups: groups, today: today)
        let b = try MemberImport.plan(data: try fixture("roster-utf8-bom.csv"), members: [], groups: groups, today: today)
        let x = a.additions[0].member, y = b.additions[0].member
        XCTAssertEqual([x.name, x.idNumber, x.phone], [y.name, y.idNumber, y.phone])
        XCTAssertEqual(x.birthDate, y.birthDate)
    }

    // MARK: Re-import

    func testReimport_SameSheet_ChangesNothing() throws {
        let data = try fixture("roster-gb18030.csv")
        let first = try MemberImport.plan(data: data, members: [], groups: groups, today: today)
        let groupsAfter = groups + first.newGroups
        let second = try MemberImport.plan(data: data, members: first.membersToSave, groups: groupsAfter, today: today)
        XCTAssertEqual(second.additions.count, 0)
        XCTAssertEqual(second.updates.count, 0)
        XCTAssertEqual(second.unchanged.map(\.member.name), ["欧阳修", "李清照", "单雄信"])
        XCTAssertEqual(second.newGroups, [])
    }

    func testReimport_MatchesByIdNumber_EvenWhenTheNameChanged() throws {
        let onFile = Member(name: "欧阳脩", idNumber: "321002197910161277", status: .full)
        let plan = try plan("姓名,身份证号\n欧阳修,321002197910161277\n", members: [onFile])
        XCTAssertEqual(plan.updates.map(\.changes), [["姓名", "出生日期"]], "the birth date is read from the ID number")
        XCTAssertEqual(plan.updates[0].after.id, onFile.id)
    }

    func testReimport_MatchesByNameAndBirthDate() throws {
        let onFile = Member(name: "欧阳修", birthDate: CalendarDate("1979-10-16"), phone: "13800000000", status: .full)
        let plan = try plan("姓名,出生日期,手机\n欧阳修,1979/10/16,13815862704\n", members: [onFile])
        XCTAssertEqual(plan.updates.count, 1)
        XCTAssertEqual(plan.updates[0].changes, ["手机"])
        XCTAssertEqual(plan.updates[0].after.phone, "13815862704")
    }

    func testReimport_ByNameAlone_OnlyWhenNothingElseCanTell_AndSaysSo() throws {
        let onFile = Member(name: "欧阳修", status: .full)
        let plan = try plan("姓名,手机\n欧阳修,13815862704\n", members: [onFile])
        XCTAssertEqual(plan.updates.map(\.after.id), [onFile.id])
        XCTAssertTrue(plan.warnings[0].message.contains("按姓名对应"), plan.warnings[0].message)

        let twins = [Member(name: "张伟", status: .full), Member(name: "张伟", status: .full)]
        let ambiguous = try self.plan("姓名,手机\n张伟,13800000000\n", members: twins)
        XCTAssertEqual(ambiguous.invalidRows, [2])
        XCTAssertTrue(ambiguous.errors[0].message.contains("请补填身份证号"), ambiguous.errors[0].message)
    }

    func testSameNameDifferentBirthDate_IsANewPerson() throws {
        let onFile = Member(name: "张伟", birthDate: CalendarDate("1980-01-01"), status: .full)
        let plan = try plan("姓名,出生日期\n张伟,1990-05-05\n", members: [onFile])
        XCTAssertEqual(plan.additions.count, 1)
    }

    func testBlankAndMaskedCells_KeepWhatIsOnFile() throws {
        let onFile = Member(name: "欧阳修", birthDate: CalendarDate("1979-10-16"), phone: "13815862704",
                            idNumber: "321002197910161277", status: .full, notes: "原备注")
        let plan = try plan("姓名,出生日期,手机,身份证号,备注\n欧阳修,1979-10-16,138****2704,3210**********1277,\n", members: [onFile])
        XCTAssertEqual(plan.unchanged.count, 1)
        XCTAssertEqual(plan.warnings.filter { $0.message.contains("已打码") }.count, 2)
    }

    func testOwnExport_ImportsBackWithoutChanges() throws {
        let ouyang = Member(name: "欧阳修", gender: .male, ethnicity: "汉族", birthDate: CalendarDate("1979-10-16"),
                            education: "大学本科", post: "一级主任科员", groupId: group2.id, phone: "13815862704",
                            idNumber: "32100219791016127X", status: .full, joinedDate: CalendarDate("2004-06-25"),
                            fullMembershipDate: CalendarDate("2005-06-25"), duesBase: Decimal(string: "6350.5"),
                            notes: "说明，含逗号", timeline: [StatusEvent(kind: .admission, date: CalendarDate("2004-06-25")!),
                                                       StatusEvent(kind: .fullMembership, date: CalendarDate("2005-06-25")!)])
        for includePrivate in [true, false] {
            let data = MemberExport.fileData([ouyang], groups: groups, includePrivate: includePrivate)
            let plan = try MemberImport.plan(data: data, members: [ouyang], groups: groups, today: today)
            XCTAssertEqual(plan.errors, [], "includePrivate: \(includePrivate)")
            XCTAssertEqual(plan.unchanged.count, 1, "includePrivate: \(includePrivate)")
            XCTAssertEqual(plan.ignoredColumns, [])
        }
        let text = String(decoding: MemberExport.fileData([ouyang], groups: groups, includePrivate: false), as: UTF8.self)
        XCTAssertTrue(text.contains("3210**********127X"))
        XCTAssertTrue(text.contains("138****2704"))
        XCTAssertFalse(text.contains("13815862704"))
        let full = String(decoding: MemberExport.fileData([ouyang], groups: groups, includePrivate: true), as: UTF8.self)
        XCTAssertTrue(full.contains("=\"\"32100219791016127X\"\""), "quoted =\"…\" keeps Excel from rounding 18 digits")
    }

    // MARK: Rows

    func testDuplicateRowsInOneSheet_AreErrorsOnTheLaterRow() throws {
        let plan = try plan("姓名,身份证号\n欧阳修,321002197910161277\n欧阳修,321002197910161277\n")
        XCTAssertEqual(plan.additions.count, 1)
        XCTAssertEqual(plan.errors.map(\.description), ["第 3 行（欧阳修）：与第 2 行是同一人，请合并为一行。"])
    }

    func testHeaders_ToleratePunctuationSpacesAndAliases() throws {
        let plan = try plan("序号, 姓 名 ,出生日期（年月日）,党费基数(元),手机号码*,公民身份号码,职务/岗位,政治面貌,籍贯\n1,欧阳修,1979-10-16,6900,13815862704,321002197910161277,主任科员,中共党员,江西吉安\n")
        XCTAssertEqual(plan.errors, [])
        let m = try XCTUnwrap(plan.additions.first?.member)
        XCTAssertEqual(m.name, "欧阳修")
        XCTAssertEqual(m.duesBase, 6900)
        XCTAssertEqual(m.phone, "13815862704")
        XCTAssertEqual(m.post, "主任科员")
        XCTAssertEqual(plan.ignoredColumns, ["籍贯"])
    }

    func testBirthDate_FilledFromTheIdNumberWhenMissing() throws {
        let plan = try plan("姓名,身份证号\n欧阳修,321002197910161277\n")
        XCTAssertEqual(plan.additions.first?.member.birthDate, CalendarDate("1979-10-16"))
        XCTAssertTrue(plan.warnings.contains { $0.message.contains("已按身份证号补为 1979-10-16") })
    }

    func testRulesAreChecked_StatusAgainstDates() throws {
        let plan = try plan("姓名,人员类别,入党日期\n欧阳修,正式党员,2026-06-01\n")
        XCTAssertEqual(plan.invalidRows, [2])
        XCTAssertTrue(plan.errors[0].message.contains("应为预备党员"), plan.errors[0].message)
    }

    func testSheetErrors() {
        XCTAssertThrowsError(try plan("")) { XCTAssertEqual($0 as? MemberImport.SheetError, .empty) }
        XCTAssertThrowsError(try plan("名单,电话\n欧阳修,1\n")) { error in
            XCTAssertEqual(error as? MemberImport.SheetError, .noNameColumn(headers: ["名单", "电话"]))
            XCTAssertTrue("\(error)".contains("找不到“姓名”列"))
        }
        XCTAssertThrowsError(try plan("姓名,性别\n,,\n")) {
            XCTAssertEqual($0 as? MemberImport.SheetError, .noDataRows(headerRow: 1))
        }
    }

    /// Not an assertion on time: prints how long planning a 5,000-row sheet takes.
    func testPlanTiming_5000Rows_Printed() throws {
        var csv = "姓名,性别,出生日期,党小组,人员类别,入党日期,转正日期,手机,身份证号,党费基数\n"
        for i in 0..<5000 {
            csv += "党员\(i),\(i % 2 == 0 ? "男" : "女"),1980/1/\(i % 28 + 1),第\(i % 5 + 1)党小组,正式党员,2005-07-01,2006-07-01,"
                + "139\(String(format: "%08d", i)),320102198001\(String(format: "%02d", i % 28 + 1))\(String(format: "%04d", i)),\(3000 + i)\n"
        }
        let start = Date()
        let plan = try MemberImport.plan(data: Data(csv.utf8), members: [], groups: groups, today: today)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(plan.additions.count, 5000)
        XCTAssertEqual(plan.errors.count, 0)
        print(String(format: "MemberImport timings: plan 5,000 rows %.0f ms", seconds * 1000))
    }
}
