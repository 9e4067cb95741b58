/// Terminal cell widths of characters and strings, and clipping, padding and wrapping by cells.
///
/// `String.count` counts graphemes, but a terminal lays text out in cells: 中 takes two, é one,
/// a combining accent none. Everything on screen is measured here, never with `count`.
/// The table is our own rather than libc `wcwidth`, so widths do not change with the locale
/// and tests give the same answer everywhere (ratatui's `cell_width.rs` does the same).
///
/// Ambiguous-width characters (…, ─, │, ①) count as 1, which is what terminals do unless
/// told to treat them as wide.
public enum DisplayWidth {
    // MARK: - Measuring

    /// Width in cells of one grapheme: the width of its base scalar.
    ///
    /// Combining marks and joiners inside the grapheme add nothing, so `"e\u{301}"` is 1 and a
    /// ZWJ family emoji is 2. An emoji base followed by U+FE0F (emoji presentation) is 2.
    /// Control characters are 0.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let base = scalars.first(where: { width(of: $0) > 0 }) else { return 0 }
        let baseWidth = width(of: base)
        if baseWidth == 1, base.properties.isEmoji, scalars.contains("\u{FE0F}") {
            // ❤️ and 1️⃣: VS16 asks for the colourful two-cell rendering.
            return 2
        }
        return baseWidth
    }

    /// Width in cells of a string: the sum over its graphemes.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Width in cells of a single scalar, outside any grapheme context.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }   // C0, DEL, C1 controls
        if v < 0x300 { return v == 0xAD ? 0 : 1 }                // fast path: Latin; soft hyphen
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF:
            return true   // zero-width space/joiners, direction marks and isolates, word joiner, BOM
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return true   // variation selectors
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            return true   // Hangul medial vowels and final consonants join the leading jamo
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .control:
                return true
            default:
                return false
            }
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt.
    /// Emoji are left to `isEmojiPresentation`, which tracks the Unicode version of the runtime.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,    // Hangul Jamo leading consonants
             0x2329...0x232A,    // angle brackets 〈 〉
             0x2E80...0x303E,    // CJK radicals, Kangxi, CJK symbols and punctuation 、。「」
             0x3041...0x3247,    // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun
             0x3250...0x4DBF,    // enclosed CJK, CJK compatibility, Extension A
             0x4E00...0x9FFF,    // CJK Unified Ideographs
             0xA000...0xA4CF,    // Yi
             0xA960...0xA97F,    // Hangul Jamo Extended-A
             0xAC00...0xD7A3,    // Hangul syllables
             0xF900...0xFAFF,    // CJK compatibility ideographs
             0xFE10...0xFE19,    // vertical forms
             0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
             0xFF00...0xFF60,    // fullwidth ASCII forms ，：；（）
             0xFFE0...0xFFE6,    // fullwidth signs ￥ ￠
             0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
             0x17000...0x18CFF,  // Tangut, Khitan
             0x18D00...0x18D08,
             0x1AFF0...0x1B2FF,  // Kana supplements, Nushu
             0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
             0x1F250...0x1F251, 0x1F260...0x1F265,   // enclosed ideographic supplement
             0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
             0x30000...0x3FFFD:  // CJK Extensions G–H
            return true
        default:
            return false
        }
    }

    // MARK: - Clipping and padding

    /// Cuts `s` so that it fits in `toWidth` cells, ending with `ellipsis` when anything was cut.
    ///
    /// A wide character that does not fit is dropped whole, never split. When even the ellipsis
    /// does not fit, the text is cut without one.
    public static func truncate(_ s: String, toWidth: Int, ellipsis: String = "…") -> String {
        guard toWidth > 0 else { return "" }
        if of(s) <= toWidth { return s }
        let ellipsisWidth = of(ellipsis)
        let room = ellipsisWidth <= toWidth ? toWidth - ellipsisWidth : toWidth
        var result = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > room { break }
            result.append(c)
            used += w
        }
        return ellipsisWidth <= toWidth ? result + ellipsis : result
    }

    /// Truncates `s` and pads it with spaces to exactly `toWidth` cells.
    public static func pad(_ s: String, toWidth: Int, alignment: Alignment = .left) -> String {
        guard toWidth > 0 else { return "" }
        let clipped = truncate(s, toWidth: toWidth)
        let extra = toWidth - of(clipped)
        switch alignment {
        case .left:
            return clipped + String(repeating: " ", count: extra)
        case .right:
            return String(repeating: " ", count: extra) + clipped
        case .center:
            let left = extra / 2
            return String(repeating: " ", count: left) + clipped
                + String(repeating: " ", count: extra - left)
        }
    }

    // MARK: - Wrapping

    /// Punctuation that should not begin a line (GB/T 15834 and common practice): when one
    /// would wrap to the next line, the character before it moves down with it.
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", "”", "’",
        "…", ",", ".", ";", ":", "?", "!", ")", "]", "}",
    ]

    /// Wraps `s` into lines of at most `width` cells.
    ///
    /// Newlines start new lines. CJK text breaks between any two characters; Latin words break
    /// at spaces and are split only when longer than a whole line. Spaces at a break are
    /// dropped. Closing punctuation such as ，。、）」 is kept off the start of a line by
    /// carrying the previous character down with it. A character wider than `width` (中 when
    /// `width` is 1) cannot be shown and is left out rather than overflow the line.
    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ text: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0

        func breakLine() {
            while let last = line.last, last == " " {   // trailing spaces vanish at a break
                line.removeLast()
                lineWidth -= 1
            }
            lines.append(String(line))
            line = []
            lineWidth = 0
        }

        func append(_ c: Character) {
            let w = of(c)
            guard w <= width else { return }
            if lineWidth + w > width {
                var carried: Character?
                if noLineStart.contains(c), line.count > 1, let last = line.last, last != " ",
                   of(last) + w <= width {
                    carried = line.removeLast()
                    lineWidth -= of(last)
                }
                breakLine()
                if let carried {
                    line.append(carried)
                    lineWidth += of(carried)
                }
            }
            line.append(c)
            lineWidth += w
        }

        for token in tokens(text) {
            switch token {
            case .space(let c):
                if lineWidth + of(c) > width {
                    breakLine()               // the space itself is the break
                } else if !(line.isEmpty && !lines.isEmpty) {
                    line.append(c)            // keep indentation, but not after a wrap
                    lineWidth += of(c)
                }
            case .word(let chars):
                let w = chars.reduce(0) { $0 + of($1) }
                let leadsWithClosing = chars.first.map(noLineStart.contains) ?? false
                if lineWidth + w > width, w <= width, !line.isEmpty, !leadsWithClosing {
                    breakLine()   // move the whole word down rather than split it
                }
                for c in chars { append(c) }
            case .wide(let c):
                append(c)
            }
        }
        breakLine()
        return lines
    }

    private enum Token {
        case space(Character)
        case word([Character])    // a run of narrow non-space characters: kept together if it can
        case wide(Character)      // a wide character: may break before or after
    }

    private static func tokens(_ text: Substring) -> [Token] {
        var tokens: [Token] = []
        var word: [Character] = []
        for c in text {
            if c == " " || c == "\t" {
                if !word.isEmpty { tokens.append(.word(word)); word = [] }
                tokens.append(.space(" "))
            } else if of(c) == 2 {
                if !word.isEmpty { tokens.append(.word(word)); word = [] }
                tokens.append(.wide(c))
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { tokens.append(.word(word)) }
        return tokens
    }
}
