import Foundation
import Model

/// A large, deterministic ledger for benchmarks and load tests.
///
/// Members are split into groups (党小组) of about 50; meetings are spread evenly over
/// `years` calendar years ending in 2026 (the last on 2026-11-30, all held), each drawn
/// from one group with an attendance list of 20–40 of its party members (committee
/// meetings: the five committee members; heart talks: two people). The last year also has
/// dues for every party member, commitments, a monthly 信息报送 series and a few talk cases.
///
/// Randomness comes from `SplitMix64` seeded with `seed`, never from Foundation, so the same
/// arguments always give the same ledger, record for record. Built ledgers pass `LedgerCheck`.
public struct SyntheticLedgerGenerator: Sendable {
    public let memberCount: Int
    public let meetingCount: Int
    public let years: Int
    public let seed: UInt64

    /// The day generated ledgers are written for (the same as the demo's).
    public static let today = CalendarDate(year: 2026, month: 12, day: 4)!
    static let lastYear = 2026

    public init(members: Int, meetings: Int, years: Int = 10, seed: UInt64 = 42) {
        self.memberCount = max(members, 5)
        self.meetingCount = max(meetings, 0)
        self.years = max(years, 1)
        self.seed = seed
    }

    public func build(templates: [FiveOnesTemplate], cadence: [CadenceRule]) -> Ledger {
        var state = State(generator: self)
        return state.build(templates: templates, cadence: cadence)
    }
}

// MARK: - Building

extension SyntheticLedgerGenerator {
    /// Party membership of one person as day numbers, for quick attendance eligibility checks.
    private struct Span {
        var member: Int
        var from: Int
        var until: Int
    }

    private struct State {
        let generator: SyntheticLedgerGenerator
        var rng: SplitMix64
        var ids: DeterministicIDs
        var members: [Member] = []
        var groupIds: [UUID] = []
        /// Party members (probationary, full, transferred out) of each group, with their spans.
        var pools: [[Span]] = []
        var committee: [Int] = []
        var meetings: [Meeting] = []

        init(generator: SyntheticLedgerGenerator) {
            self.generator = generator
            rng = SplitMix64(seed: generator.seed)
            // "5EED" plus the low bits of the seed: never collides with the demo's ids.
            ids = DeterministicIDs(prefix: 0x5EED_0000 | UInt32(truncatingIfNeeded: generator.seed & 0xFFFF))
        }

        var firstYear: Int { SyntheticLedgerGenerator.lastYear - generator.years + 1 }

        mutating func build(templates: [FiveOnesTemplate], cadence: [CadenceRule]) -> Ledger {
            makeMembers()
            let profile = makeProfile()
            makeMeetings()
            var templateList = templates
            if !templateList.contains(where: { $0.id == DemoLedgerBuilder.fiveOnesProjectTemplateId }) {
                templateList.append(DemoLedgerBuilder.fallbackProjectTemplate)
            }
            let (adoptions, logs) = makeFiveOnes()
            return Ledger(profile: profile, members: members, meetings: meetings, cadenceRules: cadence,
                          fiveOnesTemplates: templateList, fiveOnesAdoptions: adoptions, fiveOnesLogs: logs,
                          talkCases: makeTalkCases(), tasks: makeTasks(), commitments: makeCommitments(),
                          dues: makeDues())
        }

        // MARK: Members

