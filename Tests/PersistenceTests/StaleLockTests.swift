import XCTest
import Model
@testable import Persistence

/// Issue #9: what a killed writer leaves behind — a lock file naming it, a held flock on an
/// inherited descriptor, temp files — is recognised by its pid and recovered.
final class StaleLockTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = makeTemporaryDirectory()
        try LedgerStore.create(sampleLedger(), at: dir)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func testLockFileNamingAPidThatDoesNotExist_IsTakenOver() throws {
        let pid = deadPid()
        try "\(pid)\n\(WriterLock.hostName)\n".write(to: dir.appendingPathComponent(".lock"), atomically: false, encoding: .utf8)
        let lock = WriterLock(directory: dir)
        XCTAssertNoThrow(try lock.acquire(waitMilliseconds: 200))
        let holder = try String(contentsOf: dir.appendingPathComponent(".lock"), encoding: .utf8)
        XCTAssertTrue(holder.hasPrefix("\(getpid())\n"), holder)
        lock.release()
    }

    func testHeldLockWhoseNamedWriterIsDead_IsRecoveredByPid() throws {
        // The writer (a shell) takes the lock, writes its pid, hands the descriptor to a child
        // that keeps running, and exits: the flock stays held, the pid it names is gone.
        let lockPath = dir.appendingPathComponent(".lock").path
        let pidFile = dir.appendingPathComponent("writer.pid").path
        // system(3), not Process: Foundation's Process waits for the backgrounded child too.
        let script = "exec 9<>'\(lockPath)'; flock -n 9 || exit 1; printf '%s\\n%s\\n' $$ '\(WriterLock.hostName)' >'\(lockPath)'; "
            + "echo $$ >'\(pidFile)'; sleep 30 </dev/null >/dev/null 2>&1 & echo $! >'\(pidFile).child'; exit 0"
        let scriptFile = dir.appendingPathComponent("writer.sh").path
        try script.write(toFile: scriptFile, atomically: true, encoding: .utf8)
        XCTAssertEqual(system("/bin/sh '\(scriptFile)' </dev/null >/dev/null 2>&1"), 0)
        let child = Int32(try String(contentsOfFile: pidFile + ".child", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))!
        defer { kill(child, SIGKILL) }
        let writer = Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))!
        XCTAssertFalse(ProcessProbe.isRunning(writer))
        XCTAssertNotEqual(flockHeld(lockPath), false, "the orphaned descriptor still holds the flock")

        let lock = WriterLock(directory: dir)
        XCTAssertNoThrow(try lock.acquire(waitMilliseconds: 500))
        XCTAssertEqual(lock.recoveredFrom, writer)
        // A second writer now waits for us, not for the orphan.
        XCTAssertThrowsError(try WriterLock(directory: dir).acquire(waitMilliseconds: 100)) { error in
            XCTAssertEqual(error as? StoreError, .locked(pid: getpid()))
        }
        lock.release()
        let store = LedgerStore(directory: dir)
        _ = try store.load()
        XCTAssertNoThrow(try store.save(Member(name: "王安石")))
    }

    /// Review of #9: right after a killed writer, the file still names it while the next writer
    /// holds the flock but has not yet written its own pid. A waiter reading the dead pid then
    /// replaced the lock file, and both went on writing (a lost update). The taker now names
    /// itself under the same `.lock.break` guard the waiter re-reads under.
    func testAWaiterNeverReplacesTheLockFileATakerHoldsButHasNotNamedItselfIn() throws {
        let lockPath = dir.appendingPathComponent(".lock").path
        try "\(deadPid())\n\(WriterLock.hostName)\n".write(toFile: lockPath, atomically: false, encoding: .utf8)
        let taker = WriterLock(directory: dir)
        let directory: URL = dir
        let waiterResult = WaiterResult()
        let waiterDone = DispatchSemaphore(value: 0)
        taker.beforeNaming = {
            // The taker holds the flock; the file still names the dead writer.
            Thread.detachNewThread {
                let waiter = WriterLock(directory: directory)
                do {
                    try waiter.acquire(waitMilliseconds: 600)
                    waiterResult.set("acquired")
                    waiter.release()
                } catch {
                    waiterResult.set("\(error)")
                }
                waiterDone.signal()
            }
            usleep(300_000)   // a slow moment on a busy machine: longer than the waiter's 50 ms re-check
        }
        try taker.acquire(waitMilliseconds: 200)
        XCTAssertEqual(waiterDone.wait(timeout: .now() + 5), .success)
        XCTAssertNotEqual(waiterResult.value, "acquired", "two writers held the lock at once")
        taker.release()
    }

    func testHeldLockOfALiveWriter_IsNeverBroken() throws {
        let first = WriterLock(directory: dir)
        try first.acquire()
        defer { first.release() }
        let second = WriterLock(directory: dir)
        XCTAssertThrowsError(try second.acquire(waitMilliseconds: 150))
        XCTAssertNil(second.recoveredFrom)
    }

    func testKilledHolder_LockFreeAndItsTempFilesSwept() throws {
        // A child process takes the lock, leaves a temp file named after itself, and is killed.
        let lockPath = dir.appendingPathComponent(".lock").path
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exec 9<>'\(lockPath)'; flock -n 9 || exit 1; echo $$ >'\(lockPath)'; "
                           + "echo half > '\(dir.path)/meetings/.2026.json\(AtomicFile.tempMarker)'$$'-123'; exec sleep 30"]
        try child.run()
        let temp = dir.appendingPathComponent("meetings/.2026.json\(AtomicFile.tempMarker)\(child.processIdentifier)-123").path
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: temp) { usleep(20_000) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp))
        // A live writer's temp file is left alone by others.
        XCTAssertTrue(StaleTempFiles.sweep(dir).isEmpty)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()

        let store = LedgerStore(directory: dir)
        let ledger = try store.load()
        XCTAssertEqual(ledger.meetings.count, 2, "a temp file is never loaded")
        XCTAssertNoThrow(try store.save(Member(name: "苏轼")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp), "swept when the lock was taken")
    }

    func testTempNames_AreRecognisedWithTheirWriter() {
        XCTAssertEqual(StaleTempFiles.writerPid(AtomicFile.tempName(for: "2026.json", pid: 4242)), 4242)
        XCTAssertNil(StaleTempFiles.writerPid("2026.json"))
        XCTAssertNil(StaleTempFiles.writerPid(".lock"))
    }

    /// A pid that belongs to no process: a child that has exited and been reaped.
    private func deadPid() -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try? child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    private func flockHeld(_ path: String) -> Bool? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }
}

private final class WaiterResult: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func set(_ value: String) { lock.lock(); text = value; lock.unlock() }
    var value: String { lock.lock(); defer { lock.unlock() }; return text }
}
