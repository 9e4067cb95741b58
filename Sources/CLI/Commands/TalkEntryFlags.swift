import Foundation
import Model

/// The flags of `talk stage` and `talk correct` that describe one talk, read before the ledger
/// is opened so a usage error never touches the data. A flag not given leaves the field as it is.
struct TalkEntryFlags {
    var stage: TalkStage?
    var date: CalendarDate?
    var heldBy: String?
    var outcome: TalkOutcome?
    var deadline: CalendarDate?
    var followUp: CalendarDate?
    var points: [BranchTalkPoint]?
    var response: String?
    var writtenRecord: String?
    var action: OrganizationalAction?
    var referred: Bool?
    var skipReason: String?

    /// Reads every entry flag from `args`.
    init(_ args: inout ArgumentList) throws {
        stage = try args.value("--stage").map { text in
            guard let stage = TalkStage(name: text) else {
                let names = TalkStage.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
                throw UsageError("不认识阶段“\(text)”。可用的阶段：\(names)。")
            }
            return stage
        }
        date = try args.value("--date").map { try TalkCommand.date($0, flag: "--date") }
        heldBy = try args.value("--by")
        outcome = try args.value("--outcome").map { text in
            guard let outcome = TalkOutcome(name: text) else {
                let names = TalkOutcome.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
                throw UsageError("不认识结果“\(text)”。可用的结果：\(names)。")
            }
            return outcome
        }
        deadline = try args.value("--deadline").map { try TalkCommand.date($0, flag: "--deadline") }
        followUp = try args.value("--follow-up").map { try TalkCommand.date($0, flag: "--follow-up") }
        var pointTexts: [String]?
        while let value = try args.value("--points") { pointTexts = (pointTexts ?? []) + MeetingText.list(value) }
        points = try pointTexts.map { texts in
            try texts.map { text in
                guard let point = BranchTalkPoint(name: text) else {
                    let names = BranchTalkPoint.allCases.enumerated().map { "\($0.offset + 1) \($0.element.chineseName)" }.joined(separator: "、")
                    throw UsageError("不认识谈话内容“\(text)”。四项内容：\(names)（写序号、标识或中文均可）。")
                }
                return point
            }
        }
        response = try args.value("--response")
        let noteFile = try args.value("--note-file")
        let recordFile = try args.value("--written-record-file")
        if noteFile != nil && recordFile != nil {
            throw UsageError("--note-file 与 --written-record-file 是同一项（书面记录），只写一个。")
        }
        writtenRecord = try (noteFile ?? recordFile).map { try MeetingTextFile.read($0, flag: noteFile != nil ? "--note-file" : "--written-record-file") }
        action = try args.value("--action").map { text in
            guard let action = OrganizationalAction(name: text) else {
                let names = OrganizationalAction.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、")
                throw UsageError("不认识处理方式“\(text)”。可用的处理方式：\(names)。")
            }
            return action
        }
        referred = args.flag("--referred") ? true : nil
        skipReason = try args.value("--skip-reason")
    }

    /// `base` with every given flag applied; the set of points keeps the checklist's order.
    func applied(to base: TalkEntry) -> TalkEntry {
        var entry = base
        if let stage { entry.stage = stage }
        if let date { entry.date = date }
        if let heldBy { entry.heldBy = heldBy.trimmingCharacters(in: .whitespaces) }
        if let outcome { entry.outcome = outcome }
        if let deadline { entry.deadline = deadline }
        if let followUp { entry.followUp = followUp }
        if let points { entry.points = BranchTalkPoint.allCases.filter(points.contains) }
        if let response { entry.response = response }
        if let writtenRecord { entry.writtenRecord = writtenRecord }
        if let action { entry.action = action }
        if let referred { entry.referredToDiscipline = referred }
        if let skipReason { entry.skipReason = skipReason }
        return entry
    }
}