        mutating func makeMembers() {
            let count = generator.memberCount
            let groupCount = max(1, (count + 25) / 50)
            groupIds = (0..<groupCount).map { _ in ids.next(.branch) }
            pools = Array(repeating: [], count: groupCount)
            let today = SyntheticLedgerGenerator.today
            members.reserveCapacity(count)

            for index in 0..<count {
                let group = min(index * groupCount / count, groupCount - 1)
                let gender: Gender = rng.percent(55) ? .male : .female
                let birth = CalendarDate(year: rng.int(1962...2000), month: rng.int(1...12), day: rng.int(1...28))!
                // The first five form the committee and are always long-standing full members.
                let roll = index < 5 ? 0 : rng.int(0...99)
                let status: MemberStatus = roll < 91 ? .full : roll < 93 ? .probationary : roll < 95 ? .transferredOut
                    : roll < 96 ? .candidate : roll < 98 ? .activist : .applicant
                var timeline: [StatusEvent] = []
                var joined: CalendarDate?
                var full: CalendarDate?
                var floating: FloatingInfo?
                func event(_ kind: StatusTransition, _ date: CalendarDate, _ note: String = "") -> StatusEvent {
                    StatusEvent(id: ids.next(.statusEvent), kind: kind, date: date, note: note)
                }

                switch status {
                case .full, .transferredOut:
                    let latest = min(birth.year + 35, 2024)
                    let year = rng.int((birth.year + 20)...max(birth.year + 20, latest))
                    joined = CalendarDate(year: year, month: rng.int(1...12), day: rng.int(1...28))!
                    full = joined!.adding(years: 1)
                    timeline.append(event(.admission, joined!))
                    timeline.append(event(.fullMembership, full!))
                    if status == .transferredOut {
                        let day = randomDay(from: max(full!, CalendarDate(year: firstYear, month: 1, day: 1)!), to: today.adding(days: -30))
                        timeline.append(event(.transferOut, day, "组织关系转出"))
                    } else if index >= 5, rng.percent(2) {
                        let since = randomDay(from: CalendarDate(year: 2025, month: 1, day: 1)!, to: today.adding(days: -60))
                        floating = FloatingInfo(category: rng.pick(Names.floatingCategories), place: rng.pick(Names.floatingPlaces), since: since)
                        timeline.append(event(.floatingStart, since))
                    }
                case .probationary:
                    let application = randomDay(from: CalendarDate(year: 2022, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 6, day: 30)!)
                    joined = randomDay(from: CalendarDate(year: 2026, month: 1, day: 1)!, to: CalendarDate(year: 2026, month: 11, day: 30)!)
                    timeline.append(event(.application, application))
                    timeline.append(event(.activist, application.adding(months: 6)))
                    timeline.append(event(.candidate, application.adding(months: 24)))
                    timeline.append(event(.admission, joined!))
                case .candidate, .activist, .applicant:
                    let application = randomDay(from: CalendarDate(year: 2024, month: 1, day: 1)!, to: CalendarDate(year: 2026, month: 10, day: 31)!)
                    timeline.append(event(.application, application))
                    if status != .applicant, application.adding(months: 6) < today {
                        timeline.append(event(.activist, application.adding(months: 6)))
                        if status == .candidate, application.adding(months: 20) < today {
                            timeline.append(event(.candidate, application.adding(months: 20)))
                        }
                    }
                default:
                    break
                }
                // Nobody applies before 18 (DOMAIN.md §3): the youngest are born in 2000.
                let isParty = status.isPartyMember || status == .transferredOut
                let base: Decimal? = isParty ? Decimal(rng.int(50...300) * 50) : nil
                let member = Member(
                    id: ids.next(.member), name: name(), gender: gender, birthDate: birth,
                    education: rng.pick(Names.educations), post: rng.pick(Names.posts), groupId: groupIds[group],
                    phone: phone(),
                    idNumber: FakeIdentity.idNumber(area: rng.pick(Names.areas), birth: birth, sequence: rng.int(0...999), gender: gender),
                    status: status, floating: floating, joinedDate: joined, fullMembershipDate: full,
                    duesBase: base, timeline: timeline)
                if isParty, let joined {
                    let until = timeline.first { $0.kind == .transferOut }?.date.dayNumber ?? Int.max
                    pools[group].append(Span(member: index, from: joined.dayNumber, until: until))
                }
                if index < 5 { committee.append(index) }
                members.append(member)
            }
        }

