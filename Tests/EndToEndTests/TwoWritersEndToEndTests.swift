import Foundation
import XCTest

/// Issue #9 through the real binary: several CLIs writing one shard at once lose nothing; the
/// workbench notices a hand edit (sed) and a CLI's write within about two seconds; a full disk
/// gives the CLI a clear message and leaves the data as it was.
final class TwoWritersEndToEndTests: XCTestCase {
    func testEightClisTimesTwentyFiveAdds_NoLostUpdate() throws {
        let processes = 8, adds = 25
        let dir = BinaryUnderTest.temporaryDirectory("concurrent")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["init", "--name", "并发测试党支部", "--data-dir", dir.path]).status, 0)
        let results = dir.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)

        // Every process adds to members.json, the same shard: the worst case for lost updates.
        let script = """
        for p in $(seq 1 \(processes)); do
          ( for i in $(seq 1 \(adds)); do
              if "$BD" member add --name "并发$p-$i" --data-dir "$DIR" >/dev/null 2>>"$OUT/err-$p"; then echo "并发$p-$i" >>"$OUT/ok-$p"; fi
            done ) &
        done
        wait
        """
        let started = Date()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        shell.environment = ["BD": BinaryUnderTest.path, "DIR": dir.path, "OUT": results.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                             "HOME": NSTemporaryDirectory() + "bd-e2e-home"]
        try shell.run()
        shell.waitUntilExit()
        let elapsed = Date().timeIntervalSince(started)

        var reported: [String] = []
        var errors = ""
        for p in 1...processes {
            reported += ((try? String(contentsOf: results.appendingPathComponent("ok-\(p)"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            errors += (try? String(contentsOf: results.appendingPathComponent("err-\(p)"), encoding: .utf8)) ?? ""
        }
        let names = Set(LedgerOnDisk(directory: dir).records("members.json").compactMap { $0["name"] as? String })
        let lost = reported.filter { !names.contains($0) }
        print("two writers: \(processes) CLIs × \(adds) member adds at once into members.json in \(String(format: "%.1f", elapsed)) s: "
              + "\(reported.count) reported saved, \(names.count) on disk, \(lost.count) lost updates, \(processes * adds - reported.count) refused")
        XCTAssertEqual(lost, [], "lost updates")
        XCTAssertEqual(reported.count, processes * adds, "every add got the lock within its wait: \(errors)")
        XCTAssertEqual(names.count, processes * adds)
        XCTAssertEqual(LedgerOnDisk(directory: dir).tempFiles(), [])
    }

    func testWorkbenchOpen_HandEditAndCliWriteShowUpWithinSeconds() throws {
        let dir = BinaryUnderTest.temporaryDirectory("outside")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let shard = dir.appendingPathComponent("meetings/2026.json")
        // The newest meeting: the list shows newest first, so its row is on screen.
        let newest = LedgerOnDisk(directory: dir).records("meetings/2026.json")
            .max { ($0["date"] as? String ?? "") < ($1["date"] as? String ?? "") }
        guard let topic = newest?["topic"] as? String, !topic.contains("/") else { return XCTFail("demo has meetings in 2026") }

        let session = try TmuxSession(command: "\(TmuxSession.quote(BinaryUnderTest.path)) --data-dir \(TmuxSession.quote(dir.path)) --today 2026-12-04")
        try session.waitFor("三会一课")
        try session.send("2")
        try session.waitFor(String(topic.prefix(4)))

        // sed -i writes a new file and renames it over, as many editors and sync tools do.
        let replacement = "外部修改的议题"
        let sed = Process()
        sed.executableURL = URL(fileURLWithPath: "/bin/sed")
        sed.arguments = ["-i", "s/\"topic\" : \"\(topic)\"/\"topic\" : \"\(replacement)\"/", shard.path]
        try sed.run()
        sed.waitUntilExit()
        XCTAssertTrue(try String(contentsOf: shard, encoding: .utf8).contains(replacement), "sed changed the file")
        let edited = Date()
        let screen = try session.waitFor(replacement, timeout: 5)
        let latency = Date().timeIntervalSince(edited)
        XCTAssertTrue(screen.contains("meetings/2026.json"), "the notice names the file:\n\(screen)")
        XCTAssertLessThan(latency, 2.5, "noticed within about two seconds")

        // A CLI adds a member while the workbench is open: 党员 shows it without a restart.
        let add = try BinaryUnderTest.run(["member", "add", "--name", "辛弃疾", "--data-dir", dir.path])
        XCTAssertEqual(add.status, 0, add.stderr)
        try session.waitFor("已重新读取在别处修改的文件：members.json", timeout: 5)
        try session.send("3", "/")
        try session.type("辛弃疾")
        try session.waitFor("辛弃疾", timeout: 5)
        print("outside edit: sed on meetings/2026.json shown by the open workbench after \(String(format: "%.2f", latency)) s")
    }

    func testFullDisk_CliSaysWhatToDoAndTheLedgerIsIntact() throws {
        let mountPoint = BinaryUnderTest.temporaryDirectory("tmpfs")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        guard system("mount -t tmpfs -o size=512k tmpfs '\(mountPoint.path)' 2>/dev/null") == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN), so the full-disk case is not exercised")
        }
        defer { _ = system("umount '\(mountPoint.path)'") }
        let dir = mountPoint.appendingPathComponent("ledger")
        XCTAssertEqual(try BinaryUnderTest.run(["demo", "--to", dir.path]).status, 0)
        let before = try BinaryUnderTest.snapshot(dir)
        // Fill what is left.
        _ = system("dd if=/dev/zero of='\(mountPoint.path)/filler' bs=4k 2>/dev/null; dd if=/dev/zero of='\(mountPoint.path)/filler2' bs=1 2>/dev/null")

        let add = try BinaryUnderTest.run(["member", "add", "--name", "装不下的党员", "--data-dir", dir.path])
        XCTAssertEqual(add.status, 1)
        XCTAssertTrue(add.stderr.contains("磁盘已满"), add.stderr)
        XCTAssertTrue(add.stderr.contains("原有数据未受影响"), add.stderr)
        XCTAssertTrue(add.stderr.contains("清理"), add.stderr)
        var after = try BinaryUnderTest.snapshot(dir)
        after[".lock"] = before[".lock"]
        // The lock's guard file, taken with the lock since the review of #9 (WriterLock): no data.
        after[".lock.break"] = before[".lock.break"]
        XCTAssertEqual(after, before, "every file byte for byte as before, no temp file")
        XCTAssertEqual(try BinaryUnderTest.run(["check", "--data-dir", dir.path, "--today", "2026-12-04"]).status, 0)
    }
}
