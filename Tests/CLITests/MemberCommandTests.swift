import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk member …` and `branchdesk dues`, run in-process through
/// `CommandRunner.run(name:arguments:context:)` on a temporary data directory.
final class MemberCommandTests: XCTestCase {
    private var directory: URL!
    private let ouyangId = "321002197910161277"

    /// What one run printed.
    private struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Collects output lines; a class so the `Output` closures can append to it.
    private final class Lines {
        var out: [String] = []
        var err: [String] = []
    }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bd-member-cli-\(UUID().uuidString.prefix(8))")
        let profile = BranchProfile(name: "法规处党支部", groups: [PartyGroup(name: "第一党小组"), PartyGroup(name: "第二党小组")])
        try LedgerStore.create(Ledger(profile: profile), at: directory)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ name: String, _ arguments: [String], format: OutputFormat = .text, today: String = "2026-12-04") -> Run {
        var options = GlobalOptions()
        options.dataDir = directory.path
        options.today = CalendarDate(today)
        options.format = format
        let lines = Lines()
        let context = CommandContext(options: options, environment: [:], home: "/nonexistent", executablePath: "/nonexistent/branchdesk",
                                     now: { fatalError("the clock must not be read when --today is given") },
                                     output: Output(out: { lines.out.append($0) }, err: { lines.err.append($0) }))
        let status = CommandRunner.run(name: name, arguments: arguments, context: context)
        return Run(status: status, out: lines.out.joined(separator: "\n"), err: lines.err.joined(separator: "\n"))
    }

    private func writeSheet(_ text: String, name: String = "sheet.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private var membersFile: URL { directory.appendingPathComponent("members.json") }

    private func storedMembers() throws -> [Member] {
        try LedgerStore(directory: directory).load(years: []).members
    }

    private let sheet = """
    姓名,性别,出生日期,党小组,人员类别,入党日期,转正日期,手机,身份证号,党费基数
    欧阳修,男,1979-10-16,第二党小组,正式党员,2004-06-25,2005-06-25,13815862704,321002197910161277,6900
    李清照,女,1984/3/13,第三党小组,预备党员,2026-3-17,,13912345678,370102198403131225,4900
    张三,男,1990-02-30,第一党小组,正式党员,2010-07-01,,,,

    """

    // MARK: import

    func testImportDryRun_PrintsRowErrors_AndWritesNothing() throws {
        let path = try writeSheet(sheet)
        let before = try? Data(contentsOf: membersFile)
        let result = run("member", ["import", path, "--dry-run"])
        XCTAssertEqual(result.status, 1, "the real import would be refused")
        XCTAssertTrue(result.out.contains("第 4 行（张三）：出生日期“1990-02-30”不存在"), result.out)
        XCTAssertTrue(result.out.contains("试运行，未写入任何内容"), result.out)
        XCTAssertTrue(result.out.contains("UTF-8"), result.out)
        XCTAssertEqual(try? Data(contentsOf: membersFile), before)
        XCTAssertEqual(try LedgerStore(directory: directory).load(years: []).profile.groups.count, 2, "no group created either")
    }

    func testImportWithErrors_WritesNothing_UnlessSkipInvalid() throws {
        let path = try writeSheet(sheet)
        let refused = run("member", ["import", path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("未写入任何内容"), refused.err)
        XCTAssertTrue(refused.err.contains("--skip-invalid"), refused.err)
        XCTAssertEqual(try storedMembers().count, 0)

        let skipped = run("member", ["import", path, "--skip-invalid"])
        XCTAssertEqual(skipped.status, 0, skipped.err)
        XCTAssertTrue(skipped.out.contains("已跳过有错误的第 4 行"), skipped.out)
        XCTAssertTrue(skipped.out.contains("已导入：新增 2 名，更新 0 名，无变化 0 名"), skipped.out)
        XCTAssertTrue(skipped.out.contains("已新建党小组：第三党小组"), skipped.out)
        XCTAssertEqual(Set(try storedMembers().map(\.name)), ["欧阳修", "李清照"])
        XCTAssertEqual(try LedgerStore(directory: directory).load(years: []).profile.groups.map(\.name), ["第一党小组", "第二党小组", "第三党小组"])
    }

    func testReimport_DoesNotDuplicate_AndReportsUpdates() throws {
        let path = try writeSheet(sheet)
        XCTAssertEqual(run("member", ["import", path, "--skip-invalid"]).status, 0)
        let again = run("member", ["import", path, "--skip-invalid"])
        XCTAssertTrue(again.out.contains("新增 0 名，更新 0 名，无变化 2 名"), again.out)
        XCTAssertEqual(try storedMembers().count, 2)

        let changed = try writeSheet("姓名,身份证号,手机\n欧阳修,321002197910161277,13800001111\n", name: "changed.csv")
        let update = run("member", ["import", changed])
        XCTAssertEqual(update.status, 0, update.err)
        XCTAssertTrue(update.out.contains("更新 第 2 行（欧阳修）：手机"), update.out)
        XCTAssertEqual(try storedMembers().count, 2)
        XCTAssertEqual(try storedMembers().first { $0.name == "欧阳修" }?.phone, "13800001111")
    }

    func testImportJSON_ReportsThePlan() throws {
        let path = try writeSheet(sheet)
        let result = run("member", ["import", path, "--dry-run", "--skip-invalid"], format: .json)
        XCTAssertEqual(result.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        XCTAssertEqual((json["added"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual((json["errors"] as? [[String: Any]])?.first?["row"] as? Int, 4)
        XCTAssertEqual(json["written"] as? Bool, false)
    }

    func testImport_MissingFileAndBadSheet_AreClearErrors() throws {
        let missing = run("member", ["import", "/nonexistent/花名册.csv"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("找不到文件"), missing.err)
        let noName = run("member", ["import", try writeSheet("名单\n欧阳修\n")])
        XCTAssertEqual(noName.status, 2)
        XCTAssertTrue(noName.err.contains("找不到“姓名”列"), noName.err)
    }

    // MARK: list, export

    func testListJSON_IsStoredRecords_Masked() throws {
        XCTAssertEqual(run("member", ["import", try writeSheet(sheet), "--skip-invalid"]).status, 0)
        let result = run("member", ["list"], format: .json)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertFalse(result.out.contains(ouyangId), "ID numbers are masked")
        XCTAssertFalse(result.out.contains("13815862704"), "phones are masked")
        XCTAssertTrue(result.out.contains("3210**********1277"), result.out)
        XCTAssertTrue(result.out.contains("138****2704"), result.out)
        let members = try JSONDecoder().decode([Member].self, from: Data(result.out.utf8))
        XCTAssertEqual(members.map(\.name), ["欧阳修", "李清照"], "by group as the branch lists them: 第二 before the new 第三")
        XCTAssertTrue(result.out.contains("\"joinedDate\" : \"2004-06-25\""), "keys as stored")

        let revealed = run("member", ["list", "--include-private"], format: .json)
        XCTAssertTrue(revealed.out.contains(ouyangId))
    }

    func testList_FiltersByStatusAndGroup() throws {
        XCTAssertEqual(run("member", ["import", try writeSheet(sheet), "--skip-invalid"]).status, 0)
        let probationary = run("member", ["list", "--status", "预备党员"])
        XCTAssertTrue(probationary.out.contains("李清照"))
        XCTAssertFalse(probationary.out.contains("欧阳修"))
        XCTAssertTrue(run("member", ["list", "--status", "full"]).out.contains("欧阳修"))
        let group = run("member", ["list", "--group", "第二党小组"])
        XCTAssertTrue(group.out.contains("欧阳修"))
        XCTAssertFalse(group.out.contains("李清照"))
        let unknown = run("member", ["list", "--group", "第九党小组"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("现有：第一党小组、第二党小组、第三党小组"), unknown.err)
        XCTAssertEqual(run("member", ["list", "--status", "党委书记"]).status, 2)
    }

    func testExport_IsUTF8WithBOM_AndMaskedUnlessAsked() throws {
        XCTAssertEqual(run("member", ["import", try writeSheet(sheet), "--skip-invalid"]).status, 0)
        let target = directory.appendingPathComponent("out.csv")
        XCTAssertEqual(run("member", ["export", "--to", target.path]).status, 0)
        let data = try Data(contentsOf: target)
        XCTAssertEqual([UInt8](data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("姓名,性别,民族,出生日期"), text)
        XCTAssertFalse(text.contains(ouyangId))
        XCTAssertTrue(text.contains("3210**********1277"))

        XCTAssertEqual(run("member", ["export", "--to", target.path, "--include-private"]).status, 0)
        XCTAssertTrue(String(decoding: try Data(contentsOf: target), as: UTF8.self).contains(ouyangId))
        // Importing the export back changes nothing.
        XCTAssertTrue(run("member", ["import", target.path]).out.contains("新增 0 名，更新 0 名，无变化 2 名"))
    }

    // MARK: add, show

    func testAdd_ValidatesAndSaves() throws {
        let added = run("member", ["add", "--name", "欧阳修", "--gender", "男", "--birth", "1979年10月16日", "--status", "正式党员",
                                   "--joined", "2004-06-25", "--group", "第二党小组", "--phone", "13815862704",
                                   "--id-number", ouyangId, "--dues-base", "6900"])
        XCTAssertEqual(added.status, 0, added.err)
        XCTAssertTrue(added.out.contains("已新增正式党员欧阳修"), added.out)
        let stored = try XCTUnwrap(try storedMembers().first)
        XCTAssertEqual(stored.birthDate, CalendarDate("1979-10-16"))
        XCTAssertEqual(stored.timeline.map(\.kind), [.admission])

        let again = run("member", ["add", "--name", "欧阳修", "--id-number", ouyangId])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.err.contains("身份证号相同"), again.err)

        let young = run("member", ["add", "--name", "小明", "--birth", "2010-01-01", "--joined", "2026-01-01"])
        XCTAssertEqual(young.status, 2)
        XCTAssertTrue(young.err.contains("未满 18 周岁"), young.err)
        XCTAssertEqual(run("member", ["add", "--name", "甲", "--status", "领导"]).status, 2)
        XCTAssertEqual(run("member", ["add", "--name", "甲", "--group", "第九党小组"]).status, 2)
        XCTAssertEqual(try storedMembers().count, 1)
    }

    func testShow_AmbiguousName_ListsTheCandidates() throws {
        XCTAssertEqual(run("member", ["add", "--name", "张伟", "--birth", "1980-01-01"]).status, 0)
        XCTAssertEqual(run("member", ["add", "--name", "张伟", "--birth", "1990-01-01"]).status, 0)
        let result = run("member", ["show", "张伟"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("有 2 名党员叫“张伟”"), result.err)
        let id = try XCTUnwrap(try storedMembers().first).id.uuidString
        XCTAssertEqual(run("member", ["show", id]).status, 0)
        XCTAssertTrue(run("member", ["show", "李四"]).err.contains("找不到党员“李四”"))
    }

    func testShow_PrintsFileTimelineAndDues_Masked() throws {
        XCTAssertEqual(run("member", ["import", try writeSheet(sheet), "--skip-invalid"]).status, 0)
        let result = run("member", ["show", "欧阳修"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("欧阳修（正式党员）"), result.out)
        XCTAssertTrue(result.out.contains("138****2704"), result.out)
        XCTAssertFalse(result.out.contains(ouyangId))
        XCTAssertTrue(result.out.contains("基数 6900 元 × 1.5%（在职），每月 103.50 元"), result.out)
        XCTAssertTrue(result.out.contains("2004-06-25  支部大会讨论接收为预备党员"), result.out)
        let json = run("member", ["show", "欧阳修"], format: .json)
        XCTAssertTrue(json.out.contains("\"monthlyFen\" : 10350"), json.out)
        XCTAssertFalse(json.out.contains(ouyangId))
    }

    // MARK: dues

    func testDues_ShowsWhoOwesAndWhoPaid() throws {
        XCTAssertEqual(run("member", ["import", try writeSheet(sheet), "--skip-invalid"]).status, 0)
        let members = try storedMembers()
        let ouyang = try XCTUnwrap(members.first { $0.name == "欧阳修" })
        try LedgerStore(directory: directory).saveAll([
            DuesPayment(memberId: ouyang.id, month: YearMonth("2026-11")!, amountFen: 10350, paidOn: CalendarDate("2026-11-08")),
        ])
        let november = run("dues", ["--month", "2026-11"])
        XCTAssertEqual(november.status, 0, november.err)
        XCTAssertTrue(november.out.contains("2026年11月党费"), november.out)
        XCTAssertTrue(november.out.contains("应缴 2 人：已缴 1 人，免缴 0 人，未缴 1 人"), november.out)
        XCTAssertTrue(november.out.contains("103.50 元"), november.out)
        XCTAssertTrue(november.out.contains("49.00 元"), "李清照 owes 4900 × 1%: \(november.out)")
        XCTAssertTrue(november.out.contains("四舍五入到分"))

        let json = run("dues", ["--month", "2026-11"], format: .json)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(report["owed"] as? Int, 1)
        XCTAssertEqual(report["paidFen"] as? Int, 10350)
        XCTAssertEqual(run("dues", ["--month", "2026-13"]).status, 2)
    }
}
