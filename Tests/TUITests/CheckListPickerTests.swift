import XCTest
@testable import TUI
import Model

/// The attendance picker: cycling states, counts, filtering, columns aligned by cells.
final class CheckListPickerTests: XCTestCase {
    private func attendance(viewHeight: Int = 10) -> CheckListPicker {
        CheckListPicker(states: ["出席", "请假", "缺席"], items: [
            .init(id: "m1", name: "欧阳修", detail: "第一党小组"),
            .init(id: "m2", name: "王五", detail: "第二党小组"),
            .init(id: "m3", name: "李四", detail: "离退休党小组"),
            .init(id: "m4", name: "欧阳锋", detail: "第二党小组"),
        ], viewHeight: viewHeight)
    }

    func testCounts_FollowCyclingAndDirectStates() {
        var picker = attendance()
        XCTAssertEqual(picker.counts, [4, 0, 0])
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.items[0].state, 1)
        XCTAssertEqual(picker.handle(.char("j")), .handled)
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.counts, [2, 1, 1])
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.items[1].state, 0, "缺席 cycles back to 出席")

        XCTAssertEqual(picker.handle(.down), .handled)
        XCTAssertEqual(picker.handle(.char("3")), .handled)
        XCTAssertEqual(picker.items[2].state, 2)
        XCTAssertEqual(picker.handle(.char("k")), .handled)
        XCTAssertEqual(picker.handle(.char("2")), .handled)
        XCTAssertEqual(picker.counts, [1, 2, 1])
        XCTAssertEqual(picker.handle(.char("4")), .ignored, "there is no fourth state")
        XCTAssertEqual(picker.counts, [1, 2, 1])
    }

    func testSetAll_PutsEveryItemInTheFirstState() {
        var picker = attendance()
        for i in picker.items.indices { picker.setState(2, at: i) }
        XCTAssertEqual(picker.counts, [0, 0, 4])
        XCTAssertEqual(picker.handle(.char("a")), .handled)
        XCTAssertEqual(picker.counts, [4, 0, 0])
    }

    func testRender_AlignsNamesOfDifferentLengthsByCells() {
        var picker = attendance()
        picker.setState(1, at: 1)
        picker.items[1].extra = "出差"
        picker.setState(2, at: 2)
        var buf = ScreenBuffer(width: 40, height: 5)
        picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), [
            "[出席] 欧阳修  第一党小组",
            "[请假] 王五    第二党小组    出差",
            "[缺席] 李四    离退休党小组",
            "[出席] 欧阳锋  第二党小组",
            "",
        ])
        XCTAssertTrue(buf[0, 0].style.reverse)
        XCTAssertTrue(buf[39, 0].style.reverse, "the selection spans the row")
        XCTAssertFalse(buf[0, 1].style.reverse)
        XCTAssertTrue(buf[29, 1].style.dim, "the excuse is dim")
        XCTAssertEqual(buf[29, 1].text, "出")
    }

    func testFilter_NarrowsBySubstringAndSetAllTouchesOnlyWhatIsShown() {
        var picker = attendance()
        for i in picker.items.indices { picker.setState(2, at: i) }
        XCTAssertEqual(picker.handle(.char("/")), .handled)
        XCTAssertTrue(picker.isFiltering)
        XCTAssertEqual(picker.handle(.char("欧")), .handled)
        XCTAssertEqual(picker.handle(.char("阳")), .handled)
        XCTAssertEqual(picker.visibleIndices, [0, 3])

        var buf = ScreenBuffer(width: 30, height: 4)
        let cursor = picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), [
            "[缺席] 欧阳修  第一党小组",
            "[缺席] 欧阳锋  第二党小组",
            "",
            "/欧阳",
        ])
        XCTAssertEqual(cursor?.x, 5)
        XCTAssertEqual(cursor?.y, 3)

        XCTAssertEqual(picker.handle(.down), .handled, "↓ moves while the filter is typed")
        XCTAssertEqual(picker.selectedItem?.id, "m4")
        XCTAssertEqual(picker.handle(.enter), .handled, "Enter keeps the filter")
        XCTAssertFalse(picker.isFiltering)
        XCTAssertEqual(picker.handle(.char("a")), .handled)
        XCTAssertEqual(picker.counts, [2, 0, 2], "only the two 欧阳 were set")

        XCTAssertEqual(picker.handle(.escape), .handled, "the first Esc drops the filter")
        XCTAssertEqual(picker.visibleIndices, [0, 1, 2, 3])
        XCTAssertEqual(picker.selectedItem?.id, "m4", "the selection survives the filter")
        XCTAssertEqual(picker.handle(.escape), .cancelled)
    }

    func testFilter_MatchesTheDetailColumnAndSaysWhenNothingMatches() {
        var picker = attendance()
        picker.setFilter("第二")
        XCTAssertEqual(picker.visibleIndices, [1, 3])
        XCTAssertEqual(picker.selectedItem?.id, "m2", "the selection moves onto a shown item")
        picker.setFilter("张")
        XCTAssertNil(picker.selectedItem)
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.counts, [4, 0, 0], "Space with nothing shown changes nothing")
        var buf = ScreenBuffer(width: 20, height: 2)
        picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["（无匹配）", "/张"])
    }

    func testFilter_EscWhileTypingClearsItAndBackspaceOnEmptyLeaves() {
        var picker = attendance()
        _ = picker.handle(.char("/"))
        _ = picker.handle(.char("王"))
        XCTAssertEqual(picker.visibleIndices, [1])
        XCTAssertEqual(picker.handle(.escape), .handled)
        XCTAssertFalse(picker.isFiltering)
        XCTAssertEqual(picker.visibleIndices.count, 4)

        _ = picker.handle(.char("/"))
        XCTAssertEqual(picker.handle(.backspace), .handled)
        XCTAssertFalse(picker.isFiltering)
        XCTAssertEqual(picker.selectedItem?.id, "m2", "王五 stays selected after the filter goes")
        XCTAssertEqual(picker.handle(.char("j")), .handled, "j moves again after leaving")
        XCTAssertEqual(picker.selectedItem?.id, "m3")
    }

    func testEnterConfirmsAndEscCancels() {
        var picker = attendance()
        XCTAssertEqual(picker.handle(.enter), .confirmed)
        XCTAssertEqual(picker.handle(.escape), .cancelled)
        XCTAssertEqual(picker.handle(.tab), .ignored)
    }

    func testDigitKeys_BeyondTheStatesAreIgnoredEvenWithNoStates() {
        var picker = CheckListPicker(states: [], items: [.init(id: "m1", name: "王五")])
        XCTAssertEqual(picker.handle(.char("1")), .ignored)
        XCTAssertEqual(picker.handle(.char(" ")), .handled)
        XCTAssertEqual(picker.counts, [])
    }

    func testScrolling_KeepsTheSelectionVisible() {
        var picker = CheckListPicker(
            states: ["出席", "缺席"],
            items: (1...10).map { .init(id: "\($0)", name: "党员\($0)") }, viewHeight: 3)
        for _ in 0..<5 { _ = picker.handle(.down) }
        var buf = ScreenBuffer(width: 20, height: 3)
        picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["[出席] 党员4", "[出席] 党员5", "[出席] 党员6"])
        _ = picker.handle(.up)
        picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["[出席] 党员4", "[出席] 党员5", "[出席] 党员6"],
                       "no scrolling within the window")
        _ = picker.handle(.end)
        picker.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["[出席] 党员8", "[出席] 党员9", "[出席] 党员10"])
    }
}