        func makeProfile() -> BranchProfile {
            let roles: [CommitteeRole] = [.secretary, .deputySecretary, .organization, .propaganda, .disciplineInspection]
            let groups = groupIds.enumerated().map { index, id -> PartyGroup in
                let leader = pools[index].first { members[$0.member].status == .full }.map { members[$0.member].id }
                return PartyGroup(id: id, name: "第\(Names.chineseNumber(index + 1))党小组", leaderId: leader)
            }
            return BranchProfile(id: DeterministicIDs.uuid(namespace: 1, counter: 0, prefix: 0x5EED_0000),
                                 name: "合成测试机关党委第一党支部", organPartyCommittee: "合成测试机关党委",
                                 groups: groups,
                                 committee: zip(roles, committee).map { CommitteeSeat(role: $0, memberId: members[$1].id) },
                                 termStart: CalendarDate(year: 2024, month: 3, day: 15)!, termYears: 3)
        }

        // MARK: Meetings

        mutating func makeMeetings() {
            let start = CalendarDate(year: firstYear, month: 1, day: 1)!.dayNumber
            let end = CalendarDate(year: SyntheticLedgerGenerator.lastYear, month: 11, day: 30)!.dayNumber
            let span = end - start + 1
            let count = generator.meetingCount
            let committeeNames = committee.map { members[$0].name }
            let committeeIds = committee.map { members[$0].id }
            meetings.reserveCapacity(count)

            for k in 0..<count {
                // Evenly spread with a little jitter, so the list comes out nearly sorted.
                let day = min(end, start + k * span / max(count, 1) + rng.int(0...2))
                let date = CalendarDate(dayNumber: day)
                let kind = pickKind()
                let group = rng.int(0...(groupIds.count - 1))
                var attendance: [Attendance]
                switch kind {
                case .committeeMeeting:
                    attendance = []
                    for id in committeeIds { attendance.append(presence(for: id)) }
                case .heartTalk:
                    attendance = draw(from: group, on: day, count: 2)
                    if attendance.count < 2 { attendance = [presence(for: members[committee[0]].id, forcePresent: true)] }
                default:
                    attendance = draw(from: group, on: day, count: rng.int(20...40))
                }
                let host = rng.pick(committeeNames)
                let lecturer = kind == .partyLecture ? rng.pick(committeeNames) : ""
                var votes: [Vote] = []
                if kind == .generalMeeting, rng.percent(30) {
                    let expected = attendance.filter { members[index(of: $0.memberId)].hadVote(on: date) }
                    let present = expected.filter { $0.presence == .present }.count
                    if present * 2 > expected.count, present > 0 {
                        let abstaining = present > 3 ? rng.int(0...1) : 0
                        let votesFor = present - abstaining
                        votes = [Vote(motion: rng.pick(Names.motions), votesFor: votesFor, abstentions: abstaining,
                                      passed: votesFor >= expected.count / 2 + 1)]
                    }
                }
                let startMinutes = rng.pick([510, 540, 840, 870, 900])
                let endMinutes = startMinutes + 60 + rng.pick([0, 15, 30])
                meetings.append(Meeting(
                    id: ids.next(.meeting), kind: kind, state: .held, date: date,
                    startTime: ClockTime(hour: startMinutes / 60, minute: startMinutes % 60),
                    endTime: ClockTime(hour: endMinutes / 60, minute: endMinutes % 60),
                    place: rng.pick(Names.places), host: host, recorder: rng.pick(committeeNames), lecturer: lecturer,
                    groupId: kind == .groupMeeting ? groupIds[group] : nil,
                    topic: rng.pick(Names.topics(kind)), attendance: attendance,
                    minutes: rng.pick(Names.minutes), resolutions: kind == .committeeMeeting || kind == .generalMeeting ? rng.pick(Names.resolutions) : "",
                    votes: votes))
            }
        }

