import Foundation

/// One snapshot folder under `backups/`: `20261204-182000[-reason]`.
public struct Backup: Equatable, Sendable {
    public var name: String
    public var url: URL
    /// Why it was taken: nil for `branchdesk backup`, `daily`, `migrate-v1-v2`, `before-restore`.
    public var reason: String?
    public var files: Int
    public var bytes: Int64

    /// 手动 / 每日 / 迁移前 / 恢复前.
    public var reasonText: String {
        switch reason {
        case nil: return "手动"
        case "daily"?: return "每日"
        case "migrate-v1-v2"?: return "格式升级前"
        case "before-restore"?: return "恢复前"
        case let other?: return other
        }
    }

    /// `20261204-182000` → `2026-12-04 18:20:00`.
    public var timeText: String {
        let s = Array(name)
        guard s.count >= 15 else { return name }
        return "\(String(s[0..<4]))-\(String(s[4..<6]))-\(String(s[6..<8])) \(String(s[9..<11])):\(String(s[11..<13])):\(String(s[13..<15]))"
    }

    /// `1.2 MB`, `845 KB`.
    public static func sizeText(_ bytes: Int64) -> String {
        if bytes >= 1_048_576 { return String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) B"
    }
}
