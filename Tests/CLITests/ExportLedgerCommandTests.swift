import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk export ledger` against a copy of the demo ledger (issue #10).
final class ExportLedgerCommandTests: XCTestCase {
    private var harness: MeetingHarness!
    private var out: URL!

    override func setUpWithError() throws {
        harness = try MeetingHarness.demo()
        out = FileManager.default.temporaryDirectory.appendingPathComponent("branchdesk-export-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    }

    override func tearDown() {
        harness.remove()
        try? FileManager.default.removeItem(at: out)
    }

    private func export(_ kind: String, _ format: String, file: String? = nil, extra: [String] = []) throws -> (MeetingHarness.Result, URL) {
        let url = out.appendingPathComponent(file ?? "\(kind).\(format)")
        let result = try harness.run(["export", "ledger", "--kind", kind, "--year", "2026", "--format", format, "--to", url.path] + extra)
        return (result, url)
    }

    func testMeetingsHTML_WrittenAtomically0600WithEveryHeldMeeting() throws {
        let (result, url) = try export("meetings", "html")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("已写入 \(url.path)：省地方税务局法规处党支部 三会一课台账（2026年），"))
        let html = try String(contentsOf: url, encoding: .utf8)
        let held = try harness.load(years: [2026]).meetings.filter { $0.state == .held && $0.date.year == 2026 }.count
        XCTAssertEqual(html.components(separatedBy: "<section class=\"page\">").count - 1, held)
        XCTAssertTrue(html.contains("<h1>2026年1月8日　支部委员会会议</h1>"))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != "meetings.html" }
        XCTAssertEqual(leftovers, [], "no temporary file left behind")
    }

    func testMembersCSV_HasBOMAndMasksUnlessAsked() throws {
        let (result, url) = try export("members", "csv")
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: url)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("姓名,性别,民族,出生日期"))
        XCTAssertTrue(text.contains("\r\n"))
        let ouyang = try XCTUnwrap(try harness.load(years: []).members.first { $0.name == "欧阳修" })
        XCTAssertFalse(ouyang.phone.isEmpty)
        XCTAssertFalse(text.contains(ouyang.phone))
        XCTAssertTrue(text.contains(Masking.phone(ouyang.phone)))

        let (full, fullURL) = try export("members", "csv", file: "full.csv", extra: ["--include-private"])
        XCTAssertEqual(full.status, 0, full.stderr)
        XCTAssertTrue(try String(contentsOf: fullURL, encoding: .utf8).contains(ouyang.phone))
    }

    /// The demo keeps dues from 2026-01. The 2025 register must not print everyone as 未缴 for
    /// months before the branch kept dues at all (`dues --month 2025-03` owes nothing either).
    func testDuesRegisterOfAYearBeforeDuesWereKept_OwesNothing() throws {
        XCTAssertEqual(LedgerStore(directory: harness.directory, readOnly: true).years(of: .dues).first, 2026, "the demo's dues start in 2026")
        let url = out.appendingPathComponent("dues-2025.md")
        let result = try harness.run(["export", "ledger", "--kind", "dues", "--year", "2025", "--format", "md", "--to", url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertFalse(text.contains("| 未缴 |"), text)
        XCTAssertTrue(text.contains("统计自 2026-01 起"), text)
    }

    func testEveryKindAndFormatWrites() throws {
        for kind in PrintedLedgerKind.allCases {
            for format in PrintFormat.allCases {
                let (result, url) = try export(kind.rawValue, format.rawValue)
                XCTAssertEqual(result.status, 0, "\(kind) \(format): \(result.stderr)")
                XCTAssertGreaterThan(try Data(contentsOf: url).count, 100, "\(kind) \(format)")
            }
        }
    }

    func testLiaison_ExportsMaskedLedgersButNeverTalksOrPrivateNumbers() throws {
        let (ok, _) = try export("members", "md", extra: ["--as", "liaison"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let (talks, talksURL) = try export("talks", "html", extra: ["--as", "liaison"])
        XCTAssertEqual(talks.status, 2)
        XCTAssertTrue(talks.stderr.contains("只有书记可以导出提醒谈话记录"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: talksURL.path))
        let (private_, _) = try export("members", "csv", file: "p.csv", extra: ["--as", "liaison", "--include-private"])
        XCTAssertEqual(private_.status, 2)
    }

    func testMember_IsRefused() throws {
        let (result, url) = try export("meetings", "md", extra: ["--as", "member", "欧阳修"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("党员本人只能查看自己的记录"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }

    func testUsageErrors_SayWhatIsAllowed() throws {
        let (kind, _) = try export("minutes", "html")
        XCTAssertEqual(kind.status, 2)
        XCTAssertTrue(kind.stderr.contains("不认识台账种类“minutes”：只能是 meetings、members、fiveones、dues、commitments、talks。"), kind.stderr)
        let (format, _) = try export("meetings", "pdf")
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(format.stderr.contains("不认识文件格式“pdf”：只能是 html、md、csv。"), format.stderr)
        let missingTo = try harness.run(["export", "ledger", "--kind", "meetings", "--format", "md"])
        XCTAssertEqual(missingTo.status, 2)
        XCTAssertTrue(missingTo.stderr.contains("请用 --to 给出要写入的文件，例如 --to 三会一课台账-2026.md。"), missingTo.stderr)
        let what = try harness.run(["export", "pdf"])
        XCTAssertTrue(what.stderr.contains("只能是 ics（日历）或 ledger（台账）"), what.stderr)
        let (folder, _) = try export("meetings", "md", file: "missing/folder/x.md")
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("不存在"), folder.stderr)
    }

    func testUnreadableShard_RefusesToWrite() throws {
        try Data("{ broken".utf8).write(to: harness.directory.appendingPathComponent("meetings/2026.json"))
        let (result, url) = try export("meetings", "html")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("meetings/2026.json"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
        // Another year's or another kind's file does not stop an export that does not need it.
        let (roster, _) = try export("members", "md")
        XCTAssertEqual(roster.status, 0, roster.stderr)
    }

    func testHelpNamesTheLedgerCommand() {
        let help = CommandRunner.help(topic: "export").text
        XCTAssertTrue(help.contains("branchdesk export ledger --kind 种类 --year 年份 --format html|md|csv --to 文件"))
        XCTAssertTrue(help.contains("branchdesk export ics --to 文件.ics"))
    }
}
