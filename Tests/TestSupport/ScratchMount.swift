import Foundation
import XCTest

/// Shared by PersistenceTests and TUITests (target TestSupport).
/// A small tmpfs mounted for one test (full-disk tests, issue #9). Needs root and permission
/// to mount; otherwise the test is skipped with the reason.
public final class ScratchMount {
    public let url: URL

    public init(sizeKilobytes: Int) throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-tmpfs-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let status = ScratchMount.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(sizeKilobytes)k,mode=0700", "tmpfs", url.path])
        guard status == 0 else {
            try? FileManager.default.removeItem(at: url)
            throw XCTSkip("cannot mount a tmpfs here (mount -t tmpfs exited \(status); needs root or CAP_SYS_ADMIN), so the full-disk case is not exercised")
        }
    }

    deinit {
        _ = ScratchMount.run("/bin/umount", [url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// Fills the file system: writes a filler file until the disk refuses a single byte more.
    public func fill() throws {
        let filler = url.appendingPathComponent("filler").path
        let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw XCTSkip("cannot create filler file") }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        while write(fd, "x", 1) > 0 {}
    }

    public func unfill() {
        unlink(url.appendingPathComponent("filler").path)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
