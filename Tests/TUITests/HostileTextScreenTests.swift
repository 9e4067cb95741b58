import XCTest
import Model
import Persistence
@testable import TUI

/// Issue #9: ledger text with control characters never reaches the terminal raw, and a member's
/// name used in a default export file name cannot steer the file out of the home folder.
final class HostileTextScreenTests: XCTestCase {
    private let today = CalendarDate("2026-12-04")!

    private func ledger(names: [String]) -> (Ledger, [Member]) {
        let members = names.map { Member(name: $0, status: .full, joinedDate: CalendarDate("2005-07-01")) }
        let talk = TalkCase(memberId: members[0].id, openedOn: CalendarDate("2026-11-02")!, origin: .complaint, reason: "迟到\u{1B}[8m")
        return (Ledger(profile: BranchProfile(name: "法规处党支部\u{1B}]0;pwned\u{7}"), members: members, talkCases: [talk]), members)
    }

    private func run(_ ledger: Ledger, _ keys: [Key]) -> (InMemoryTerminal, AppState) {
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: ledger, today: today, width: 100, height: 30, sourceLabel: "测试")
        return (terminal, AppRuntime.run(state, on: terminal, stopWhenIdle: true))
    }

    /// No cell of any frame drawn holds a control, separator or bidi override.
    private func assertNoRawControls(_ terminal: InMemoryTerminal, line: UInt = #line) {
        XCTAssertFalse(terminal.frames.isEmpty, line: line)
        for frame in terminal.frames {
            for y in 0..<frame.height {
                for x in 0..<frame.width where frame[x, y].text.unicodeScalars.contains(where: TextRule.isForbidden) {
                    XCTFail("raw control at (\(x), \(y)): \(frame[x, y].text.debugDescription) in \(frame.line(y))", line: line)
                }
            }
        }
    }

    func testMemberListAndDashboard_DrawNoControlCharacters() {
        let (ledger, _) = ledger(names: ["欧阳\u{1B}[2J修", "李\u{202E}清照", "司马\u{85}光😀", "王\u{2067}五\u{2069}"])
        let (terminal, _) = run(ledger, [.char("3")])
        assertNoRawControls(terminal)
        let lines = terminal.screenLines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("欧阳[2J修"), "the visible letters stay, the ESC is not drawn:\n\(lines)")
        XCTAssertTrue(lines.contains("光😀"), lines)
        XCTAssertTrue(lines.contains("法规处党支部]0;pwned · 党员"), lines)
    }

    func testTalkPage_DrawsNoControlCharacters() {
        let (ledger, _) = ledger(names: ["欧阳\u{1B}[2J修"])
        let (terminal, _) = run(ledger, [.char("5"), .enter])
        assertNoRawControls(terminal)
    }

    func testExportFileName_FromAHostileMemberName_StaysInHome() throws {
        let (ledger, _) = ledger(names: ["../../.bashrc"])
        let (_, state) = run(ledger, [.char("5"), .char("x")])
        guard case .exportPrompt(let prompt, _)? = state.overlay else { return XCTFail("no export prompt: \(String(describing: state.overlay))") }
        XCTAssertEqual(prompt.text, "~/提醒谈话-_._.._.bashrc-2026-12-04.txt")
    }
}
