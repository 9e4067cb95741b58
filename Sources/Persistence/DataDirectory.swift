import Foundation

/// Where a branch's ledger lives: `--data-dir` > `BRANCHDESK_DATA_DIR` >
/// `$XDG_DATA_HOME/branchdesk` > `~/.local/share/branchdesk`.
public enum DataDirectory {
    /// Resolves the data directory. `environment` and `home` are parameters so tests need no real home.
    public static func resolve(flag: String?, environment: [String: String], home: String) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: expand(flag, home: home)) }
        if let dir = environment["BRANCHDESK_DATA_DIR"], !dir.isEmpty { return URL(fileURLWithPath: expand(dir, home: home)) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: expand(xdg, home: home)).appendingPathComponent("branchdesk")
        }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/branchdesk")
    }

    private static func expand(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }
}
