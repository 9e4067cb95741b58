import Foundation

/// The text rules (TextRule: no control characters in one-line fields, length limits) for the
/// records whose full validation `LedgerCheck` does not run — five-ones logs, talk cases,
/// commitments and dues — so that a hand-edited file with an ESC in a note or a 200 KB reason is
/// named by `branchdesk check` like a bad member name is (issue #9, input hygiene). Empty text is
/// allowed here: which fields are required is the forms' rule, not the file's.
extension LedgerCheck {
    static func textErrors(_ log: FiveOnesLog) -> [ValidationError] {
        TextRule.singleLine(log.place, field: "place", label: "地点")
            + TextRule.multiLine(log.note, field: "note", label: "备注")
    }

    static func textErrors(_ talk: TalkCase) -> [ValidationError] {
        var errors = TextRule.multiLine(talk.reason, field: "reason", label: "谈话缘由")
        for entry in talk.entries {
            errors += TextRule.singleLine(entry.heldBy, field: "heldBy", label: "谈话人", limit: TextRule.nameLimit)
            errors += TextRule.multiLine(entry.response, field: "response", label: "本人态度和表态")
            errors += TextRule.multiLine(entry.writtenRecord, field: "writtenRecord", label: "书面记录")
            errors += TextRule.multiLine(entry.skipReason, field: "skipReason", label: "跳过或提前升级的理由")
        }
        if let closure = talk.closure {
            errors += TextRule.multiLine(closure.reason, field: "closure", label: "结案理由")
        }
        return errors
    }

    static func textErrors(_ commitment: Commitment) -> [ValidationError] {
        var errors = TextRule.singleLine(commitment.pioneerPost, field: "pioneerPost", label: "先锋岗/责任区")
        for pledge in commitment.pledges {
            errors += TextRule.singleLine(pledge.category, field: "pledges", label: "承诺类别")
            errors += TextRule.multiLine(pledge.text, field: "pledges", label: "承诺内容")
        }
        for entry in commitment.progress {
            errors += TextRule.multiLine(entry.text, field: "progress", label: "践诺情况")
        }
        if let review = commitment.review {
            errors += TextRule.multiLine(review.selfAssessment, field: "review", label: "自我评价")
            errors += TextRule.multiLine(review.secretaryComment, field: "review", label: "书记评语")
        }
        return errors
    }

    static func textErrors(_ payment: DuesPayment) -> [ValidationError] {
        TextRule.singleLine(payment.note, field: "note", label: "党费备注")
    }
}
