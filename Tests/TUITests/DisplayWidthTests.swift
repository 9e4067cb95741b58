import XCTest
@testable import TUI
import Model

/// Cell widths, truncation, padding and wrapping: the arithmetic every screen relies on.
final class DisplayWidthTests: XCTestCase {
    // MARK: - Widths

    func testChineseCharacters_TakeTwoCellsEach() {
        XCTAssertEqual(DisplayWidth.of(Character("中")), 2)
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("支部委员会"), 10)
        XCTAssertEqual(DisplayWidth.of("𠀋"), 2, "CJK Extension B is wide too")
    }

    func testFullwidthPunctuation_TakesTwoCells() {
        for p in ["，", "。", "、", "：", "；", "（", "）", "「", "」", "？", "！", "￥", "\u{3000}"] {
            XCTAssertEqual(DisplayWidth.of(p), 2, "width of \(p)")
        }
    }

    func testASCII_TakesOneCellEach() {
        XCTAssertEqual(DisplayWidth.of("abc 123"), 7)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testKanaAndHangul_AreWide() {
        XCTAssertEqual(DisplayWidth.of("あア"), 4)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}"), 2, "jamo sequence forms one syllable")
    }

    func testEmoji_TakeTwoCells() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of(Character("👨‍👩‍👧")), 2, "a ZWJ family is one grapheme")
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2)
        XCTAssertEqual(DisplayWidth.of("🇨🇳"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "VS16 asks for emoji presentation")
        XCTAssertEqual(DisplayWidth.of("❤"), 1, "without VS16 the heart is text")
    }

    func testCombiningMarks_AddNoWidth() {
        let decomposed = "e\u{301}"
        XCTAssertEqual(decomposed.count, 1)
        XCTAssertEqual(DisplayWidth.of(decomposed), 1)
        XCTAssertEqual(DisplayWidth.of("cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 0, "a stray mark has nothing to sit on")
    }

    func testZeroWidthAndControlCharacters_AreZero() {
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
        XCTAssertEqual(DisplayWidth.of("\u{2060}\u{FEFF}\u{00AD}"), 0)
        XCTAssertEqual(DisplayWidth.of("\t\u{7}\u{1B}"), 0)
        XCTAssertEqual(DisplayWidth.of("\r\n"), 0)
    }

    // MARK: - Truncate and pad

    func testTruncate_KeepsTextThatFits() {
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 6), "欧阳修")
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 10), "欧阳修")
    }

    func testTruncate_CutsByCellsWithEllipsis() {
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 5), "欧阳…")
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 4), "欧…", "阳 would split, so it goes")
        XCTAssertEqual(DisplayWidth.truncate("abc中文", toWidth: 5), "abc…")
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 4, ellipsis: ""), "欧阳")
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("欧阳修", toWidth: 0), "")
    }

    func testPad_FillsExactlyTheWidthInCells() {
        XCTAssertEqual(DisplayWidth.pad("欧阳修", toWidth: 8), "欧阳修  ")
        XCTAssertEqual(DisplayWidth.pad("王五", toWidth: 8, alignment: .right), "    王五")
        XCTAssertEqual(DisplayWidth.pad("李", toWidth: 5, alignment: .center), " 李  ")
        XCTAssertEqual(DisplayWidth.pad("欧阳修", toWidth: 5), "欧阳…")
        XCTAssertEqual(DisplayWidth.pad("欧阳修", toWidth: 3), "欧…")
        XCTAssertEqual(DisplayWidth.pad("第1组", toWidth: 7), "第1组  ")
        for text in ["欧阳修", "王五", "a中b文c", "😀x", "e\u{301}"] {
            for width in 0...9 {
                XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad(text, toWidth: width)), width,
                               "pad(\(text), \(width))")
            }
        }
    }

    // MARK: - Wrap

    func testWrap_BreaksChineseBetweenAnyCharacters() {
        XCTAssertEqual(DisplayWidth.wrap("中华人民共和国", width: 4), ["中华", "人民", "共和", "国"])
        XCTAssertEqual(DisplayWidth.wrap("中华人民共和国", width: 5), ["中华", "人民", "共和", "国"])
    }

    func testWrap_KeepsClosingPunctuationOffTheLineStart() {
        XCTAssertEqual(DisplayWidth.wrap("我们开会，然后学习。", width: 8),
                       ["我们开", "会，然后", "学习。"])
        XCTAssertEqual(DisplayWidth.wrap("学习党章。", width: 8), ["学习党", "章。"])
    }

    func testWrap_PrefersSpacesBetweenLatinWords() {
        XCTAssertEqual(DisplayWidth.wrap("hello world foo", width: 11), ["hello world", "foo"])
        XCTAssertEqual(DisplayWidth.wrap("hello world foo", width: 8), ["hello", "world", "foo"])
        XCTAssertEqual(DisplayWidth.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(DisplayWidth.wrap("学习 Swift 语言", width: 8), ["学习", "Swift 语", "言"])
    }

    func testWrap_HonoursNewlines() {
        XCTAssertEqual(DisplayWidth.wrap("第一行\n\n第二行", width: 10), ["第一行", "", "第二行"])
        XCTAssertEqual(DisplayWidth.wrap("", width: 5), [""])
    }

    func testWrap_NeverExceedsTheWidth() {
        let samples = [
            "支部委员会召开会议，研究发展党员工作。会议由书记主持（应到 7 人，实到 6 人）。",
            "Meeting minutes: 三会一课 schedule for 2024-03, see attachment 附件一。",
            "😀😀 emoji 和 e\u{301} 混排，、。",
        ]
        for text in samples {
            for width in 1...20 {
                for line in DisplayWidth.wrap(text, width: width) {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(width): \(line)")
                }
            }
        }
    }

    func testWrap_LosesNoCharactersExceptBreakSpaces() {
        let text = "支部委员会召开会议，研究发展党员工作。"
        XCTAssertEqual(DisplayWidth.wrap(text, width: 7).joined(), text)
    }
}
