import XCTest
@testable import Persistence

final class WriterLockTests: XCTestCase {
    func testSecondWriter_GetsAClearMessageNamingTheHolder() throws {
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = WriterLock(directory: dir)
        try first.acquire()
        let second = WriterLock(directory: dir)
        let started = Date()
        XCTAssertThrowsError(try second.acquire(waitMilliseconds: 200)) { error in
            XCTAssertEqual(error as? StoreError, .locked(pid: getpid()))
            XCTAssertTrue("\(error)".contains("进程 \(getpid())"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 2, "gives up instead of hanging")
        first.release()
        XCTAssertNoThrow(try second.acquire(waitMilliseconds: 200))
        second.release()
    }

    func testLockFromADeadProcess_IsNoObstacle() throws {
        // flock dies with its holder: a child process takes the lock and is killed.
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lockPath = dir.appendingPathComponent(".lock").path
        let child = Process()
        // exec: the shell becomes `sleep`, so the process holding the lock is the one killed.
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exec 9>>'\(lockPath)'; flock -n 9 || exit 1; exec sleep 30"]
        try child.run()
        usleep(300_000)
        XCTAssertThrowsError(try WriterLock(directory: dir).acquire(waitMilliseconds: 100))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let lock = WriterLock(directory: dir)
        XCTAssertNoThrow(try lock.acquire(waitMilliseconds: 500))
        lock.release()
    }
}