        /// Member index from the deterministic id (ids are handed out in order).
        func index(of id: UUID) -> Int {
            let u = id.uuid
            return (Int(u.12) << 24 | Int(u.13) << 16 | Int(u.14) << 8 | Int(u.15)) - 1
        }

        mutating func pickKind() -> MeetingKind {
            let r = rng.int(0...99)
            switch r {
            case 0..<55: return .groupMeeting
            case 55..<67: return .committeeMeeting
            case 67..<72: return .generalMeeting
            case 72..<78: return .partyLecture
            case 78..<94: return .themeDay
            case 94..<98: return .heartTalk
            case 98: return .lifeMeeting
            default: return .democraticReview
            }
        }

        /// Up to `count` party members of `group` on the roll on `day`, from a random offset.
        mutating func draw(from group: Int, on day: Int, count: Int) -> [Attendance] {
            let pool = pools[group]
            guard !pool.isEmpty else { return [] }
            var result: [Attendance] = []
            result.reserveCapacity(count)
            let offset = rng.int(0...(pool.count - 1))
            for step in 0..<pool.count where result.count < count {
                let span = pool[(offset + step) % pool.count]
                if span.from < day, day < span.until {
                    let m = members[span.member]
                    result.append(presence(for: m.id, forcePresent: false, floating: m.floating != nil))
                }
            }
            return result
        }

        mutating func presence(for id: UUID, forcePresent: Bool = false, floating: Bool = false) -> Attendance {
            if forcePresent { return Attendance(memberId: id, presence: .present) }
            if floating && rng.percent(70) { return Attendance(memberId: id, presence: .excused, reason: "外出流动") }
            let r = rng.int(0...99)
            if r < 88 { return Attendance(memberId: id, presence: .present) }
            if r < 97 { return Attendance(memberId: id, presence: .excused, reason: rng.pick(Names.excuses)) }
            return Attendance(memberId: id, presence: .absent)
        }

        // MARK: Five-ones

        mutating func makeFiveOnes() -> ([FiveOnesAdoption], [FiveOnesLog]) {
            let template = DemoLedgerBuilder.fiveOnesProjectTemplateId
            var lectures: [Period: Meeting] = [:]
            for meeting in meetings where meeting.kind == .partyLecture {
                let quarter = Period.quarter(meeting.date.year, meeting.date.quarter)
                if lectures[quarter] == nil { lectures[quarter] = meeting }
            }
            var adoptions: [FiveOnesAdoption] = []
            var logs: [FiveOnesLog] = []
            for year in firstYear...SyntheticLedgerGenerator.lastYear {
                adoptions.append(FiveOnesAdoption(id: ids.next(.fiveOnes), templateId: template, period: .year(year)))
                for quarterPeriod in Period.all(.quarter, in: year) where quarterPeriod.firstDay < SyntheticLedgerGenerator.today {
                    for item in 0..<5 where rng.percent(80) {
                        if item == 0, let lecture = lectures[quarterPeriod] {
                            logs.append(FiveOnesLog(id: ids.next(.fiveOnes), templateId: template, itemIndex: 0,
                                                    period: quarterPeriod, date: lecture.date,
                                                    participants: lecture.attendance.filter { $0.presence == .present }.map(\.memberId),
                                                    place: lecture.place, meetingId: lecture.id))
                            continue
                        }
                        let last = min(quarterPeriod.lastDay, SyntheticLedgerGenerator.today.adding(days: -1))
                        let date = randomDay(from: quarterPeriod.firstDay, to: last)
                        let group = rng.int(0...(groupIds.count - 1))
                        logs.append(FiveOnesLog(id: ids.next(.fiveOnes), templateId: template, itemIndex: item,
                                                period: quarterPeriod, date: date,
                                                participants: draw(from: group, on: date.dayNumber, count: 10).map(\.memberId),
                                                place: rng.pick(Names.places)))
                    }
                }
            }
            return (adoptions, logs)
        }

        // MARK: Talk cases, tasks, commitments, dues

