import XCTest
@testable import Persistence

/// Issue #9: every way `AtomicFile.write` can fail removes its temp file and leaves the target.
final class AtomicFileCleanupTests: XCTestCase {
    func testEveryFailure_RemovesTheTempFile() throws {
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(at: dir) }

        // open fails: the folder does not exist — nothing created anywhere.
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: dir.appendingPathComponent("missing/a.json")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])

        // write fails: a file size limit below the data (EFBIG; SIGXFSZ ignored for the test).
        let target = dir.appendingPathComponent("a.json")
        try AtomicFile.write(Data("原有".utf8), to: target)
        var old = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        var small = old
        small.rlim_cur = 4
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &small)
        XCTAssertThrowsError(try AtomicFile.write(Data("比四个字节长得多的新内容".utf8), to: target)) { error in
            XCTAssertTrue("\(error)".contains("原有数据未受影响"), "\(error)")
        }
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        signal(SIGXFSZ, previousHandler)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["a.json"])
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "原有")

        // rename fails: a folder where the file should be.
        let folder = dir.appendingPathComponent("b.json")
        try AtomicFile.makeDirectory(folder)
        try Data("里面".utf8).write(to: folder.appendingPathComponent("keep"))
        XCTAssertThrowsError(try AtomicFile.write(Data("新".utf8), to: folder))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["a.json", "b.json"])
    }
}
