import XCTest
@testable import TUI
import Model

/// The scripted terminal used by screen tests, and the ncurses key decoding.
final class InMemoryTerminalTests: XCTestCase {
    func testType_QueuesCharactersAndEnter() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.type("张三\n")
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .key(.char("张")))
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .key(.char("三")))
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .key(.enter))
        XCTAssertNil(terminal.nextEvent(timeoutMilliseconds: 100), "an empty queue never blocks")
    }

    func testResizeEvent_ChangesTheSize() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueue([.resize(width: 100, height: 30), .key(.ctrl("s"))])
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .resize(width: 100, height: 30))
        XCTAssertEqual(terminal.size.width, 100)
        XCTAssertEqual(terminal.size.height, 30)
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: nil), .key(.ctrl("s")))
    }

    func testDraw_RecordsFramesAndCursor() {
        let terminal = InMemoryTerminal(width: 10, height: 2)
        var buf = ScreenBuffer(width: 10, height: 2)
        buf.put("支部", x: 0, y: 0)
        terminal.draw(buf, cursor: (x: 4, y: 0))
        terminal.draw(ScreenBuffer(width: 10, height: 2), cursor: nil)
        XCTAssertEqual(terminal.frames.count, 2)
        XCTAssertEqual(terminal.frames[0].lines(), ["支部", ""])
        XCTAssertEqual(terminal.screenLines, ["", ""])
        XCTAssertNil(terminal.lastCursor)
        terminal.shutdown()
        XCTAssertTrue(terminal.isShutDown)
    }

    func testNCursesCharacterDecoding_RawModeControlKeys() {
        XCTAssertEqual(NCursesTerminal.characterKey(19), .ctrl("s"))
        XCTAssertEqual(NCursesTerminal.characterKey(3), .ctrl("c"))
        XCTAssertEqual(NCursesTerminal.characterKey(13), .enter)
        XCTAssertEqual(NCursesTerminal.characterKey(10), .enter)
        XCTAssertEqual(NCursesTerminal.characterKey(9), .tab)
        XCTAssertEqual(NCursesTerminal.characterKey(8), .backspace)
        XCTAssertEqual(NCursesTerminal.characterKey(127), .backspace)
        XCTAssertEqual(NCursesTerminal.characterKey(27), .escape)
        XCTAssertEqual(NCursesTerminal.characterKey(0x4E2D), .char("中"))
        XCTAssertEqual(NCursesTerminal.characterKey(UInt32(UInt8(ascii: "q"))), .char("q"))
        XCTAssertNil(NCursesTerminal.characterKey(0))
        XCTAssertNil(NCursesTerminal.characterKey(0x9B))
    }
}
