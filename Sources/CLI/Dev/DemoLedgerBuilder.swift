import Foundation
import Model

/// Builds the demo ledger: one year in the life of 省地方税务局法规处党支部.
///
/// The branch, its people and its year are invented but drawn from the seed case reports
/// (省地税局机关党委 "三服务" 专题支部活动, 南京新生圩海关 "五个一工程", 省检察院 提醒谈话制度,
/// 省食品药品监管局 联络员制度, 省地震局 党员目标承诺制). "Today" is 2026-12-04: January to
/// November 2026 are on record, December is planned.
///
/// The record is honest rather than perfect, so every screen has something to show:
/// - no 支委会 in August, no 第一党小组 meeting in July, no 第二党小组 meeting in October,
///   no 主题党日 in February (春节);
/// - 孙浩 is three months behind with dues (September–November) and is the subject of an
///   open 提醒谈话 case that has reached the branch talk;
/// - the Q4 "五个一工程" items 思想分析, 专题讲座 and 谈心交流 are still outstanding;
/// - the 2026 组织生活会 and 民主评议党员 are planned for December;
/// - the committee's three-year term ends 2027-03-22, four months away.
///
/// Everything is deterministic: identifiers come from `DeterministicIDs`, never `UUID()`,
/// and no dictionary is iterated while building, so two runs give byte-identical files.
/// The whole ledger passes `LedgerCheck` with no problems (see DemoLedgerBuilderTests).
public enum DemoLedgerBuilder {
    /// The day the demo is written for.
    public static let today = CalendarDate(year: 2026, month: 12, day: 4)!

    /// The 五个一工程 (南京新生圩海关) template in `data/templates/fiveones.json`, which the
    /// demo branch adopts for 2026.
    public static let fiveOnesProjectTemplateId = UUID(uuidString: "F1000000-0000-4000-8000-000000000002")!

    /// Builds the demo ledger with the shipped templates and cadence rules.
    ///
    /// If `templates` lacks the 五个一工程 template, a copy of it is added so the five-ones
    /// log never points at a missing template.
    public static func build(templates: [FiveOnesTemplate], cadence: [CadenceRule]) -> Ledger {
        var builder = Builder(templates: templates, cadence: cadence)
        return builder.build()
    }

    /// Monthly 党费 in fen for an after-tax monthly base in 元 (中组发〔2008〕3号 brackets,
    /// rounded half up to the fen: the rules set no rounding, DOMAIN.md §3).
    public static func duesFen(monthlyBase: Decimal, category: DuesCategory = .working) -> Int {
        DuesBrackets.monthlyFen(base: monthlyBase, category: category)
    }

    /// The built-in copy of the adopted template, used only when the caller's list lacks it.
    static var fallbackProjectTemplate: FiveOnesTemplate {
        FiveOnesTemplate(id: fiveOnesProjectTemplateId, name: "五个一工程", source: "南京新生圩海关党总支",
                         period: .quarter, level: .branch,
                         items: ["上好一堂党课", "组织一次思想分析", "做好一场专题讲座", "开展一次谈心交流", "开展一次主题学习实践活动"])
    }
}

// MARK: - The builder

extension DemoLedgerBuilder {
    /// A mark on the attendance list; everyone not marked is present, except the floating
    /// member, who is excused unless marked present.
    enum Mark {
        case present
        case excused(String)
        case absent
    }

    /// Who should attend a meeting.
    enum Roll {
        /// Every party member on the roll that day.
        case all
        /// The party members of group 1 or 2 on the roll that day.
        case group(Int)
        /// The three committee members.
        case committee
        /// Named members.
        case names([String])
    }

    /// Mutable state while building: the id source, the cast and the records made so far.
    struct Builder {
        var ids = DeterministicIDs()
        let templates: [FiveOnesTemplate]
        let cadence: [CadenceRule]

        var profile = BranchProfile(id: DeterministicIDs.uuid(namespace: 1, counter: 0), name: "")
        var groupIds: [UUID] = []
        var members: [Member] = []
        var meetings: [Meeting] = []
        var fiveOnesLogs: [FiveOnesLog] = []
        var adoptions: [FiveOnesAdoption] = []
        var talkCases: [TalkCase] = []
        var tasks: [LiaisonTask] = []
        var commitments: [Commitment] = []
        var dues: [DuesPayment] = []

        /// Meetings the other ledgers link to, by a short key.
        var meetingKeys: [String: UUID] = [:]

        init(templates: [FiveOnesTemplate], cadence: [CadenceRule]) {
            self.templates = templates
            self.cadence = cadence
        }

        mutating func build() -> Ledger {
            makeProfileAndCast()
            makeMeetings()
            linkTimelines()
            makeFiveOnes()
            makeTalkCase()
            makeTasks()
            makeCommitments()
            makeDues()
            var templateList = templates
            if !templateList.contains(where: { $0.id == DemoLedgerBuilder.fiveOnesProjectTemplateId }) {
                templateList.append(DemoLedgerBuilder.fallbackProjectTemplate)
            }
            return Ledger(profile: profile, members: members, meetings: meetings, cadenceRules: cadence,
                          fiveOnesTemplates: templateList, fiveOnesAdoptions: adoptions, fiveOnesLogs: fiveOnesLogs,
                          talkCases: talkCases, tasks: tasks, commitments: commitments, dues: dues)
        }

        // MARK: Lookups

        func member(_ name: String) -> Member {
            guard let m = members.first(where: { $0.name == name }) else {
                preconditionFailure("demo cast has no \(name)")
            }
            return m
        }

        func id(_ name: String) -> UUID { member(name).id }

        func meetingId(_ key: String) -> UUID {
            guard let id = meetingKeys[key] else { preconditionFailure("demo has no meeting \(key)") }
            return id
        }

        func meeting(_ key: String) -> Meeting {
            let id = meetingId(key)
            return meetings.first { $0.id == id }!
        }

        /// Party members (probationary or full) on the roll on `date`: admitted before that
        /// day and not yet transferred out. People in the pipeline are never on attendance
        /// lists; they come as observers (列席).
        func roll(on date: CalendarDate, group: Int? = nil) -> [Member] {
            members.filter { m in
                guard let joined = m.joinedDate, joined < date else { return false }
                if let out = m.timeline.first(where: { $0.kind == .transferOut }), out.date <= date { return false }
                if let group, m.groupId != groupIds[group - 1] { return false }
                return true
            }
        }

        /// Names of present attendees of a held meeting.
        func presentIds(_ key: String) -> [UUID] {
            meeting(key).attendance.filter { $0.presence == .present }.map(\.memberId)
        }
    }
}

// MARK: - Small date helpers

/// `"2026-03-17"` → a date; the demo's literals are all valid, so a typo traps at once.
func demoDate(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure("bad demo date \(text)") }
    return date
}

func demoTime(_ text: String) -> ClockTime {
    guard let time = ClockTime(text) else { preconditionFailure("bad demo time \(text)") }
    return time
}
