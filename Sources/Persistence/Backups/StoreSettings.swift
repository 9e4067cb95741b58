import Foundation

/// The data directory's own settings, `<data>/settings.json` (optional; defaults when absent):
///
/// ```json
/// { "keepBackups" : 14, "schemaVersion" : 1 }
/// ```
///
/// `keepBackups`: how many snapshots `backups/` keeps (the oldest beyond it are removed after each
/// new one; 1–1000, default 14 — two weeks of daily backups, issue #9).
public struct StoreSettings: Codable, Equatable, Sendable {
    public static let file = "settings.json"
    public static let defaultKeepBackups = 14

    public var schemaVersion = 1
    public var keepBackups = StoreSettings.defaultKeepBackups

    public init(keepBackups: Int = StoreSettings.defaultKeepBackups) {
        self.keepBackups = keepBackups
    }

    /// The settings of `directory`, and a problem when the file exists but cannot be used
    /// (the defaults apply then, and the file is left as it is).
    public static func load(_ directory: URL) -> (settings: StoreSettings, problem: String?) {
        let url = directory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else { return (StoreSettings(), nil) }
        struct Raw: Decodable { var keepBackups: Int? }
        guard let raw = try? JSONDecoder().decode(Raw.self, from: data) else {
            return (StoreSettings(), "\(file) 无法读取（应为 {\"keepBackups\": 14}），按默认保留 \(defaultKeepBackups) 份备份。")
        }
        guard let keep = raw.keepBackups else { return (StoreSettings(), nil) }
        guard (1...1000).contains(keep) else {
            return (StoreSettings(), "\(file) 中 keepBackups 为 \(keep)，应为 1 到 1000 之间的整数，按默认保留 \(defaultKeepBackups) 份备份。")
        }
        return (StoreSettings(keepBackups: keep), nil)
    }
}