        mutating func makeTalkCases() -> [TalkCase] {
            let full = members.filter { $0.status == .full }
            guard full.count > 10 else { return [] }
            var cases: [TalkCase] = []
            for n in 0..<max(1, members.count / 250) {
                let subject = full[rng.int(5...(full.count - 1))]
                let opened = randomDay(from: CalendarDate(year: 2025, month: 1, day: 1)!, to: CalendarDate(year: 2026, month: 6, day: 30)!)
                let stages = Array(TalkStage.allCases.prefix(rng.int(1...4)))
                var date = opened
                var entries: [TalkEntry] = []
                for (i, stage) in stages.enumerated() {
                    let isLast = i == stages.count - 1
                    let branch = stage == .branchTalk
                    entries.append(TalkEntry(id: ids.next(.talk), stage: stage, date: date, heldBy: members[committee[i % committee.count]].name,
                                             points: branch ? BranchTalkPoint.allCases : [],
                                             response: "本人表示接受帮助。", outcome: isLast ? .notYet : .noEffect,
                                             deadline: branch ? date.adding(months: 6) : nil,
                                             followUp: branch ? date.adding(months: 3) : nil))
                    date = date.adding(days: rng.int(20...60))
                }
                let closed = n % 3 == 0 ? TalkClosure(date: min(date, SyntheticLedgerGenerator.today), reason: "已改正") : nil
                cases.append(TalkCase(id: ids.next(.talk), memberId: subject.id, openedOn: opened,
                                      origin: rng.percent(50) ? .analysis : .complaint,
                                      reason: "思想状况分析发现作风纪律方面存在问题。", entries: entries, closure: closed))
            }
            return cases
        }

        mutating func makeTasks() -> [LiaisonTask] {
            var tasks: [LiaisonTask] = []
            let series = ids.next(.task)
            for month in 1...12 {
                let due = CalendarDate(year: SyntheticLedgerGenerator.lastYear, month: month, day: 5)!
                tasks.append(LiaisonTask(id: ids.next(.task), title: "党建信息报送（\(SyntheticLedgerGenerator.lastYear)年\(month)月）",
                                         source: "机关党委〔\(SyntheticLedgerGenerator.lastYear)〕3号", kind: .report, due: due,
                                         status: due < SyntheticLedgerGenerator.today ? .reported : .todo,
                                         recurrence: TaskRecurrence(seriesId: series, period: .month, dueDay: 5)))
            }
            let start = CalendarDate(year: firstYear, month: 1, day: 1)!
            for n in 0..<max(5, members.count / 50) {
                let due = randomDay(from: start, to: CalendarDate(year: SyntheticLedgerGenerator.lastYear + 1, month: 1, day: 31)!)
                let kind = rng.pick(TaskKind.allCases)
                let concerns = (0..<rng.int(0...3)).map { _ in members[rng.int(0...(members.count - 1))].id }
                let open = due >= SyntheticLedgerGenerator.today || rng.percent(5)
                tasks.append(LiaisonTask(id: ids.next(.task), title: "\(rng.pick(Names.taskTitles))（第\(n + 1)号）",
                                         source: "机关党委〔\(due.year)〕\(rng.int(1...60))号", kind: kind, due: due,
                                         concerns: concerns, status: open ? .todo : (kind == .report ? .reported : .done)))
            }
            return tasks.sorted { ($0.due, $0.id.uuidString) < ($1.due, $1.id.uuidString) }
        }

