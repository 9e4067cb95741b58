import Foundation
import XCTest
import CLI
import Model
import Persistence

/// Runs `branchdesk` in-process on a copy of the demo ledger with scripted PIN input and
/// environment; shared by the PIN and commitment command tests.
final class PinHarness {
    let meeting: MeetingHarness
    var directory: URL { meeting.directory }

    init(today: String = "2026-12-04") throws {
        meeting = try MeetingHarness.demo(today: today)
    }

    func remove() { meeting.remove() }

    /// `input` lines are handed out one per PIN prompt; `prompts` records what was asked.
    func run(_ argv: [String], input: [String] = [], environment extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String, prompts: [String]) {
        let environment = ["BRANCHDESK_SHARE_DIR": MeetingHarness.shippedData.path].merging(extra) { _, b in b }
        let invocation = try InvocationParser.parse(argv + ["--data-dir", directory.path, "--today", meeting.today], environment: environment)
        guard case .command(let name, let arguments, let options) = invocation else {
            XCTFail("not a command: \(argv)")
            return (-1, "", "", [])
        }
        final class Box { var out: [String] = []; var err: [String] = []; var prompts: [String] = []; var lines: [String] = [] }
        let box = Box()
        box.lines = input
        let context = CommandContext(options: options, environment: environment, home: "/nonexistent",
                                     executablePath: "/nonexistent/branchdesk",
                                     output: Output(out: { box.out.append($0) }, err: { box.err.append($0) }),
                                     input: { prompt in box.prompts.append(prompt); return box.lines.isEmpty ? nil : box.lines.removeFirst() })
        let status = CommandRunner.run(name: name, arguments: arguments, context: context)
        return (status, box.out.joined(separator: "\n"), box.err.joined(separator: "\n"), box.prompts)
    }
}

/// `branchdesk pin` and the PIN asked at `--as` (issue #8).
final class PinCommandTests: XCTestCase {
    private var h: PinHarness!

    override func setUpWithError() throws { h = try PinHarness() }
    override func tearDown() { h.remove() }

    private var pinsText: String {
        (try? String(contentsOf: h.directory.appendingPathComponent("pins.json"), encoding: .utf8)) ?? ""
    }

    func testSet_FromTwoInputLines_StoresOnlyAHash() throws {
        let result = try h.run(["pin", "set", "member", "欧阳修"], input: ["1007", "1007"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "已为党员 欧阳修 设置 PIN。")
        XCTAssertEqual(result.prompts.count, 2)
        XCTAssertFalse(pinsText.contains("1007\""), pinsText)
        XCTAssertTrue(pinsText.contains("\"$y$") || pinsText.contains("\"$6$"), pinsText)
        let id = try XCTUnwrap(h.meeting.load(years: []).members.first { $0.name == "欧阳修" }?.id)
        XCTAssertTrue(PinStore(directory: h.directory).verify(role: .member(id), pin: "1007"))
    }

    func testSet_Mismatch_ExitsOneAndSavesNothing() throws {
        let result = try h.run(["pin", "set", "liaison"], input: ["2468", "2469"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("两次输入的 PIN 不一致"), result.err)
        XCTAssertEqual(pinsText, "")
    }

    func testSet_BadPinOrNoInput_ExitOne() throws {
        let short = try h.run(["pin", "set", "liaison"], input: ["12", "12"])
        XCTAssertEqual(short.status, 1)
        XCTAssertTrue(short.err.contains("4 到 32 位"), short.err)
        XCTAssertEqual(try h.run(["pin", "set", "liaison"], input: []).status, 1)
    }

    func testOnlyTheSecretaryManagesPins() throws {
        let liaison = try h.run(["pin", "set", "liaison", "--as", "liaison"], input: ["2468", "2468"])
        XCTAssertEqual(liaison.status, 2)
        XCTAssertTrue(liaison.err.contains("只有书记可以管理 PIN"), liaison.err)
        XCTAssertEqual(try h.run(["pin", "status", "--as", "member", "欧阳修"]).status, 2)
        XCTAssertEqual(pinsText, "")
    }

    func testStatus_ListsRolesNeverHashes() throws {
        XCTAssertTrue(try h.run(["pin", "status"]).out.contains("还没有角色设置 PIN"))
        _ = try h.run(["pin", "set", "member", "欧阳修"], input: ["1007", "1007"])
        _ = try h.run(["pin", "set", "liaison"], input: ["2468", "2468"])
        let status = try h.run(["pin", "status"])
        XCTAssertEqual(status.status, 0, status.err)
        XCTAssertTrue(status.out.contains("联络员：已设 PIN"), status.out)
        XCTAssertTrue(status.out.contains("党员 欧阳修：已设 PIN"), status.out)
        XCTAssertFalse(status.out.contains("$"), status.out)
        let json = try h.run(["pin", "status", "--format", "json"])
        XCTAssertTrue(json.out.contains("\"role\" : \"liaison\""), json.out)
        XCTAssertFalse(json.out.contains("$y$") || json.out.contains("$6$"), json.out)
    }

    func testAsRoleWithPin_WrongRefused_RightRuns_EnvForScripts() throws {
        _ = try h.run(["pin", "set", "member", "欧阳修"], input: ["1007", "1007"])
        let wrong = try h.run(["commitment", "list", "--as", "member", "欧阳修"], input: ["0000"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.err.contains("PIN 不正确"), wrong.err)
        XCTAssertEqual(wrong.out, "", "nothing shown before the right PIN")
        XCTAssertEqual(wrong.prompts, ["请输入党员 欧阳修的 PIN："])
        let right = try h.run(["commitment", "list", "--as", "member", "欧阳修"], input: ["1007"])
        XCTAssertEqual(right.status, 0, right.err)
        XCTAssertTrue(right.out.contains("欧阳修"), right.out)
        let env = try h.run(["commitment", "list", "--as", "member", "欧阳修"], environment: ["BRANCHDESK_PIN": "1007"])
        XCTAssertEqual(env.status, 0, env.err)
        XCTAssertEqual(env.prompts, [])
        // No PIN for the secretary: nothing asked.
        XCTAssertEqual(try h.run(["commitment", "list"]).prompts, [])
    }

    func testSecretaryPin_GuardsPinSetItself() throws {
        _ = try h.run(["pin", "set", "secretary"], input: ["204851", "204851"])
        let without = try h.run(["pin", "set", "liaison"], input: ["0000", "2468", "2468"])
        XCTAssertEqual(without.status, 1)
        let with = try h.run(["pin", "set", "liaison"], input: ["204851", "2468", "2468"])
        XCTAssertEqual(with.status, 0, with.err)
    }

    func testRepeatedWrongPins_MakeTheNextTryWait() throws {
        _ = try h.run(["pin", "set", "liaison"], input: ["2468", "2468"])
        for _ in 0..<3 { _ = try h.run(["task", "list", "--as", "liaison"], input: ["1111"]) }
        let waiting = try h.run(["task", "list", "--as", "liaison"], input: ["2468"])
        XCTAssertEqual(waiting.status, 1)
        XCTAssertTrue(waiting.err.contains("秒后再试"), waiting.err)
        XCTAssertEqual(waiting.prompts, [], "not even asked inside the wait")
    }

    func testRemove() throws {
        _ = try h.run(["pin", "set", "liaison"], input: ["2468", "2468"])
        XCTAssertEqual(try h.run(["pin", "remove", "liaison"]).out, "已取消联络员的 PIN。")
        XCTAssertEqual(try h.run(["task", "list", "--as", "liaison"]).prompts, [])
    }
}
