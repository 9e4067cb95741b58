import Foundation

/// Reads the minutes or resolutions a secretary wrote in an editor, for `meeting add`.
enum MeetingTextFile {
    /// GB18030, the encoding of text files saved by Chinese Windows editors.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The file's text: UTF-8 (with or without a BOM), else GB18030. Line breaks become `\n`
    /// (validation refuses the `\r` of Windows files as a control character) and trailing
    /// blank lines are dropped, as an editor adds one; everything else is kept as written.
    static func read(_ path: String, flag: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw MeetingFailure("\(flag) 的文件 \(url.path) 无法打开：\(error.localizedDescription)。请检查路径。")
        }
        guard var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: gb18030) else {
            throw MeetingFailure("\(flag) 的文件 \(url.path) 不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8 后再试。")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