        mutating func makeCommitments() -> [Commitment] {
            var result: [Commitment] = []
            for member in members where member.isOnRoll && member.status.isPartyMember && rng.percent(90) {
                let pledges = (0..<rng.int(2...3)).map { i in
                    Pledge(category: Names.pledgeCategories[i % Names.pledgeCategories.count], text: rng.pick(Names.pledges[i % Names.pledges.count]))
                }
                var progress: [ProgressEntry] = []
                for _ in 0..<rng.int(0...3) {
                    progress.append(ProgressEntry(date: randomDay(from: CalendarDate(year: SyntheticLedgerGenerator.lastYear, month: 1, day: 10)!,
                                                                  to: SyntheticLedgerGenerator.today.adding(days: -1)),
                                                  text: rng.pick(Names.progress), hours: Double(rng.int(0...4))))
                }
                progress.sort { ($0.date, $0.text, $0.hours) < ($1.date, $1.text, $1.hours) }
                result.append(Commitment(id: ids.next(.commitment), memberId: member.id, year: SyntheticLedgerGenerator.lastYear,
                                         pledges: pledges, progress: progress,
                                         volunteerHours: progress.reduce(0) { $0 + $1.hours }))
            }
            return result
        }

        /// One payment per party member per month of the last year, up to November;
        /// about one in a hundred stopped paying three months ago.
        mutating func makeDues() -> [DuesPayment] {
            var result: [DuesPayment] = []
            let year = SyntheticLedgerGenerator.lastYear
            result.reserveCapacity(members.count * 11)
            for member in members where member.isOnRoll && member.status.isPartyMember {
                guard let base = member.duesBase, let joined = member.joinedDate else { continue }
                let amount = DuesBrackets.monthlyFen(base: base, category: member.duesCategory)
                let lastMonth = rng.percent(1) ? 8 : 11
                let payDay = rng.int(5...20)
                for month in 1...lastMonth {
                    let ym = YearMonth(year: year, month: month)!
                    guard joined.yearMonth <= ym else { continue }
                    let paid = max(CalendarDate(year: year, month: month, day: payDay)!, joined)
                    result.append(DuesPayment(id: ids.next(.dues), memberId: member.id, month: ym, amountFen: amount, paidOn: paid))
                }
            }
            return result
        }

        // MARK: Small generators

        mutating func randomDay(from: CalendarDate, to: CalendarDate) -> CalendarDate {
            guard from < to else { return from }
            return CalendarDate(dayNumber: rng.int(from.dayNumber...to.dayNumber))
        }

        mutating func name() -> String {
            let surname = rng.percent(2) ? rng.pick(Names.compoundSurnames) : rng.pick(Names.surnames)
            let given = rng.pick(Names.givenCharacters) + (rng.percent(70) ? rng.pick(Names.givenCharacters) : "")
            return surname + given
        }

        mutating func phone() -> String {
            var text = rng.pick(["139", "138", "137", "136", "159", "189"])
            for _ in 0..<8 { text.append(Character(String(rng.int(0...9)))) }
            return text
        }
    }
}

// MARK: - Word lists

