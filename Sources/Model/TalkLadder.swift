import Foundation

/// The rules of the reminder-talk ladder (DOMAIN.md §4, seed: 党员提醒谈话制度, 省检察院机关党委):
/// which entry may be added to a case, and with what.
///
/// - Stages go up in order: 思想状况分析 → 思想工作 → 党小组批评帮助 → 党支部提醒谈话 →
///   机关党委提醒谈话 → 组织处理. A stage may be held again (a second talk at the same level);
///   going back down is refused (a wrong entry is corrected, not followed by a lower one).
/// - A case moves up only when the stage before had no effect (结果“无效”). Moving up earlier, or
///   skipping a stage, needs a recorded reason (`skipReason`). The analysis is a finding, not a
///   remedy, so 思想工作 may follow it whatever its outcome; skipping the analysis itself (a case
///   opened on a complaint) needs no reason.
/// - 党支部提醒谈话 covers the four points and sets a deadline; 机关党委提醒谈话 is not saved
///   without its 书面记录; 组织处理 records the action, and only there may 诫勉谈话 be marked as
///   referred to the discipline office (never held by the branch alone).
/// - 限期改正 is at most one year from the talk (中国共产党党员教育管理工作条例 第三十条).
/// - A closed case takes no new stage entries; corrections of its record are still allowed,
///   since they add to the history and change nothing already written.
///
/// Every function is pure: "today" is a parameter.
public enum TalkLadder {
    /// The latest 限期改正 allowed for a talk held on `date`: one year later (第三十条).
    public static func latestDeadline(after date: CalendarDate) -> CalendarDate { date.adding(years: 1) }

    /// Everything wrong with appending `entry` as a new stage record of `talk`.
    public static func check(_ entry: TalkEntry, appendingTo talk: TalkCase, today: CalendarDate) -> [ValidationError] {
        var errors: [ValidationError] = []
        if let closure = talk.closure {
            errors.append(ValidationError(field: "closure",
                "此案已于 \(closure.date.iso) 结案（已改正：\(closure.reason)），不再记录新的谈话；如记录有误，请用更正。"))
        }
        if entry.corrects != nil {
            errors.append(ValidationError(field: "corrects", "这是一条更正，请用更正功能保存，并指明所更正的记录。"))
        }
        errors += fields(entry, in: talk, today: today)
        errors += ladder(entry, after: talk.effectiveEntries)
        return errors
    }

    /// Everything wrong with `replacement` as a correction of the entry `id` of `talk`.
    ///
    /// The corrected entry stays on file; the replacement is checked against the entries in
    /// force before it, as if it had been recorded in its place.
    public static func check(correcting id: UUID, with replacement: TalkEntry, in talk: TalkCase,
                             today: CalendarDate) -> [ValidationError] {
        guard let target = talk.entries.first(where: { $0.id == id }) else {
            return [ValidationError(field: "corrects", "此案中没有编号为 \(id.uuidString.prefix(8)) 的谈话记录，无法更正。")]
        }
        let effective = talk.effectiveEntries
        guard let position = effective.firstIndex(where: { $0.id == id }) else {
            return [ValidationError(field: "corrects",
                "\(target.date.iso) 的“\(target.stage.chineseName)”记录已被更正过，请更正最新的那一条。")]
        }
        var errors = fields(replacement, in: talk, today: today)
        errors += ladder(replacement, after: Array(effective[..<position]))
        return errors
    }

    /// Everything wrong with closing `talk` as resolved (改正) on `date` for `reason`.
    public static func checkClosing(_ talk: TalkCase, on date: CalendarDate, reason: String, today: CalendarDate) -> [ValidationError] {
        var errors: [ValidationError] = []
        if let closure = talk.closure {
            errors.append(ValidationError(field: "closure", "此案已于 \(closure.date.iso) 结案，不能再次结案。"))
        }
        errors += TextRule.required(reason, field: "reason", label: "结案理由（改正情况）")
        if date < talk.openedOn {
            errors.append(ValidationError(field: "date", "结案日期 \(date.iso) 早于立案日期 \(talk.openedOn.iso)。"))
        }
        if let last = talk.effectiveEntries.map(\.date).max(), date < last {
            errors.append(ValidationError(field: "date", "结案日期 \(date.iso) 早于最近一次谈话（\(last.iso)）。"))
        }
        if date > today {
            errors.append(ValidationError(field: "date", "结案日期 \(date.iso) 在今天（\(today.iso)）之后：只能记录已经改正的情况。"))
        }
        return errors
    }

    // MARK: - Field rules

