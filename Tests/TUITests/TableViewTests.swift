import XCTest
@testable import TUI
import Model

/// The table: columns aligned by cells, selection highlighted and kept in view.
final class TableViewTests: XCTestCase {
    private func memberTable() -> TableView {
        TableView(
            columns: [
                TableColumn(title: "姓名", width: .fixed(6)),
                TableColumn(title: "党小组", width: .fixed(12)),
                TableColumn(title: "入党日期", width: .flex(min: 10)),
            ],
            rows: [
                ["欧阳修", "第一党小组", "2001-07-01"],
                ["王五", "第二党小组", "1998-10-12"],
                ["李四", "离退休党小组", "1985-06-30"],
            ])
    }

    func testRender_AlignsChineseNamesOfDifferentLengthsByCells() {
        var buf = ScreenBuffer(width: 34, height: 5)
        memberTable().render(into: &buf, rect: buf.area, focused: true)
        XCTAssertEqual(buf.lines(), [
            "姓名    党小组        入党日期",
            "欧阳修  第一党小组    2001-07-01",
            "王五    第二党小组    1998-10-12",
            "李四    离退休党小组  1985-06-30",
            "",
        ])
    }

    func testRender_HeaderIsBoldAndSelectedRowIsReversedAcrossTheWidth() {
        var table = memberTable()
        table.moveSelection(by: 1)
        var buf = ScreenBuffer(width: 34, height: 4)
        table.render(into: &buf, rect: buf.area, focused: true)
        XCTAssertTrue(buf[0, 0].style.bold)
        XCTAssertFalse(buf[0, 1].style.reverse)
        XCTAssertTrue(buf[0, 2].style.reverse)
        XCTAssertTrue(buf[33, 2].style.reverse, "the highlight spans the whole row")
        XCTAssertFalse(buf[0, 3].style.reverse)

        table.render(into: &buf, rect: buf.area, focused: false)
        XCTAssertFalse(buf[0, 2].style.reverse)
        XCTAssertTrue(buf[0, 2].style.underline)
    }

    func testRender_TruncatesCellsThatDoNotFitTheirColumn() {
        let table = TableView(
            columns: [TableColumn(title: "姓名", width: .fixed(4)),
                      TableColumn(title: "备注", width: .fixed(7))],
            rows: [["欧阳修", "转入自外省支部"]])
        var buf = ScreenBuffer(width: 20, height: 2)
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["姓名  备注", "欧…   转入自…"])
    }

    func testRender_RightAlignedColumn() {
        let table = TableView(
            columns: [TableColumn(title: "姓名", width: .fixed(6)),
                      TableColumn(title: "党费", width: .fixed(8), alignment: .right)],
            rows: [["王五", "12.50"], ["欧阳修", "300.00"]])
        var buf = ScreenBuffer(width: 16, height: 3)
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["姓名" + String(repeating: " ", count: 8) + "党费",
                                      "王五" + String(repeating: " ", count: 7) + "12.50",
                                      "欧阳修    300.00"])
    }

    func testRender_EmptyTableShowsTheMessage() {
        var table = memberTable()
        table.rows = []
        XCTAssertEqual(table.selected, 0)
        var buf = ScreenBuffer(width: 34, height: 3)
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["姓名    党小组        入党日期", "（无记录）", ""])
    }

    func testRender_InsideAnOffsetRectLeavesTheRestAlone() {
        var buf = ScreenBuffer(width: 40, height: 3)
        buf.fill(buf.area, with: "#")
        memberTable().render(into: &buf, rect: Rect(x: 3, y: 1, width: 34, height: 2))
        XCTAssertEqual(buf.lines(), [
            String(repeating: "#", count: 40),
            "###姓名    党小组        入党日期    ###",
            "###欧阳修  第一党小组    2001-07-01  ###",
        ])
    }

    func testSelection_StaysVisibleWhenMovingPastTheBottom() {
        var table = TableView(columns: [TableColumn(title: "序号", width: .fixed(4))],
                              rows: (1...10).map { ["第\($0)"] })
        var buf = ScreenBuffer(width: 4, height: 4)   // header + 3 rows
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["序号", "第1", "第2", "第3"])

        table.moveSelection(by: 5)
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["序号", "第4", "第5", "第6"])
        XCTAssertTrue(buf[0, 3].style.reverse)

        table.moveSelection(by: 100)
        XCTAssertEqual(table.selected, 9)
        table.render(into: &buf, rect: buf.area)
        XCTAssertEqual(buf.lines(), ["序号", "第8", "第9", "第10"])
    }

    func testPaging_MovesByAPageAndKeepsTheWindowStable() {
        var table = TableView(columns: [TableColumn(title: "序号", width: .fixed(4))],
                              rows: (1...10).map { ["第\($0)"] })
        let visible = TableView.visibleRows(in: Rect(width: 4, height: 4))
        XCTAssertEqual(visible, 3)
        table.pageDown(visibleRows: visible)
        XCTAssertEqual(table.selected, 3)
        XCTAssertEqual(table.offset, 3)
        XCTAssertTrue(table.handle(.up, visibleRows: visible))
        XCTAssertEqual(table.selected, 2)
        XCTAssertEqual(table.offset, 2)
        XCTAssertTrue(table.handle(.down, visibleRows: visible))
        XCTAssertEqual(table.offset, 2, "moving inside the window does not scroll")
        table.pageDown(visibleRows: visible)
        table.pageDown(visibleRows: visible)
        table.pageDown(visibleRows: visible)
        XCTAssertEqual(table.selected, 9)
        XCTAssertEqual(table.offset, 7)
        table.pageUp(visibleRows: visible)
        XCTAssertEqual(table.selected, 6)
        XCTAssertEqual(table.offset, 4)
        table.home()
        XCTAssertEqual(table.selected, 0)
        XCTAssertEqual(table.offset, 0)
        XCTAssertFalse(table.handle(.char("x"), visibleRows: visible))
    }

    func testColumnWidths_ShareSpareCellsAmongFlexColumns() {
        let table = TableView(columns: [
            TableColumn(title: "a", width: .flex(min: 4)),
            TableColumn(title: "b", width: .flex(min: 4)),
            TableColumn(title: "c", width: .fixed(3)),
        ])
        XCTAssertEqual(table.columnWidths(totalWidth: 20), [7, 6, 3])
        XCTAssertEqual(table.columnWidths(totalWidth: 5), [4, 4, 3], "never below the minimum")
    }
}
