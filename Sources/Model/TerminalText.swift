/// Text from the ledger made safe to print to a terminal (issue #9, input hygiene).
///
/// A name typed with an ESC in it, or a hand-edited file with `\u001b[2J`, must never reach the
/// terminal raw: it could clear the screen, retitle the window or hide text. The stored data is
/// kept as it is (`branchdesk check` reports the field); only what is printed changes. C0
/// controls become their visible Control Pictures (ESC → ␛, CR → ␍), DEL becomes ␡, C1 controls,
/// line/paragraph separators and bidirectional overrides become �. Line breaks and tabs pass,
/// since command output is multi-line. The workbench needs none of this: `ScreenBuffer` never
/// places a zero-width grapheme, and every control is zero-width there.
public enum TerminalText {
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsReplacing(scalar) else { out.append(scalar); continue }
            switch scalar.value {
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    private static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && TextRule.isForbidden(scalar)
    }
}
