/// A file name made from user text — a member's name in a default export name — that cannot
/// leave the folder it is meant for (issue #9, input hygiene).
///
/// `/` and `\` become `_`, so a name like `../../.bashrc` stays one harmless name; control and
/// bidirectional characters are dropped; a leading `.` (hidden files, `..`) becomes `_`; the
/// name is cut to 60 characters (a Chinese character is 3 bytes of the 255 a name may have).
public enum FileNameText {
    public static let maxCharacters = 60

    public static func safe(_ text: String, fallback: String = "未命名") -> String {
        var name = ""
        for character in text {
            if character.unicodeScalars.contains(where: TextRule.isForbidden) { continue }
            name.append(character == "/" || character == "\\" || character == ":" ? "_" : character)
        }
        name = String(name.drop { $0 == " " })
        while name.last == " " { name.removeLast() }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.count > maxCharacters { name = String(name.prefix(maxCharacters)) }
        return name.isEmpty ? fallback : name
    }
}
