import Foundation
import Model
import Persistence

extension MeetingCommand {
    /// `meeting add`: builds a record from the flags, resolves every name against the member
    /// files, checks it with `Meeting.validate`, and saves it only when nothing is wrong.
    static func add(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let kindText = try args.value("--kind") else {
            throw UsageError("请用 --kind 给出会议类型，例如 --kind committee-meeting 或 --kind 支委会。")
        }
        let kind = try self.kind(kindText)
        guard let dateText = try args.value("--date") else {
            throw UsageError("请用 --date 给出会议日期，例如 --date 2026-03-05。")
        }
        guard let date = CalendarDate(dateText) else {
            throw UsageError("--date 的日期“\(dateText)”无效：应为存在的日期，格式 YYYY-MM-DD，例如 2026-03-05。")
        }
        guard let topic = try args.value("--topic") else {
            throw UsageError("请用 --topic 给出议题。")
        }
        let groupText = try args.value("--group")
        let host = try args.value("--host") ?? ""
        let recorder = try args.value("--recorder") ?? ""
        let lecturer = try args.value("--lecturer") ?? ""
        let place = try args.value("--place") ?? ""
        let start = try args.value("--start").map { try clock($0, flag: "--start") }
        let end = try args.value("--end").map { try clock($0, flag: "--end") }
        let present = try repeated(&args, "--present")
        let excused = try repeated(&args, "--excused")
        let absent = try repeated(&args, "--absent")
        let observers = try repeated(&args, "--observers")
        let minutesFile = try args.value("--minutes-file")
        let resolutionsFile = try args.value("--resolutions-file")
        let planned = args.flag("--planned")
        try args.finish()

        let minutes = try minutesFile.map { try MeetingTextFile.read($0, flag: "--minutes-file") } ?? ""
        let resolutions = try resolutionsFile.map { try MeetingTextFile.read($0, flag: "--resolutions-file") } ?? ""
        let store = try context.openStore()
        // Meetings are not needed to check a new one: leave every year's shard undecoded.
        let ledger = try store.load(years: [])
        if let issue = store.issues.first {
            throw MeetingFailure("无法读取 \(issue.description)，无法核对党员名单，本次不保存。请先修复该文件，可用 branchdesk check 查看。")
        }

        var problems: [String] = []
        func member(_ text: String) -> Member? {
            switch MemberLookup.resolve(text, in: ledger.members) {
            case .success(let member): return member
            case .failure(let error): problems.append(error.message); return nil
            }
        }
        var attendance: [Attendance] = []
        for name in present.flatMap(MeetingText.list) {
            if let m = member(name) { attendance.append(Attendance(memberId: m.id, presence: .present)) }
        }
        for entry in excused.flatMap(MeetingText.list) {
            // 张三:出差 — the reason after the first colon, half- or full-width.
            let parts = entry.split(maxSplits: 1, whereSeparator: { $0 == ":" || $0 == "：" })
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            if let m = member(String(parts[0])) { attendance.append(Attendance(memberId: m.id, presence: .excused, reason: reason)) }
        }
        for name in absent.flatMap(MeetingText.list) {
            if let m = member(name) { attendance.append(Attendance(memberId: m.id, presence: .absent)) }
        }
        var groupId: UUID?
        if let groupText {
            if kind != .groupMeeting {
                problems.append("只有党小组会需要 --group，本次记录的是\(kind.chineseName)。")
            } else {
                switch group(groupText, in: ledger.profile) {
                case .success(let group): groupId = group.id
                case .failure(let error): problems.append(error.message)
                }
            }
        }

        let meeting = Meeting(kind: kind, state: planned ? .planned : .held, date: date, startTime: start, endTime: end,
                              place: place, host: personName(host, in: ledger), recorder: personName(recorder, in: ledger),
                              lecturer: personName(lecturer, in: ledger), groupId: groupId, topic: topic,
                              attendance: attendance, observers: observers.flatMap(MeetingText.list),
                              minutes: minutes, resolutions: resolutions)
        for error in meeting.validate(in: ledger, today: context.today) {
            guard let message = commandLineMessage(error, meeting: meeting, groupGiven: groupText != nil,
                                                   ledger: ledger, today: context.today) else { continue }
            if !problems.contains(message) { problems.append(message) }
        }
        guard problems.isEmpty else {
            context.output.err("branchdesk \(name) add：没有保存。请改正以下问题后重试：")
            for problem in problems { context.output.err("  · \(problem)") }
            return 1
        }
        try store.save(meeting)
        if context.options.format == .json {
            try context.output.json(meeting)
        } else {
            context.output.out(meeting.id.uuidString)
        }
        return 0
    }