private enum Names {
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                           "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
                           "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁",
                           "任", "沈", "姚", "卢", "钟", "姜", "崔", "谭", "陆", "范", "汪", "金", "石", "戴", "贾", "夏",
                           "顾", "钱", "严", "秦", "陶", "缪", "葛", "季", "储", "殷"]
    static let compoundSurnames = ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "皇甫"]
    static let givenCharacters = ["建", "国", "明", "华", "文", "军", "伟", "强", "磊", "静", "丽", "敏", "芳", "燕", "婷", "洁",
                                  "晓", "雨", "涛", "浩", "宇", "杰", "鹏", "飞", "琳", "佳", "欣", "怡", "斌", "峰", "亮", "勇",
                                  "志", "海", "平", "红", "霞", "娟", "秀", "英", "俊", "凯", "博", "远", "清", "瑶", "梦", "桐",
                                  "思", "源", "晨", "阳", "莉", "倩", "昊", "轩", "睿", "蕾"]
    static let areas = ["320102", "320104", "320105", "320106", "320111", "320113", "320115", "320211", "320402",
                        "320503", "320583", "320602", "320703", "320802", "320902", "321002", "321102", "321202", "321302"]
    static let educations = ["大学本科", "大学本科", "大学本科", "硕士研究生", "硕士研究生", "博士研究生", "大专"]
    static let posts = ["一级科员", "四级主任科员", "三级主任科员", "二级主任科员", "一级主任科员", "主任科员",
                        "副处长", "处长", "二级调研员", "一级调研员", "科员"]
    static let floatingCategories = ["挂职", "援疆援藏", "外出学习", "长期病休"]
    static let floatingPlaces = ["宿迁市泗洪县", "连云港市灌云县", "盐城市响水县", "新疆伊犁州", "西藏拉萨市", "中央党校"]
    static let excuses = ["出差", "病假", "事假", "年休假", "参加培训", "值班"]
    static let places = ["处会议室", "机关三楼党员活动室", "机关党员活动中心", "小会议室", "雨花台烈士陵园", "社区党群服务中心"]
    static let minutes = [
        "主持人传达上级有关文件精神。\n与会党员结合工作实际交流发言。\n主持人作总结，提出下一步要求。",
        "集中学习有关文件。\n分组讨论，形成意见建议。",
        "通报近期工作情况。\n研究部署下阶段任务。\n明确责任分工和完成时限。",
    ]
    static let resolutions = ["按会议要求抓好落实。", "原则通过，按程序报机关党委。", "明确分工，限期完成。"]
    static let motions = ["推荐优秀共产党员人选", "通过支部年度工作计划", "同意按期转为正式党员"]
    static let pledgeCategories = ["勤政", "廉政", "服务群众", "岗位"]
    static let pledges = [
        ["按时办结承办事项，不拖不压", "带头执行首问负责和限时办结", "全年无超期办件"],
        ["严守中央八项规定精神", "不接受管理服务对象宴请", "管好配偶子女和身边工作人员"],
        ["每季度参加一次社区报到服务", "全年志愿服务不少于12小时", "结对帮扶一户困难家庭"],
        ["业务考试成绩达到优秀", "牵头完成一项调研课题", "岗位技能竞赛取得名次"],
    ]
    static let progress = ["参加社区志愿服务", "完成调研报告初稿", "参加岗位技能培训", "走访结对帮扶户"]
    static let taskTitles = ["报送党建工作总结", "报送党员发展计划", "提醒召开支部党员大会", "督查党员践诺情况",
                             "报送党费收缴情况", "提醒开展民主评议党员", "督查“三会一课”台账"]

    static func topics(_ kind: MeetingKind) -> [String] {
        switch kind {
        case .generalMeeting: return ["讨论接收预备党员", "讨论预备党员转正", "听取支部委员会工作报告", "部署组织生活会"]
        case .committeeMeeting: return ["研究月度党建工作", "开展党员思想状况分析", "研究党员发展工作", "研究党费收缴情况"]
        case .groupMeeting: return ["学习党章党规", "学习上级文件精神", "交流践诺情况", "开展批评与自我批评"]
        case .partyLecture: return ["书记讲党课", "廉洁从政专题党课", "理想信念专题党课"]
        case .themeDay: return ["重温入党誓词", "进社区志愿服务", "警示教育", "参观红色教育基地"]
        case .lifeMeeting: return ["年度组织生活会"]
        case .democraticReview: return ["年度民主评议党员"]
        case .heartTalk: return ["谈心谈话"]
        }
    }

    /// 1 → 一, 12 → 十二, 105 → 一百零五 (group names up to 999).
    static func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch n {
        case ..<0: return String(n)
        case 0..<10: return digits[n]
        case 10..<20: return "十" + (n % 10 == 0 ? "" : digits[n % 10])
        case 20..<100: return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
        case 100..<1000:
            let rest = n % 100
            let tail = rest == 0 ? "" : rest < 10 ? "零" + digits[rest] : rest < 20 ? "一" + chineseNumber(rest) : chineseNumber(rest)
            return digits[n / 100] + "百" + tail
        default: return String(n)
        }
    }
}
