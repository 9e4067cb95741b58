import Foundation
import Model

/// The `?` page, generated from `KeyMap.bindings` so it always tells the truth about the keys.
enum HelpPage {
    static func text() -> String {
        let width = KeyMap.bindings.map { DisplayWidth.of($0.keys) }.max() ?? 10
        var lines = ["按键", ""]
        lines += KeyMap.bindings.map { "  " + DisplayWidth.pad($0.keys, toWidth: width + 2) + $0.description }
        lines += [
            "",
            "在记录详情和本帮助中：↑ ↓ j k 滚动，PgUp PgDn 翻页，Esc 返回。",
            "筛选时：输入的文字按空格分成多个词，全部包含的行才显示；Enter 保留筛选，Esc 清除。",
            "党员栏目的筛选还认拼音：全拼（ouyangxiu）、首字母（oyx）、党小组和身份（预备、流动）。",
            "",
            "按 Esc 或 ? 关闭帮助。",
        ]
        return lines.joined(separator: "\n")
    }
}
