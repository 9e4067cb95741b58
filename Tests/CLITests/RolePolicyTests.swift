import Foundation
import XCTest
import CLI
import Model
import Persistence

/// Issue #8: the CLI honours the roles. A member reaches only their own record; the liaison
/// writes no meeting or member file and sees no private numbers; nothing else leaks.
final class RolePolicyTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-roles-\(UUID().uuidString.prefix(8))")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try ShippedData(root: root.appendingPathComponent("data")).copyDemo(to: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ name: String, _ arguments: [String], role: RoleRequest) -> (status: Int32, out: String, err: String) {
        var options = GlobalOptions()
        options.dataDir = directory.path
        options.today = CalendarDate("2026-12-04")
        options.role = role
        options.format = arguments.contains("json") ? .json : .text
        var out = "", err = ""
        let context = CommandContext(options: options, environment: [:], home: NSTemporaryDirectory(), executablePath: "",
                                     output: Output(out: { out += $0 + "\n" }, err: { err += $0 + "\n" }))
        let status = CommandRunner.run(name: name, arguments: arguments.filter { $0 != "json" }, context: context)
        return (status, out, err)
    }

    func testMember_IsRefusedEverythingButTheirOwnRecord() throws {
        let me = RoleRequest.member("欧阳修")
        let others = try LedgerStore(directory: directory).load().members.map(\.name).filter { $0 != "欧阳修" }
        let refused: [(String, [String])] = [
            ("member", ["list"]), ("member", ["show", "王建国"]), ("member", ["export", "--to", directory.appendingPathComponent("m.csv").path]),
            ("meeting", ["list"]), ("meeting", ["show", "00000000"]), ("dues", []), ("cadence", []),
            ("fiveones", ["status"]), ("task", ["list"]), ("export", ["ics", "--to", directory.appendingPathComponent("a.ics").path]),
        ]
        for (name, arguments) in refused {
            let result = run(name, arguments + ["json"], role: me)
            XCTAssertEqual(result.status, 2, "\(name) \(arguments)")
            XCTAssertTrue(result.out.isEmpty, "nothing on stdout for \(name) \(arguments): \(result.out)")
            XCTAssertTrue(result.err.contains("只能查看自己的"), result.err)
        }
        let talks = run("talk", ["list", "json"], role: me)
        XCTAssertEqual(talks.status, 2)
        XCTAssertTrue(talks.out.isEmpty && talks.err.contains("只有书记"), talks.err)
        let own = run("member", ["show", "欧阳修"], role: me)
        XCTAssertEqual(own.status, 0, own.err)
        let reminders = run("remind", ["--days", "60"], role: me)
        XCTAssertEqual(reminders.status, 0, reminders.err)
        for other in others {
            XCTAssertFalse(own.out.contains(other), "\(other) in 欧阳修's own file")
            XCTAssertFalse(reminders.out.contains(other), "\(other) in 欧阳修's reminders")
        }
    }

    func testLiaison_ReadsButDoesNotWriteMeetingsOrMembers() {
        let add = run("meeting", ["add", "--kind", "党课", "--date", "2026-12-01", "--topic", "测试", "--lecturer", "王建国"], role: .liaison)
        XCTAssertEqual(add.status, 2)
        XCTAssertTrue(add.err.contains("联络员不能修改"), add.err)
        XCTAssertEqual(run("member", ["list", "--include-private"], role: .liaison).status, 2)
        let list = run("member", ["list"], role: .liaison)
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertTrue(list.out.contains("****"), "masked")
        XCTAssertEqual(run("talk", ["list"], role: .liaison).status, 2)
    }
}
