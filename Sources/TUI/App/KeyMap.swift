import Foundation

/// One key binding, as the help screen lists it. Help is generated from this table, and
/// `update` dispatches through `KeyMap.action(for:)`, so the two cannot disagree.
public struct KeyBinding: Sendable {
    public var keys: String
    public var action: KeyAction
    public var description: String
}

/// The workbench's actions on a section list.
public enum KeyAction: Sendable, Equatable {
    case section(Section)
    case nextSection
    case previousSection
    case up
    case down
    case pageUp
    case pageDown
    case first
    case last
    case open
    case back
    case filter
    case help
    case quit
    case new
    case edit
    case delete
    case markHeld
    case toggleView
    case newTemplate
    case adopt
    case recordStage
    case setPin
    case closeCase
    case exportDocument
    case previousYear
    case nextYear
    /// 党员档案: move the member through the pipeline (issue #4).
    case pipeline
    /// 党员档案: show or mask the phone and ID number on this page.
    case reveal
    /// 年度自评 against the rubric (issue #10).
    case assessment
    /// Export the section's ledger (issue #10): `E` anywhere on a list, `e` on a list
    /// (inside an opened record `e` edits).
    case exportLedger
    /// Revert the last change in the journal, after a confirmation (issue #9).
    case undo
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: "1–7", action: .section(.dashboard), description: "切换栏目：1 工作台 2 三会一课 3 党员 4 五个一 5 提醒谈话 6 联络任务 7 承诺"),
        KeyBinding(keys: "Tab / Shift-Tab", action: .nextSection, description: "下一个 / 上一个栏目"),
        KeyBinding(keys: "↑ ↓ / k j", action: .down, description: "上下移动"),
        KeyBinding(keys: "PgUp PgDn", action: .pageDown, description: "翻页"),
        KeyBinding(keys: "Home End / g G", action: .first, description: "到第一条 / 最后一条"),
        KeyBinding(keys: "Enter", action: .open, description: "打开所选记录"),
        KeyBinding(keys: "Esc", action: .back, description: "返回上一层；清除筛选"),
        KeyBinding(keys: "/", action: .filter, description: "筛选当前列表（输入文字，Enter 确定，Esc 取消）"),
        KeyBinding(keys: "n", action: .new, description: "新建记录（三会一课、党员）"),
        KeyBinding(keys: "e / E", action: .exportLedger, description: "栏目列表中：导出本栏目的台账（html/md/csv）；打开的记录或党员档案中 e 是编辑"),
        KeyBinding(keys: "d", action: .delete, description: "删除所选记录（先确认）"),
        KeyBinding(keys: "h", action: .markHeld, description: "把计划中的会议标为已召开并补记内容"),
        KeyBinding(keys: "v", action: .toggleView, description: "三会一课：在记录列表和年度周期表之间切换"),
        KeyBinding(keys: "t / a", action: .newTemplate, description: "五个一：新建模板 / 为某个期间开展模板（n 记录一项活动）"),
        KeyBinding(keys: "s / c / x", action: .recordStage, description: "提醒谈话：记录下一阶段 / 结案（已改正）/ 导出全文（n 新建案例）"),
        KeyBinding(keys: "P", action: .setPin, description: "书记：为书记、联络员或某位党员设置 PIN（在党员档案中按则默认该党员）"),
        KeyBinding(keys: "[ ]", action: .previousYear, description: "周期表：上一年 / 下一年"),
        KeyBinding(keys: "p", action: .pipeline, description: "党员档案：身份变更（按规定核对日期后登记，如列为发展对象、转正）"),
        KeyBinding(keys: "r", action: .reveal, description: "党员档案中显示 / 隐藏证件号；联络任务中记录已提醒"),
        KeyBinding(keys: "A", action: .assessment, description: "年度自评：按评分细则逐项打分（Enter 看依据并打开记录，s 手工评分，[ ] 换年）"),
        KeyBinding(keys: "u", action: .undo, description: "撤销最近一次修改（先显示将撤销什么，y 确认）"),
        KeyBinding(keys: "Ctrl-S", action: .new, description: "表单中：保存；Esc 返回（有修改时先确认）"),
        KeyBinding(keys: "?", action: .help, description: "显示本帮助"),
        KeyBinding(keys: "q / Ctrl-C", action: .quit, description: "退出（Ctrl-C 先询问；未保存的表单留作草稿，下次启动时可恢复）"),
    ]

    /// The action for a key on a list or detail screen, or nil when the key means nothing there.
    public static func action(for key: Key) -> KeyAction? {
        switch key {
        case .char(let c):
            if let digit = c.wholeNumberValue, let section = Section(rawValue: digit) { return .section(section) }
            switch c {
            case "j": return .down
            case "k": return .up
            case "g": return .first
            case "G": return .last
            case "/": return .filter
            case "?": return .help
            case "q": return .quit
            case "n": return .new
            case "e": return .edit
            case "d": return .delete
            case "h": return .markHeld
            case "v": return .toggleView
            case "t": return .newTemplate
            case "s": return .recordStage
            case "P": return .setPin
            case "c": return .closeCase
            case "x": return .exportDocument
            case "a": return .adopt
            case "[": return .previousYear
            case "]": return .nextYear
            case "p": return .pipeline
            case "r": return .reveal
            case "A": return .assessment
            case "E": return .exportLedger
            case "u": return .undo
            default: return nil
            }
        case .tab: return .nextSection
        case .backTab: return .previousSection
        case .up: return .up
        case .down: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home: return .first
        case .end: return .last
        case .enter: return .open
        case .escape: return .back
        default: return nil
        }
    }
}
