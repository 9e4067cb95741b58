import Foundation
import XCTest

/// Crash safety through the real binary (issue #9): `branchdesk dev save-loop` saves records
/// one after another and prints a line after each save the store reported done; the test kills
/// it with SIGKILL at random moments, hundreds of times, then proves that every file parses,
/// `branchdesk check` is clean, every save that was reported is on disk, and no temp file
/// survives the next writer. `BRANCHDESK_CRASH_KILLS=5000` (or `scripts/crash-harness.sh`)
/// runs it longer.
final class CrashHarnessTests: XCTestCase {
    func testSigkillAtRandomMoments_EverySaveReportedDoneIsOnDisk() throws {
        let kills = Int(ProcessInfo.processInfo.environment["BRANCHDESK_CRASH_KILLS"] ?? "") ?? 200
        let dir = BinaryUnderTest.temporaryDirectory("crash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let created = try BinaryUnderTest.run(["init", "--name", "压测党支部", "--data-dir", dir.path])
        XCTAssertEqual(created.status, 0, created.stderr)
        let disk = LedgerOnDisk(directory: dir)

        var saved: [String: Set<String>] = ["member": [], "meeting": [], "task": []]
        var edits: [String: String] = [:]
        var killsAfterASave = 0, tempFilesLeftByKills = 0
        var generator = SystemRandomNumberGenerator()
        let started = Date()
        for round in 0..<kills {
            // Odd rounds count the delay from the first save reported, so that a slow, busy
            // machine still kills mid-stream; even rounds from the start (start-up, first save).
            let lines = try runAndKill(dir, afterMicroseconds: UInt32.random(in: 1_000...40_000, using: &generator),
                                       countingFromFirstSave: round % 2 == 1)
            if !lines.isEmpty { killsAfterASave += 1 }
            for line in lines {
                let words = line.split(separator: " ", maxSplits: 3).map(String.init)
                switch (words.first, words.count) {
                case ("saved", 3): saved[words[1], default: []].insert(words[2])
                case ("edited", 4): edits[words[2]] = words[3]
                default: XCTFail("unexpected line from save-loop: \(line)")
                }
            }
            tempFilesLeftByKills += disk.tempFiles().count
        }
        let elapsed = Date().timeIntervalSince(started)

        // Every file parses and the program's own check is clean, before any writer ran again.
        let parsed = disk.parseAll()
        let check = try BinaryUnderTest.run(["check", "--data-dir", dir.path, "--format", "json"])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertEqual((try? JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [Any])?.count, 0, check.stdout)

        // Every save that was reported is there, and every reported edit.
        var checked = 0
        for (kind, ledger) in [("member", "members.json"), ("meeting", "meetings"), ("task", "tasks")] {
            let onDisk = disk.recordsById(ledger)
            for id in saved[kind, default: []] {
                XCTAssertNotNil(onDisk[id], "\(kind) \(id) was reported saved but is missing")
                checked += 1
            }
        }
        let tasks = disk.recordsById("tasks")
        for (id, note) in edits {
            XCTAssertEqual(tasks[id]?["note"] as? String, note, "task \(id): reported edit lost")
            checked += 1
        }

        // The next writer sweeps what the kills left; nothing else is in the folder.
        let next = try BinaryUnderTest.run(["dev", "save-loop", "--count", "1", "--data-dir", dir.path])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(disk.tempFiles(), [], "temp files of killed writers were swept")

        let total = saved.values.map(\.count).reduce(0, +) + edits.count
        print("crash harness: \(kills) SIGKILLs in \(String(format: "%.1f", elapsed)) s (\(killsAfterASave) after at least one save), "
              + "\(total) saves reported done, \(checked) checked present, 0 lost; \(parsed) files parse; "
              + "temp files seen after kills: \(tempFilesLeftByKills), all swept by the next writer")
        XCTAssertGreaterThanOrEqual(total, kills / 2, "the loop saved something between kills")
        XCTAssertGreaterThanOrEqual(killsAfterASave, kills / 2)
    }

    /// Starts the save loop, kills it with SIGKILL after `delay`, returns the complete lines it printed.
    private func runAndKill(_ dir: URL, afterMicroseconds delay: UInt32, countingFromFirstSave: Bool) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryUnderTest.path)
        process.arguments = ["dev", "save-loop", "--data-dir", dir.path]
        process.environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory() + "bd-e2e-home"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var data = Data()
        if countingFromFirstSave {
            while !data.contains(0x0A) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
        }
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        data.append(out.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "save-loop ended by itself: \(String(decoding: data, as: UTF8.self))")
        // A line cut off by the kill (no newline yet) was never reported.
        var text = String(decoding: data, as: UTF8.self)
        if let end = text.lastIndex(of: "\n") { text = String(text[...end]) } else { text = "" }
        return text.split(separator: "\n").map(String.init)
    }
}
