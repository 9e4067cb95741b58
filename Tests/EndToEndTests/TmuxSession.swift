import Foundation
import XCTest

/// The real binary in a real terminal: a tmux server on a private socket, 100×30, UTF-8.
/// Keys go in with send-keys; the screen comes back with capture-pane.
final class TmuxSession {
    let socket: String
    let name = "bd"

    /// Starts `command` (run by sh) in a detached session. The pane stays after the command
    /// exits so the test can read what the shell printed afterwards.
    init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (apt-get install tmux)")
        }
        socket = "bd-e2e-\(getpid())-\(UUID().uuidString.prefix(6))"
        var env = ""
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env += "\(key)=\(TmuxSession.quote(value)) " }
        let script = "export LANG=C.UTF-8 LC_ALL=C.UTF-8 \(env); \(command); echo \"[exit $?]\"; stty -a | tr -s ' ' | grep -o -- '-\\?icanon\\|-\\?echo ' | tr '\\n' ' '; echo '[done]'; sleep 30"
        // The first call starts the tmux server, which inherits the client's stdout: give it
        // /dev/null, or reading the pipe to its end would wait for the server to exit.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script],
                 capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Tab`, `C-s`) or literal text (`-l`).
    func send(_ keys: String...) throws {
        // A key right after Escape inside ncurses' Esc delay reads as Alt+key: give Esc its own
        // moment, as a person's fingers would.
        var batch: [String] = []
        for key in keys {
            batch.append(key)
            if key == "Escape" {
                try tmux(["send-keys", "-t", name] + batch)
                batch = []
                usleep(150_000)
            }
        }
        if !batch.isEmpty { try tmux(["send-keys", "-t", name] + batch) }
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Resizes the window, as a person dragging its corner would (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Polls the screen until `text` appears (or fails with the last screen after `timeout`).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        XCTFail("timed out waiting for “\(text)”; screen was:\n\(last)", file: file, line: line)
        throw XCTSkip("screen never showed \(text)")
    }

    /// Runs tmux through `system(3)`, output to a temp file. Foundation's `Process` was seen to
    /// hang here: the first call forks the tmux server, and the client was left unreaped.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = NSTemporaryDirectory() + "bd-tmux-\(getpid())-\(UUID().uuidString.prefix(8)).out"
        defer { unlink(output) }
        let words = (["/usr/bin/tmux", "-L", socket] + arguments).map(TmuxSession.quote).joined(separator: " ")
        let status = system("\(words) >\(capture ? TmuxSession.quote(output) : "/dev/null") 2>/dev/null </dev/null")
        guard status != -1 else { throw XCTSkip("could not run tmux") }
        return capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
