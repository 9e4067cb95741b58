import Foundation
import XCTest
import Model
import Persistence
@testable import TUI

/// 年度自评 rendered into the in-memory terminal (issue #10): `A` from 工作台, categories and
/// items with points and what is missing, Enter on an item shows its evidence, Enter on a
/// record opens it, `s` scores a hand item through an effect.
final class AssessmentScreenTests: XCTestCase {
    private static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")
    private var directory: URL!

    override func setUpWithError() throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bd-assess-tui-\(UUID().uuidString.prefix(8))")
        try ShippedData(root: Self.data).copyDemo(to: directory)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ keys: [Key], role: Role = .secretary) throws -> (InMemoryTerminal, AppState) {
        let store = LedgerStore(directory: directory)
        let today = CalendarDate("2026-12-04")!
        let ledger = try store.load(years: [2025, 2026])
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: keys)
        let state = AppState(ledger: ledger, today: today, width: 100, height: 30, sourceLabel: "测试", loadedYears: [2025, 2026], role: role)
        let writer = ChangeWriter(store: store, shipped: ShippedData(root: Self.data))
        return (terminal, AppRuntime.run(state, on: terminal, writer: writer, stopWhenIdle: true))
    }

    func testA_ShowsCategoriesItemsPointsAndWhatIsMissing() throws {
        let (terminal, _) = try run([.char("A")])
        let lines = terminal.screenLines
        XCTAssertTrue(lines[1].hasPrefix(" 工作台 › 年度自评 2026 年"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("┌─ 年度自评 2026 年　得分 52.5 / 100（手工评分 6 项待评） ─"), lines[2])
        XCTAssertEqual(lines[3], "│编号  项目                                       得分  满分  缺项                                 │")
        XCTAssertEqual(lines[4], "│      一、领导责任与支委会建设                      5    10                                       │")
        XCTAssertEqual(lines[5], "│1.1   支委会每月召开                                5     6  缺 8 月支委会；12 月支委会尚未召开（…│")
        XCTAssertTrue(lines[6].hasPrefix("│1.2   年初制定支部工作计划，书记抓党建述职       待评     4  尚未评分："), lines[6])
        XCTAssertEqual(lines[25], "│已召开 10 / 12 期　依据 10 条（Enter 查看）                                                       │")
        XCTAssertTrue(lines[26].hasPrefix("│缺项：缺 8 月支委会；12 月支委会尚未召开（已计划 12 月 8 日）"), lines[26])
        XCTAssertTrue(lines[29].contains("Enter 依据"), lines[29])
    }

    func testEnter_ListsEvidence_EnterOpensTheRecord_EscStepsBack() throws {
        let (terminal, state) = try run([.char("A"), .enter])
        var lines = terminal.screenLines
        XCTAssertTrue(lines[1].contains("年度自评 2026 年 › 1.1 支委会每月召开"), lines[1])
        XCTAssertEqual(lines[3], "│已召开 10 / 12 期　得分 5 / 6                                                                     │")
        XCTAssertTrue(lines[4].hasPrefix("│日期        台账      记录"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("│2026-01-"), lines[5])
        XCTAssertTrue(lines[5].contains("三会一课  支委会“"), lines[5])

        let (opened, _) = try run([.char("A"), .enter, .enter])
        lines = opened.screenLines
        XCTAssertTrue(lines.contains { $0.contains("会议类别：支部委员会会议（已召开）") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("主 持 人：") })

        let (back, final) = try run([.char("A"), .enter, .enter, .escape, .escape])
        XCTAssertTrue(back.screenLines[3].hasPrefix("│编号  项目"), back.screenLines[3])
        if case .assessment(let view)? = final.overlay { XCTAssertEqual(view.mode, .items) } else { XCTFail("still on 年度自评") }
        _ = state
    }

    func testS_OnAHandItem_SavesTheScoreThroughTheStore() throws {
        let keys: [Key] = [.char("A"), .down, .char("s"), .char("3"), .tab] + "年初计划经支委会通过".map { Key.char($0) } + [.ctrl("s")]
        let (terminal, _) = try run(keys)
        let lines = terminal.screenLines
        XCTAssertTrue(lines[2].contains("得分 55.5 / 100（手工评分 5 项待评）"), lines[2])
        XCTAssertTrue(lines[6].hasPrefix("│1.2   年初制定支部工作计划，书记抓党建述职          3     4"), lines[6])
        XCTAssertTrue(lines[28].contains("已记录 2026 年 1.2 年初制定支部工作计划，书记抓党建述职：3 分。"), lines[28])
        let saved = try AssessmentStore(directory: directory).scores(year: 2026)
        XCTAssertEqual(saved.scores["work-plan"]?.note, "年初计划经支委会通过")
    }

    func testS_RefusedForComputedItemsAndOutOfRange() throws {
        let (computed, _) = try run([.char("A"), .char("s")])
        XCTAssertTrue(computed.screenLines[28].contains("1.1 按台账自动计算，不能手工评分"), computed.screenLines[28])
        let (range, _) = try run([.char("A"), .down, .char("s"), .char("9"), .tab, .char("x"), .ctrl("s")])
        XCTAssertTrue(range.screenLines.contains { $0.contains("满分 4 分，得分须在 0 至 4 之间（输入的是 9") }, range.screenLines.joined(separator: "\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("assessment/2026.json").path))
    }

    func testLiaison_ReadsButCannotScore() throws {
        let (terminal, _) = try run([.char("A"), .down, .char("s")], role: .liaison)
        XCTAssertTrue(terminal.screenLines[2].contains("年度自评 2026 年"), terminal.screenLines[2])
        XCTAssertTrue(terminal.screenLines[28].contains("联络员可以查看年度自评，手工评分请由书记进行。"), terminal.screenLines[28])
    }

    /// --read-only: `s` is refused before the form opens (nothing typed in vain, issue #9).
    func testReadOnly_SIsRefusedBeforeTheFormOpens() throws {
        let store = LedgerStore(directory: directory, readOnly: true)
        let terminal = InMemoryTerminal(width: 100, height: 30)
        terminal.enqueue(keys: [.char("A"), .down, .char("s")])
        var state = AppState(ledger: try store.load(years: [2025, 2026]), today: CalendarDate("2026-12-04")!, width: 100, height: 30,
                             sourceLabel: "测试", loadedYears: [2025, 2026])
        state.readOnly = true
        let final = AppRuntime.run(state, on: terminal, writer: ChangeWriter(store: store, shipped: ShippedData(root: Self.data)), stopWhenIdle: true)
        guard case .assessment(let view)? = final.overlay else { return XCTFail("年度自评 still shown") }
        XCTAssertEqual(view.mode, .items, "no score form in --read-only")
        XCTAssertTrue(terminal.screenLines[28].contains("只读模式"), terminal.screenLines[28])
    }

    func testBrackets_TurnToLastYear() throws {
        let (terminal, _) = try run([.char("A"), .char("[")])
        XCTAssertTrue(terminal.screenLines[2].hasPrefix("┌─ 年度自评 2025 年　得分"), terminal.screenLines[2])
    }

    func testHelp_ListsTheKey() throws {
        XCTAssertTrue(HelpPage.text().contains("年度自评"))
        XCTAssertEqual(KeyMap.action(for: .char("A")), .assessment)
    }
}
