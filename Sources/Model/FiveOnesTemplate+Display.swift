import Foundation

extension FiveOnesTemplate {
    /// The name in Chinese quotes for a sentence: “五个一工程”, but a name that already carries
    /// quotes (“心灵的震撼”党日活动“五个一”) is left as it is, never ““…””.
    public var quotedName: String {
        name.contains("“") || name.contains("”") ? name : "“\(name)”"
    }
}
