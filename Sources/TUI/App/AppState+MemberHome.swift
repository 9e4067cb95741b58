import Foundation
import Model

/// What a member may write in their own view: a progress entry or the year-end self-assessment.
public enum OwnEntry: Sendable, Equatable {
    case progress
    case selfAssessment
}

extension AppState {
    /// The member role: one page, their own; `p` and `s` are the only writes (issue #8).
    mutating func updateMemberHome(_ memberId: UUID, _ key: Key) -> [Effect] {
        if case .ownEntry(var prompt, let kind)? = overlay {
            let event = prompt.handle(key)
            overlay = .ownEntry(prompt, kind)
            switch event {
            case .submitted(let text):
                return saveOwnEntry(text, kind: kind, memberId: memberId)
            case .cancelled:
                overlay = nil
            default:
                break
            }
            return []
        }
        switch key {
        case .char("q"): return [.quit]
        case .up, .char("k"): homeScroll = max(0, homeScroll - 1)
        case .down, .char("j"): homeScroll += 1
        case .pageUp: homeScroll = max(0, homeScroll - 10)
        case .pageDown: homeScroll += 10
        case .char("p"):
            overlay = .ownEntry(Prompt(title: "践诺进展（\(today.iso)）", hint: "写下做了什么　Enter 保存  Esc 取消"), .progress)
        case .char("s"):
            let current = ledger.commitments.first { $0.memberId == memberId && $0.year == today.year }?.review?.selfAssessment ?? ""
            overlay = .ownEntry(Prompt(title: "\(today.year) 年自我评价", text: current, hint: "Enter 保存  Esc 取消"), .selfAssessment)
        default:
            notice = "在本人页面可以：p 添加践诺进展，s 填写自我评价，↑↓ 翻看，q 退出。"
        }
        return []
    }

    private mutating func saveOwnEntry(_ text: String, kind: OwnEntry, memberId: UUID) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let error = TextRule.required(trimmed, field: "text", label: kind == .progress ? "践诺进展" : "自我评价").first {
            notice = error.message
            return []
        }
        guard var commitment = ledger.commitments.first(where: { $0.memberId == memberId && $0.year == today.year }) else {
            notice = "本年度还没有你的承诺记录，请先与支部书记联系建立。"
            overlay = nil
            return []
        }
        switch kind {
        case .progress:
            commitment.progress.append(ProgressEntry(date: today, text: trimmed))
        case .selfAssessment:
            var review = commitment.review ?? CommitmentReview()
            review.selfAssessment = trimmed
            commitment.review = review
        }
        return [.save(.saveCommitment(commitment))]
    }
}