    /// Rules of one entry on its own (dates, text, what each stage must or must not record).
    static func fields(_ entry: TalkEntry, in talk: TalkCase, today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.required(entry.heldBy, field: "heldBy", label: "谈话人", limit: TextRule.nameLimit)
        errors += TextRule.multiLine(entry.response, field: "response", label: "本人态度和表态")
        errors += TextRule.multiLine(entry.writtenRecord, field: "writtenRecord", label: "书面记录")
        errors += TextRule.multiLine(entry.skipReason, field: "skipReason", label: "跳过或提前升级的理由")
        let stage = "“\(entry.stage.chineseName)”"
        if entry.date < talk.openedOn {
            errors.append(ValidationError(field: "date", "谈话日期 \(entry.date.iso) 早于立案日期 \(talk.openedOn.iso)。"))
        }
        if entry.date > today {
            errors.append(ValidationError(field: "date", "谈话日期 \(entry.date.iso) 在今天（\(today.iso)）之后：只能记录已经进行的谈话。"))
        }
        if let deadline = entry.deadline {
            let latest = latestDeadline(after: entry.date)
            if deadline < entry.date {
                errors.append(ValidationError(field: "deadline", "改正期限 \(deadline.iso) 早于谈话日期 \(entry.date.iso)。"))
            } else if deadline > latest {
                errors.append(ValidationError(field: "deadline",
                    "限期改正最长一年（《中国共产党党员教育管理工作条例》第三十条）：\(entry.date.iso) 谈话，期限最晚 \(latest.iso)，不能定在 \(deadline.iso)。"))
            }
        }
        if let followUp = entry.followUp, followUp < entry.date {
            errors.append(ValidationError(field: "followUp", "跟进日期 \(followUp.iso) 早于谈话日期 \(entry.date.iso)。"))
        }
        if entry.stage == .branchTalk {
            let missing = BranchTalkPoint.allCases.filter { !entry.points.contains($0) }
            if !missing.isEmpty {
                errors.append(ValidationError(field: "points",
                    "党支部提醒谈话应包括四项内容：指出问题、正面教育、批评指正、提出警告并限期改正；尚未勾选：\(missing.map(\.chineseName).joined(separator: "、"))。"))
            }
            if entry.deadline == nil {
                errors.append(ValidationError(field: "deadline", "党支部提醒谈话须提出警告并限期改正：请填写改正期限（最长一年）。"))
            }
        } else if !entry.points.isEmpty {
            errors.append(ValidationError(field: "points", "四项内容（指出问题、正面教育、批评指正、提出警告并限期改正）只在党支部提醒谈话中勾选，\(stage)不记录。"))
        }
        if entry.stage == .committeeTalk, entry.writtenRecord.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(ValidationError(field: "writtenRecord", "机关党委提醒谈话须有书面记录，填写书面记录后才能保存。"))
        }
        if entry.stage == .organizationalAction {
            if entry.action == nil {
                errors.append(ValidationError(field: "action", "组织处理须写明处理方式：责令检查并限期改正、通报批评或劝其退党。"))
            }
        } else {
            if let action = entry.action {
                errors.append(ValidationError(field: "action", "处理方式“\(action.chineseName)”只在组织处理阶段记录，\(stage)不记录。"))
            }
            if entry.referredToDiscipline {
                errors.append(ValidationError(field: "referredToDiscipline",
                    "诫勉谈话须在组织处理阶段会同纪检部门进行，不能由支部单独进行，\(stage)不能标记移交纪检。"))
            }
        }
        return errors
    }

    // MARK: - The ladder

    /// Whether `entry` may follow `previous` (the entries in force before it, in order).
    static func ladder(_ entry: TalkEntry, after previous: [TalkEntry]) -> [ValidationError] {
        let hasReason = !entry.skipReason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        let target = "“\(entry.stage.chineseName)”"
        var errors: [ValidationError] = []
        guard let last = previous.max(by: { ($0.stage, $0.date) < ($1.stage, $1.date) }) else {
            // A new case starts with the analysis or with 思想工作 (a complaint has no analysis).
            let skipped = TalkStage.allCases.filter { $0 > .counseling && $0 < entry.stage }
            if entry.stage > .counseling && !hasReason {
                errors.append(ValidationError(field: "skipReason",
                    "此案还没有谈话记录，直接从\(target)开始跳过了\(names([.counseling] + skipped))：跳过阶段须写明理由。"))
            }
            return errors
        }
        if let latestDate = previous.map(\.date).max(), entry.date < latestDate {
            errors.append(ValidationError(field: "date", "谈话日期 \(entry.date.iso) 早于此案上一次谈话（\(latestDate.iso)）；如是补记或误记，请用更正。"))
        }
        if entry.stage < last.stage {
            errors.append(ValidationError(field: "stage",
                "此案已到“\(last.stage.chineseName)”，不能再记录较低的\(target)；如是误记，请用更正。"))
            return errors
        }
        guard entry.stage > last.stage, !hasReason else { return errors }
        let skipped = TalkStage.allCases.filter { $0 > last.stage && $0 < entry.stage }
        if !skipped.isEmpty {
            errors.append(ValidationError(field: "skipReason",
                "从“\(last.stage.chineseName)”到\(target)跳过了\(names(skipped))：跳过阶段须写明理由。"))
        }
        // The analysis only finds the problem; 思想工作 is the first remedy and may follow it directly.
        if last.stage != .analysis && last.outcome != .noEffect {
            errors.append(ValidationError(field: "outcome",
                "只有上一阶段无效才能升级：“\(last.stage.chineseName)”（\(last.date.iso)）的结果是“\(last.outcome.chineseName)”。如确需提前升级，须写明理由。"))
        }
        return errors
    }

    private static func names(_ stages: [TalkStage]) -> String {
        stages.map { "“\($0.chineseName)”" }.joined(separator: "、")
    }
}