    /// Every value of a flag that may be repeated (`--present 张三 --present 李四`).
    private static func repeated(_ args: inout ArgumentList, _ flag: String) throws -> [String] {
        var values: [String] = []
        while let value = try args.value(flag) { values.append(value) }
        return values
    }

    private static func clock(_ text: String, flag: String) throws -> ClockTime {
        guard let time = ClockTime(text) else {
            throw UsageError("\(flag) 的时间“\(text)”无效：应为 HH:MM，例如 14:30。")
        }
        return time
    }

    /// A party group by name or id; an unknown one lists the branch's groups.
    static func group(_ text: String, in profile: BranchProfile) -> Result<PartyGroup, ValidationError> {
        let query = text.trimmingCharacters(in: .whitespaces)
        if let group = profile.groups.first(where: { $0.name == query || $0.id.uuidString.lowercased() == query.lowercased() }) {
            return .success(group)
        }
        if query.count >= 8 {
            let byPrefix = profile.groups.filter { $0.id.uuidString.lowercased().hasPrefix(query.lowercased()) }
            if byPrefix.count == 1 { return .success(byPrefix[0]) }
        }
        let known = profile.groups.isEmpty ? "本支部还没有设置党小组。" : "本支部的党小组有：\(profile.groups.map(\.name).joined(separator: "、"))。"
        return .failure(ValidationError(field: "groupId", "找不到党小组“\(query)”。\(known)"))
    }

    /// 主持人, 记录人 and 授课人 are stored as names (a lecturer may come from outside the
    /// branch); a member's id typed instead is turned into the name.
    private static func personName(_ text: String, in ledger: Ledger) -> String {
        let query = text.trimmingCharacters(in: .whitespaces)
        let isId = query.count >= 8 && query.allSatisfy { $0.isHexDigit || $0 == "-" }
        if isId, case .success(let member) = MemberLookup.resolve(query, in: ledger.members) {
            return member.name
        }
        return query
    }

    /// The model's message, with the flag to use where the command line fixes it differently
    /// from the form; nil when the problem was already reported (an unknown --group).
    private static func commandLineMessage(_ error: ValidationError, meeting: Meeting, groupGiven: Bool,
                                           ledger: Ledger, today: CalendarDate) -> String? {
        switch error.field {
        case "groupId" where meeting.groupId == nil && groupGiven:
            return nil
        case "date" where meeting.state == .held && meeting.date > today:
            return "会议日期 \(meeting.date.iso) 在今天（\(today.iso)）之后：已召开的会议不能记在未来。计划召开的会议请加 --planned。"
        case "groupId" where meeting.groupId == nil:
            let groups = ledger.profile.groups.map(\.name).joined(separator: "、")
            return "党小组会须用 --group 指明党小组" + (groups.isEmpty ? "，但本支部还没有设置党小组。" : "（本支部有：\(groups)）。")
        case "lecturer":
            return "党课须用 --lecturer 填写授课人。"
        case "attendance" where error.message.hasSuffix("请假须写明事由。"):
            return error.message.dropLast() + "（写作 --excused '姓名:事由'）。"
        default:
            return error.message
        }
    }
}
