import Foundation

// MARK: - Reading talk vocabulary as people type it
//
// The CLI and the workbench forms accept either the stored identifier (`branch-talk`) or the
// Chinese name a secretary would write (党支部提醒谈话), plus a few short names used on paper.

extension TalkStage {
    /// The stage named by its identifier, Chinese name or a common short name (支部谈话, 组织处理).
    public init?(name text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        let short: [String: TalkStage] = [
            "分析": .analysis, "思想工作": .counseling, "谈心": .counseling, "深入细致思想工作": .counseling,
            "小组批评": .groupCriticism, "党小组会批评帮助": .groupCriticism,
            "支部谈话": .branchTalk, "支部提醒谈话": .branchTalk,
            "机关党委谈话": .committeeTalk, "党委提醒谈话": .committeeTalk, "机关党委进一步提醒谈话": .committeeTalk,
        ]
        guard let stage = TalkStage.allCases.first(where: { $0.rawValue == query || $0.chineseName == query }) ?? short[query] else {
            return nil
        }
        self = stage
    }
}

extension TalkOutcome {
    /// The outcome named by its identifier or Chinese name (有效 / 尚待观察 / 无效; also 暂未见效, 未见效).
    public init?(name text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        let short: [String: TalkOutcome] = ["暂未见效": .notYet, "待观察": .notYet, "未见效": .noEffect, "没有效果": .noEffect]
        guard let outcome = TalkOutcome.allCases.first(where: { $0.rawValue == query || $0.chineseName == query }) ?? short[query] else {
            return nil
        }
        self = outcome
    }
}

extension OrganizationalAction {
    /// The action named by its identifier or Chinese name (责令检查并限期改正 / 通报批评 / 劝其退党; also 限期改正).
    public init?(name text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        let short: [String: OrganizationalAction] = ["限期改正": .orderedCorrection, "责令检查": .orderedCorrection]
        guard let action = OrganizationalAction.allCases.first(where: { $0.rawValue == query || $0.chineseName == query }) ?? short[query] else {
            return nil
        }
        self = action
    }
}

extension BranchTalkPoint {
    /// The point named by its number on the checklist (1–4), identifier or Chinese name.
    public init?(name text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(query), (1...BranchTalkPoint.allCases.count).contains(number) {
            self = BranchTalkPoint.allCases[number - 1]
            return
        }
        guard let point = BranchTalkPoint.allCases.first(where: { $0.rawValue == query || $0.chineseName == query }) else {
            return nil
        }
        self = point
    }
}
