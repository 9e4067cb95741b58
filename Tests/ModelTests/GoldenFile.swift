import Foundation
import XCTest

/// Compares text with a file under `Tests/ModelTests/Golden/`, found through `#filePath` so the
/// test reads the checked-in file, not a copy. A missing file is written and the test fails
/// (look at it, then run again); `BRANCHDESK_RECORD_GOLDEN=1` rewrites a file on purpose.
/// A mismatch fails with the first differing line.
enum GoldenFile {
    /// nil when `actual` equals the golden file `name`; otherwise what differs (the first line).
    /// With BRANCHDESK_RECORD_GOLDEN=1, or when the file is missing, it is written and that is
    /// reported as a difference, so a recording run never passes silently.
    static func difference(_ actual: String, _ name: String, file: StaticString = #filePath) -> String? {
        let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["BRANCHDESK_RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "已写入金样文件 \(url.path)：请检查后重新运行。"
        }
        guard actual != expected else { return nil }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        return "与金样 \(name) 不同，第 \(index + 1) 行：\n期望：\(index < e.count ? e[index] : "（文件结束）")\n实际：\(index < a.count ? a[index] : "（文件结束）")"
    }
}
