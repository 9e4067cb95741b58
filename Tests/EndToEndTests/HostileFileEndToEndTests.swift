import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue #9 through the real binary: ledger text never reaches the terminal raw, and a FIFO
/// where a shard should be cannot hang the program.
final class HostileFileEndToEndTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = BinaryUnderTest.temporaryDirectory("hostile")
        let copy = try BinaryUnderTest.run(["demo", "--to", dir.path])
        XCTAssertEqual(copy.status, 0, copy.stderr)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func testEscapeInAName_IsShownNotObeyed() throws {
        let members = dir.appendingPathComponent("members.json")
        let text = try String(contentsOf: members, encoding: .utf8)
            .replacingOccurrences(of: "\"name\" : \"上官婉清\"", with: "\"name\" : \"上官\\u001b]0;pwned\\u0007\\u001b[2J婉清\"")
        try Data(text.utf8).write(to: members)
        for arguments in [["member", "list"], ["check"], ["member", "show", "上官"]] {
            let result = try BinaryUnderTest.run(arguments + ["--data-dir", dir.path, "--today", "2026-12-04"])
            let bytes = Array((result.stdout + result.stderr).utf8)
            XCTAssertFalse(bytes.contains(0x1B), "\(arguments): raw ESC printed")
            XCTAssertFalse(bytes.contains(0x07), "\(arguments): raw BEL printed")
            XCTAssertTrue((result.stdout + result.stderr).contains("上官␛]0;pwned␇␛[2J婉清"), "\(arguments): \(result.stdout) \(result.stderr)")
        }
        XCTAssertTrue(try String(contentsOf: members, encoding: .utf8).contains("上官\\u001b]0;pwned"), "the file is kept as it was")
    }

    func testFIFOInPlaceOfAShard_CheckReturnsPromptly() throws {
        let shard = dir.appendingPathComponent("meetings/2026.json")
        try FileManager.default.removeItem(at: shard)
        XCTAssertEqual(mkfifo(shard.path, 0o600), 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryUnderTest.path)
        process.arguments = ["check", "--data-dir", dir.path, "--today", "2026-12-04"]
        process.environment = ["LANG": "C.UTF-8", "HOME": NSTemporaryDirectory() + "bd-e2e-home"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        // Should the FIFO ever be opened for reading, the process blocks: stop it rather than hang the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationReason, .exit, "check was stopped by the watchdog: it blocked on the FIFO")
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(output.contains("meetings/2026.json: 这里应是台账文件，却是命名管道（FIFO）"), output)
    }

    /// A truncated shard in the workbench: the rest opens, the notice names the file and says it
    /// will not be written, and a save to that shard is refused with the reason (nothing lost).
    func testTruncatedShard_WorkbenchOpensTheRestAndNeverWritesIt() throws {
        let tasks = dir.appendingPathComponent("tasks/2026.json")
        let original = try Data(contentsOf: tasks)
        let cut = original.prefix(original.count / 2)
        try cut.write(to: tasks)
        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04")
        let screen = try session.waitFor("个文件有问题，不会被写入")
        XCTAssertTrue(screen.contains("tasks/2026.json"), screen)
        try session.send("3")
        try session.waitFor("欧阳修")
        try session.send("q")
        try session.waitFor("[exit 0]")
        XCTAssertEqual(try Data(contentsOf: tasks), Data(cut), "the damaged file is left exactly as it was")
    }
}
