import Foundation
import XCTest
import CLI
import Model
import Persistence

/// Runs `branchdesk` commands in-process against a temporary data directory, capturing what
/// they print: the meeting and cadence command tests share it.
final class MeetingHarness {
    /// Tests/CLITests/MeetingHarness.swift → the repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shippedData = repository.appendingPathComponent("data")

    let directory: URL
    var today: String

    struct Result {
        var status: Int32
        var out: [String]
        var err: [String]
        var stdout: String { out.joined(separator: "\n") }
        var stderr: String { err.joined(separator: "\n") }
    }

    init(today: String) {
        self.today = today
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("branchdesk-meeting-tests-\(UUID().uuidString)")
    }

    /// A fresh copy of the shipped demo ledger (省地方税务局法规处党支部).
    static func demo(today: String = "2026-12-04") throws -> MeetingHarness {
        let harness = MeetingHarness(today: today)
        try ShippedData(root: shippedData).copyDemo(to: harness.directory)
        return harness
    }

    /// A ledger made for the test.
    static func with(_ ledger: Ledger, today: String) throws -> MeetingHarness {
        let harness = MeetingHarness(today: today)
        try LedgerStore.create(ledger, at: harness.directory)
        return harness
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Parses argv as the executable does (global options anywhere), then runs the command.
    func run(_ argv: [String]) throws -> Result {
        let environment = ["BRANCHDESK_SHARE_DIR": MeetingHarness.shippedData.path]
        let invocation = try InvocationParser.parse(argv + ["--data-dir", directory.path, "--today", today], environment: environment)
        guard case .command(let name, let arguments, let options) = invocation else {
            XCTFail("not a command: \(argv)")
            return Result(status: -1, out: [], err: [])
        }
        let captured = Captured()
        let output = Output(out: { captured.out.append($0) }, err: { captured.err.append($0) })
        let context = CommandContext(options: options, environment: environment, home: "/nonexistent",
                                     executablePath: "/nonexistent/branchdesk", output: output)
        let status = CommandRunner.run(name: name, arguments: arguments, context: context)
        return Result(status: status, out: captured.out, err: captured.err)
    }

    /// The stored meetings of one year's shard, as decoded JSON objects.
    func storedMeetings(year: Int) throws -> [[String: Any]] {
        let url = directory.appendingPathComponent("meetings/\(year).json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return object?["records"] as? [[String: Any]] ?? []
    }

    func load(years: Set<Int>? = nil) throws -> Ledger {
        try LedgerStore(directory: directory).load(years: years)
    }

    private final class Captured {
        var out: [String] = []
        var err: [String] = []
    }
}
