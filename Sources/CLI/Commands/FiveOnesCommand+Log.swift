import Foundation
import Model
import Persistence

extension FiveOnesCommand {
    /// `fiveones log`: records one deed. With `--meeting` the deed is that 三会一课 record,
    /// linked rather than typed again (date, place, present attendees and topic come from it).
    /// Every name is resolved, the log is checked with `FiveOnesLog.validate`, evidence files
    /// must exist, and nothing is written while anything is wrong.
    static func log(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let templateText = try args.value("--template") else {
            throw UsageError("请用 --template 给出模板，例如 --template 五个一工程。可用 branchdesk fiveones templates 查看。")
        }
        guard let itemText = try args.value("--item") else {
            throw UsageError("请用 --item 给出项目序号（1、2、3…，见 branchdesk fiveones templates）。")
        }
        guard let number = Int(itemText), number >= 1 else {
            throw UsageError("--item 应为项目序号 1、2、3…，而不是“\(itemText)”。")
        }
        let dateText = try args.value("--date")
        let meetingText = try args.value("--meeting")
        let note = try args.value("--note")
        let place = try args.value("--place")
        let participantNames = try list(&args, "--participants")
        var evidence: [String] = []
        while let path = try args.value("--evidence") { evidence.append(path) }
        let householdText = try args.value("--household")
        try args.finish()
        let givenDate = try dateText.map { text -> CalendarDate in
            switch ChineseDateParser.parse(text, label: "--date 的日期") {
            case .success(let date): return date
            case .failure(let error): throw UsageError(error.message)
            }
        }
        guard givenDate != nil || meetingText != nil else {
            throw UsageError("请用 --date 给出活动日期，例如 --date 2026-11-12；若这次活动是已记录的会议，用 --meeting 会议编号。")
        }

        let store = try context.openStore()
        var ledger = try store.load(years: [])
        try refuseUnreadable(store, doing: "无法核对模板和党员名单，本次不保存")
        let template = try self.template(templateText, in: ledger)
        var problems: [String] = []
        var meeting: Meeting?
        if let meetingText {
            // An id says nothing about its year: every year's meetings are read.
            let meetings = store.years(of: .meetings).flatMap { store.records(Meeting.self, year: $0) }
            try refuseUnreadable(store, doing: "无法查找会议记录，本次不保存")
            switch self.meeting(meetingText, in: meetings) {
            case .success(let found): meeting = found
            case .failure(let error): throw FiveOnesFailure(error.message)
            }
        }
        let date = givenDate ?? meeting!.date
        let adoption = FiveOnesAdoption.covering(date, template: template, in: ledger.fiveOnesAdoptions)
        // The logs that could duplicate this one are filed by date inside the adopted span.
        let years = self.years(of: [adoption?.period ?? .year(date.year)]).union(meeting.map { [$0.date.year] } ?? [])
        for year in years.sorted() {
            ledger.fiveOnesLogs += store.records(FiveOnesLog.self, year: year)
        }
        try refuseUnreadable(store, doing: "无法核对是否已登记过，本次不保存")
        if let meeting { ledger.meetings = [meeting] }

        var household: Household?
        if let householdText {
            household = adoption?.household(named: householdText) ?? pairedHousehold(householdText, adoption: adoption, ledger: ledger)
            if household == nil, let adoption {
                let names = adoption.households.map(\.name).joined(separator: "、")
                problems.append("找不到结对户“\(householdText)”。本期结对户有：\(names.isEmpty ? "（无）" : names)。")
            }
        }
        var participants: [UUID] = []
        for name in participantNames {
            switch MemberLookup.resolve(name, in: ledger.members) {
            case .success(let member): participants.append(member.id)
            case .failure(let error): problems.append(error.message)
            }
        }
        let period = adoption?.period(containing: date, for: template)
            ?? Period(containing: date, kind: template.period) ?? .year(date.year)
        var entry = meeting.map {
            FiveOnesLog.fromMeeting($0, templateId: template.id, itemIndex: number - 1, period: period, householdId: household?.id)
        } ?? FiveOnesLog(templateId: template.id, itemIndex: number - 1, period: period, date: date, householdId: household?.id)
        entry.date = date
        if !participantNames.isEmpty { entry.participants = participants }
        if let place { entry.place = place }
        if let note { entry.note = note }
        entry.evidence = evidence
        for path in evidence where !FileManager.default.fileExists(atPath: path) {
            let base = path.hasPrefix("/") ? "" : "（相对路径按当前目录 \(FileManager.default.currentDirectoryPath) 计算）"
            problems.append("佐证材料“\(path)”不存在\(base)。请写出文件的实际路径；本程序只记录路径，不复制文件。")
        }
        for error in entry.validate(in: ledger, today: context.today) {
            let message = commandLineMessage(error, template: template, adopted: adoption != nil, date: date, meetingGiven: meeting != nil)
            if !problems.contains(message) { problems.append(message) }
        }
        guard problems.isEmpty else {
            context.output.err("branchdesk \(name) log：没有保存。请改正以下问题后重试：")
            for problem in problems { context.output.err("  · \(problem)") }
            return 1
        }
        try store.save(entry)
        if context.options.format == .json {
            try context.output.json(entry)
        } else {
            context.output.out(entry.id.uuidString)
        }
        return 0
    }

    /// A household found by its paired member's name, when no household has the name typed.
    private static func pairedHousehold(_ text: String, adoption: FiveOnesAdoption?, ledger: Ledger) -> Household? {
        guard let adoption, case .success(let member) = MemberLookup.resolve(text, in: ledger.members) else { return nil }
        let paired = adoption.households.filter { $0.pairedMemberId == member.id }
        return paired.count == 1 ? paired[0] : nil
    }

    /// The model's message, with the command to run where the command line fixes it.
    private static func commandLineMessage(_ error: ValidationError, template: FiveOnesTemplate, adopted: Bool,
                                           date: CalendarDate, meetingGiven: Bool) -> String {
        switch error.field {
        case "period" where !adopted:
            let span = template.period == .pairing ? "\(date.year) --household '户名:结对党员'" : "\(date.year)"
            return "\(template.quotedName)没有在包含 \(date.iso) 的期间开展。请先开展：branchdesk fiveones adopt --template \(template.name) --period \(span)"
        case "householdId" where template.period == .pairing:
            return error.message.replacingOccurrences(of: "须指明结对户", with: "须用 --household 指明结对户")
        case "date" where meetingGiven && error.message.contains("关联会议"):
            return error.message + "用 --meeting 时可省略 --date。"
        default:
            return error.message
        }
    }
}
