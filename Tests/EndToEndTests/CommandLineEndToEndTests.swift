import Foundation
import XCTest

/// The CLI contract, through the real binary: exit statuses, messages, files on disk.
final class CommandLineEndToEndTests: XCTestCase {
    func testVersionAndHelp_ExitZero() throws {
        let version = try BinaryUnderTest.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("branchdesk "), version.stdout)
        let help = try BinaryUnderTest.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("branchdesk --demo"))
        XCTAssertTrue(help.stdout.contains("check"))
        let helpCheck = try BinaryUnderTest.run(["help", "check"])
        XCTAssertEqual(helpCheck.status, 0)
        XCTAssertTrue(helpCheck.stdout.contains("用法：branchdesk check"), helpCheck.stdout)
    }

    func testInit_CreatesPrivateLedgerAndRefusesASecondTime() throws {
        let dir = BinaryUnderTest.temporaryDirectory("init")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try BinaryUnderTest.run(["init", "--name", "测试党支部", "--data-dir", dir.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let mode = (try FileManager.default.attributesOfItem(atPath: dir.path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o700)
        let branch = try String(contentsOf: dir.appendingPathComponent("branch.json"), encoding: .utf8)
        XCTAssertTrue(branch.contains("测试党支部"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cadence.json").path))

        let second = try BinaryUnderTest.run(["init", "--name", "另一个", "--data-dir", dir.path])
        XCTAssertNotEqual(second.status, 0)
        XCTAssertTrue(second.stderr.contains("已有台账"), second.stderr)
        XCTAssertTrue(try String(contentsOf: dir.appendingPathComponent("branch.json"), encoding: .utf8).contains("测试党支部"))
    }

    func testDemoCopyChecksClean_ThenACorruptFileIsReportedWithPosition() throws {
        let dir = BinaryUnderTest.temporaryDirectory("demo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try BinaryUnderTest.run(["demo", "--to", dir.path])
        XCTAssertEqual(copy.status, 0, copy.stderr)
        let clean = try BinaryUnderTest.run(["check", "--data-dir", dir.path, "--today", "2026-12-04"])
        XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
        XCTAssertTrue(clean.stdout.contains("没有发现问题"), clean.stdout)

        let shard = dir.appendingPathComponent("meetings/2026.json")
        var text = try String(contentsOf: shard, encoding: .utf8)
        text = String(text.prefix(text.count / 3))
        try text.write(to: shard, atomically: true, encoding: .utf8)
        let broken = try BinaryUnderTest.run(["check", "--data-dir", dir.path, "--today", "2026-12-04"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stdout.contains("meetings/2026.json:"), broken.stdout)
        XCTAssertTrue(broken.stdout.contains("截断"), broken.stdout)

        let json = try BinaryUnderTest.run(["check", "--data-dir", dir.path, "--format", "json"])
        let findings = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(findings?.first?["file"] as? String, "meetings/2026.json")
        XCTAssertNotNil(findings?.first?["line"])
    }

    func testUsageErrors_ExitTwoWithAMessage() throws {
        let badFlag = try BinaryUnderTest.run(["check", "--bogus"])
        XCTAssertEqual(badFlag.status, 2)
        XCTAssertTrue(badFlag.stderr.contains("--bogus"), badFlag.stderr)
        let badDate = try BinaryUnderTest.run(["check", "--today", "2026-02-30"])
        XCTAssertEqual(badDate.status, 2)
        XCTAssertTrue(badDate.stderr.contains("YYYY-MM-DD"), badDate.stderr)
        let unknown = try BinaryUnderTest.run(["frobnicate"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("没有“frobnicate”这个命令"), unknown.stderr)
    }

    func testWorkbenchWithoutATerminal_SaysSo() throws {
        let dir = BinaryUnderTest.temporaryDirectory("notty")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try BinaryUnderTest.run(["init", "--name", "测试党支部", "--data-dir", dir.path])
        let result = try BinaryUnderTest.run(["--data-dir", dir.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("终端"), result.stderr)
    }

    func testMissingLedger_WithoutATerminal_ExplainsHowToCreateOne() throws {
        let dir = BinaryUnderTest.temporaryDirectory("missing")
        let result = try BinaryUnderTest.run(["check", "--data-dir", dir.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("branchdesk init"), result.stderr)
    }
}
