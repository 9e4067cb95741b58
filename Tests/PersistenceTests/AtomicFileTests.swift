import XCTest
@testable import Persistence

final class AtomicFileTests: XCTestCase {
    func testWriteReplacesWholeFileAndLeavesNoTempFiles() throws {
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a.json")
        try AtomicFile.write(Data("旧内容，很长很长很长".utf8), to: url)
        try AtomicFile.write(Data("新".utf8), to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "新")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["a.json"])
        XCTAssertEqual(posixMode(url), 0o600)
    }

    func testFailedWrite_KeepsOldContent() throws {
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        let url = dir.appendingPathComponent("a.json")
        try AtomicFile.write(Data("原有数据".utf8), to: url)
        guard getuid() != 0 else { throw XCTSkip("root ignores directory permissions") }
        chmod(dir.path, 0o500)
        XCTAssertThrowsError(try AtomicFile.write(Data("新".utf8), to: url)) { error in
            XCTAssertTrue("\(error)".contains("原有数据未受影响"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "原有数据")
    }

    func testFailedRename_LeavesNoTempFileAndTheTargetUntouched() throws {
        // A directory where the file should be: the temp file is written, the rename fails.
        let dir = makeTemporaryDirectory()
        try AtomicFile.makeDirectory(dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("meetings.json")
        try AtomicFile.makeDirectory(target)
        try Data("旧".utf8).write(to: target.appendingPathComponent("keep.txt"))
        XCTAssertThrowsError(try AtomicFile.write(Data("新".utf8), to: target)) { error in
            XCTAssertTrue("\(error)".contains("保存失败"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["meetings.json"], "no temp file left behind")
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("keep.txt"), encoding: .utf8), "旧")
    }

    func testDataDirectoryPrecedence() {
        let home = "/home/u"
        XCTAssertEqual(DataDirectory.resolve(flag: "/x", environment: ["BRANCHDESK_DATA_DIR": "/y"], home: home).path, "/x")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["BRANCHDESK_DATA_DIR": "/y", "XDG_DATA_HOME": "/z"], home: home).path, "/y")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/z"], home: home).path, "/z/branchdesk")
        XCTAssertEqual(DataDirectory.resolve(flag: nil, environment: [:], home: home).path, "/home/u/.local/share/branchdesk")
        XCTAssertEqual(DataDirectory.resolve(flag: "~/d", environment: [:], home: home).path, "/home/u/d")
    }
}
