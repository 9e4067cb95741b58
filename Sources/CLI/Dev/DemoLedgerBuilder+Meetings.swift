import Foundation
import Model

// MARK: - 三会一课, January to December 2026

extension DemoLedgerBuilder.Builder {
    typealias Mark = DemoLedgerBuilder.Mark
    typealias Roll = DemoLedgerBuilder.Roll

    private static let officeRoom = "法规处会议室"
    private static let smallRoom = "法规处小会议室"
    private static let activityRoom = "机关三楼党员活动室"
    private static let awayReason = "在宿迁市泗洪县挂职"

    /// Records a held meeting. Everyone on `roll` is present unless marked; the floating
    /// member is excused (挂职) unless marked present.
    @discardableResult
    mutating func hold(_ kind: MeetingKind, key: String? = nil, _ date: String, _ start: String, _ end: String,
                       place: String, host: String, recorder: String, lecturer: String = "", group: Int? = nil,
                       topic: String, roll: Roll, marks: [String: Mark] = [:], observers: [String] = [],
                       minutes: [String], resolutions: [String] = [], votes: [Vote] = []) -> UUID {
        let day = demoDate(date)
        let people: [Member]
        switch roll {
        case .all: people = self.roll(on: day)
        case .group(let n): people = self.roll(on: day, group: n)
        case .committee: people = profile.committee.map { seat in members.first { $0.id == seat.memberId }! }
        case .names(let names): people = names.map { member($0) }
        }
        for name in marks.keys.sorted() where !people.contains(where: { $0.name == name }) {
            preconditionFailure("demo meeting \(date) marks \(name), who is not on its roll")
        }
        let attendance = people.map { person -> Attendance in
            let mark = marks[person.name] ?? (person.floating != nil ? .excused(Self.awayReason) : .present)
            switch mark {
            case .present: return Attendance(memberId: person.id, presence: .present)
            case .excused(let reason): return Attendance(memberId: person.id, presence: .excused, reason: reason)
            case .absent: return Attendance(memberId: person.id, presence: .absent)
            }
        }
        let id = ids.next(.meeting)
        meetings.append(Meeting(
            id: id, kind: kind, state: .held, date: day, startTime: demoTime(start), endTime: demoTime(end),
            place: place, host: host, recorder: recorder, lecturer: lecturer,
            groupId: group.map { groupIds[$0 - 1] }, topic: topic, attendance: attendance, observers: observers,
            minutes: minutes.joined(separator: "\n"), resolutions: resolutions.joined(separator: "\n"), votes: votes))
        if let key { meetingKeys[key] = id }
        return id
    }

    /// Records a planned meeting: no attendance yet.
    mutating func plan(_ kind: MeetingKind, _ date: String, _ start: String, _ end: String, place: String,
                       host: String, recorder: String, topic: String, minutes: [String] = []) {
        meetings.append(Meeting(
            id: ids.next(.meeting), kind: kind, state: .planned, date: demoDate(date),
            startTime: demoTime(start), endTime: demoTime(end), place: place, host: host, recorder: recorder,
            topic: topic, minutes: minutes.joined(separator: "\n")))
    }

    mutating func makeMeetings() {
        makeCommitteeMeetings()
        makeGeneralMeetings()
        makeGroupMeetings()
        makePartyLectures()
        makeThemeDays()
        makeHeartTalks()
        makePlannedDecember()
        // The id breaks ties so the order never depends on the sort algorithm.
        meetings.sort {
            ($0.date, $0.startTime?.minutesSinceMidnight ?? 0, $0.kind.rawValue, $0.id.uuidString)
                < ($1.date, $1.startTime?.minutesSinceMidnight ?? 0, $1.kind.rawValue, $1.id.uuidString)
        }
    }

    // MARK: 支部委员会会议: monthly, none in August

    private mutating func makeCommitteeMeetings() {
        let (w, c, s) = ("王建国", "陈静", "司马文博")
        hold(.committeeMeeting, "2026-01-08", "08:30", "09:40", place: Self.officeRoom, host: w, recorder: s,
             topic: "研究制定2026年支部党建工作要点和“五个一工程”实施方案", roll: .committee,
             minutes: ["王建国传达省局机关党委2026年党建工作会议精神，回顾2025年支部工作。",
                       "陈静汇报2025年支部台账整理情况，提出2026年“三会一课”全年安排。",
                       "司马文博就“五个一工程”每季度活动安排提出建议，支委逐项讨论。"],
             resolutions: ["一、原则通过2026年支部党建工作要点；",
                           "二、按季度落实“五个一工程”，由宣传委员牵头；",
                           "三、1月下旬开展支委之间谈心谈话。"])
        hold(.committeeMeeting, "2026-02-05", "08:30", "09:30", place: Self.officeRoom, host: w, recorder: s,
             topic: "审查发展对象赵雨桐同志入党材料，研究马骏同志组织关系转出事宜", roll: .committee,
             minutes: ["陈静汇报赵雨桐同志政治审查、集中培训和公示情况，公示期内未收到反映。",
                       "支委逐项审查入党志愿书、政审材料和培养考察材料，认为材料齐全、程序规范。",
                       "王建国强调严格按程序办理，报机关党委预审后提交支部党员大会讨论。",
                       "王建国通报马骏同志调任国家税务总局苏州市税务局的情况，陈静说明组织关系转接手续，党费缴至2026年2月。"],
             resolutions: ["一、同意将接收赵雨桐同志为预备党员事项报机关党委预审，预审通过后提交支部党员大会讨论；",
                           "二、为马骏同志办理组织关系转出手续。"])
        hold(.committeeMeeting, key: "cm-03", "2026-03-10", "08:30", "09:50", place: Self.officeRoom, host: w, recorder: s,
             topic: "开展一季度党员思想状况分析，研究支部党员大会议程", roll: .committee,
             minutes: ["支委逐一分析全体党员一季度思想、工作和作风情况，总体积极向上。",
                       "对个别党员学习不够主动、组织生活参加不够经常的情况，明确由党小组长继续做思想工作。",
                       "审议3月17日支部党员大会议程，机关党委已预审同意赵雨桐同志入党。"],
             resolutions: ["一、形成一季度党员思想状况分析报告；", "二、3月17日召开支部党员大会。"])
        hold(.committeeMeeting, "2026-04-09", "08:30", "09:20", place: Self.officeRoom, host: w, recorder: c,
             topic: "研究清明主题党日和二季度党课安排", roll: .committee,
             minutes: ["司马文博汇报清明节赴雨花台烈士陵园主题党日方案。",
                       "研究二季度党课，拟邀请机关党委周立新副书记授课。",
                       "陈静通报一季度党费收缴情况，全体党员均按月缴纳。"],
             resolutions: ["一、4月3日开展清明主题党日；", "二、5月下旬举办二季度党课。"])
        hold(.committeeMeeting, "2026-05-12", "08:30", "09:30", place: Self.officeRoom, host: w, recorder: s,
             topic: "部署“三服务”进企业活动，研究二季度党员教育安排", roll: .committee,
             minutes: ["司马文博汇报邀请企业负责人座谈税收优惠政策的活动方案。",
                       "王建国要求把“三服务”与法规处职能结合，现场解答企业提出的政策问题。",
                       "陈静汇报预备党员赵雨桐第一次思想汇报情况。"],
             resolutions: ["一、5月21日开展“三服务”进企业主题党日；", "二、5月28日举办二季度党课。"])
        hold(.committeeMeeting, key: "cm-06", "2026-06-04", "08:30", "09:50", place: Self.officeRoom, host: w, recorder: s,
             topic: "开展二季度党员思想状况分析，研究“两优一先”推荐工作", roll: .committee,
             minutes: ["支委分析二季度党员思想状况，党员干部工作积极性高，作风整体良好。",
                       "个别党员作风纪律方面问题经思想工作和党小组帮助仍未明显改进，支部决定指派书记进行提醒谈话。",
                       "研究“两优一先”推荐工作，拟提交支部党员大会表决。"],
             resolutions: ["一、形成二季度党员思想状况分析报告；", "二、6月16日召开支部党员大会，表决推荐人选。"])
        hold(.committeeMeeting, "2026-07-07", "08:30", "09:20", place: Self.officeRoom, host: w, recorder: c,
             topic: "听取预备党员赵雨桐思想汇报情况，研究下半年支部工作", roll: .committee,
             minutes: ["陈静汇报预备党员赵雨桐第二季度思想汇报和培养考察情况，表现良好。",
                       "王建国就下半年支部工作提出要求，强调“三会一课”要与业务工作结合。"],
             resolutions: ["下半年重点抓好党员教育管理和年底组织生活会准备。"])
        hold(.committeeMeeting, key: "cm-09", "2026-09-08", "08:30", "09:40", place: Self.officeRoom, host: w, recorder: s,
             topic: "开展三季度党员思想状况分析，通报党费收缴情况", roll: .committee,
             minutes: ["支委分析三季度党员思想状况，总体稳定。",
                       "陈静通报1—8月党费收缴情况，全体党员均已按月缴纳。",
                       "研究三季度党课和主题党日安排。"],
             resolutions: ["形成三季度党员思想状况分析报告。"])
        hold(.committeeMeeting, "2026-10-13", "08:30", "09:30", place: Self.officeRoom, host: w, recorder: c,
             topic: "对入党积极分子诸葛明远进行半年考察，听取入党申请人钱梦瑶谈话情况", roll: .committee,
             minutes: ["司马文博汇报诸葛明远同志近半年学习、工作和思想情况，培养联系人意见一致认为表现良好。",
                       "陈静汇报10月9日与入党申请人钱梦瑶同志谈话的情况。"],
             resolutions: ["一、诸葛明远同志半年考察合格，继续培养；", "二、钱梦瑶同志列入入党积极分子人选，明年上半年研究。"])
        hold(.committeeMeeting, "2026-11-10", "08:30", "09:50", place: Self.officeRoom, host: w, recorder: s,
             topic: "研究2026年度组织生活会和民主评议党员准备工作", roll: .committee,
             minutes: ["王建国传达机关党委关于召开2026年度组织生活会的通知要求。",
                       "陈静通报党费收缴情况：孙浩同志9、10月党费尚未缴纳，由组织委员当面提醒补缴。",
                       "研究会前征求意见、谈心谈话和对照检查材料的安排。"],
             resolutions: ["一、组织生活会定于12月18日召开；", "二、民主评议党员12月22日进行；", "三、11月24日召开支部党员大会部署。"])
    }

    // MARK: 支部党员大会: quarterly

    private mutating func makeGeneralMeetings() {
        let (w, c) = ("王建国", "陈静")
        // 12 full members on the roll in March (赵雨桐 is still a 发展对象 and attends as an
        // observer); 10 present, so the quorum holds and 7 votes would pass.
        hold(.generalMeeting, key: "gm-q1", "2026-03-17", "14:30", "16:30", place: Self.activityRoom, host: w, recorder: c,
             topic: "讨论接收赵雨桐同志为预备党员", roll: .all,
             marks: ["吴志强": .excused("出差（赴苏州参加全省税收法制工作会议）")],
             observers: ["赵雨桐（发展对象）", "诸葛明远（入党积极分子）"],
             minutes: ["王建国主持会议，通报应到有表决权党员12人，实到10人，超过半数，会议有效。",
                       "赵雨桐同志汇报对党的认识、入党动机和本人履历。",
                       "入党介绍人陈静、欧阳修介绍赵雨桐同志的情况，并表明意见。",
                       "陈静代表支委会报告对赵雨桐同志的审查情况。",
                       "与会党员充分讨论，认为赵雨桐同志具备党员条件，同时希望她进一步加强理论学习。",
                       "采取举手方式表决。"],
             resolutions: ["赞成10票，反对0票，弃权0票，超过应到会有表决权党员半数，同意接收赵雨桐同志为中共预备党员，报机关党委审批。"],
             votes: [Vote(motion: "接收赵雨桐同志为中共预备党员", votesFor: 10, passed: true)])
        // The denominator trap (支部工作条例 第十一条): 12 voters should attend, 9 are present,
        // so 7 votes are needed; 赵雨桐 attends as a probationary member and has no vote.
        hold(.generalMeeting, key: "gm-q2", "2026-06-16", "14:30", "16:00", place: Self.activityRoom, host: w, recorder: c,
             topic: "表决推荐机关党委“优秀共产党员”人选", roll: .all,
             marks: ["吴志强": .excused("病假"), "刘洋": .excused("出差（赴徐州参加全省税收法制培训）")],
             minutes: ["王建国主持会议，通报应到有表决权党员12人，实到9人；预备党员赵雨桐同志列席讨论，不参加表决。",
                       "陈静介绍支委会提名上官婉清同志的理由：牵头完成规范性文件清理，服务纳税人成效明显。",
                       "与会党员讨论，一致认为推荐人选群众基础好。"],
             resolutions: ["赞成8票，反对0票，弃权1票（上官婉清本人），超过应到会有表决权党员半数（需至少7票），同意推荐上官婉清同志为机关党委“优秀共产党员”人选。"],
             votes: [Vote(motion: "推荐上官婉清同志为机关党委“优秀共产党员”人选", votesFor: 8, abstentions: 1, passed: true)])
        hold(.generalMeeting, key: "gm-q3", "2026-09-15", "14:30", "16:00", place: Self.activityRoom, host: w, recorder: c,
             topic: "听取支部委员会上半年工作报告，通报预备党员考察情况", roll: .all,
             marks: ["孙浩": .excused("病假"), "周敏": .excused("出差")],
             minutes: ["王建国代表支委会报告上半年工作，“三会一课”基本按计划开展，8月份支委会因集中办理复议案件未能召开。",
                       "陈静通报预备党员赵雨桐同志的培养考察情况。",
                       "党员围绕“三服务”和依法行政提出意见建议7条，支委会逐条回应。"],
             resolutions: ["一、认真落实党员提出的意见建议；", "二、9月底前补齐上半年台账。"])
        hold(.generalMeeting, key: "gm-q4", "2026-11-24", "14:30", "16:10", place: Self.activityRoom, host: w, recorder: c,
             topic: "部署2026年度组织生活会和民主评议党员工作", roll: .all,
             marks: ["黄海涛": .present, "张丽华": .excused("病假")],
             observers: ["诸葛明远（入党积极分子）"],
             minutes: ["王建国传达机关党委通知精神，部署年度组织生活会和民主评议党员工作。",
                       "陈静说明会前征求意见、谈心谈话、撰写对照检查材料的时间安排。",
                       "黄海涛同志从挂职地回支部参会，汇报挂职工作情况。"],
             resolutions: ["一、12月18日召开组织生活会；", "二、12月22日开展民主评议党员；", "三、12月10日前完成谈心谈话。"])
    }

    // MARK: 党小组会: monthly per group; 第一党小组 skipped July, 第二党小组 skipped October

    private mutating func makeGroupMeetings() {
        // (date, topic, minutes, marks); group 1 is led by 陈静 and recorded by 张丽华.
        let group1: [(String, String, [String], [String: Mark])] = [
            ("2026-01-21", "学习省局2026年工作会议精神，交流个人年度承诺",
             ["陈静领学省局工作会议报告。", "每位党员结合岗位交流2026年公开承诺内容。"],
             ["孙浩": .absent]),
            ("2026-02-11", "学习《中国共产党章程》，对照党章找差距",
             ["集中学习党章总纲和党员义务部分。", "大家对照党员标准查找自身不足，逐一发言。"],
             ["刘洋": .excused("事假")]),
            ("2026-03-18", "学习全国两会精神，讨论税收法治建设",
             ["学习政府工作报告中有关税收法治的内容。", "结合规范性文件审核工作讨论如何提高立法质量。"],
             ["孙浩": .absent]),
            ("2026-04-21", "开展批评与自我批评，帮助同志改进作风",
             ["围绕工作纪律和作风开展批评与自我批评。", "小组成员对照检查，互相提出改进意见，个别同志作了表态。"],
             [:]),
            ("2026-05-20", "讨论“三服务”进企业活动方案",
             ["讨论5月21日企业座谈会的分工。", "李晓明介绍近年税收优惠政策变化要点。"],
             ["张丽华": .excused("出差")]),
            ("2026-06-17", "学习党史，交流庆祝建党105周年心得",
             ["观看党史专题片片段。", "赵雨桐同志交流入党以来的体会。"],
             [:]),
            ("2026-08-19", "交流上半年践诺情况",
             ["每位党员报告上半年承诺事项进展。", "陈静点评，提醒个别同志加快兑现承诺。"],
             ["王建国": .excused("出差（赴北京参加培训）")]),
            ("2026-09-16", "学习《中华人民共和国行政复议法》，提升依法行政能力",
             ["李晓明结合近期复议案件讲解新法要点。", "大家讨论复议应诉工作中的风险点。"],
             [:]),
            ("2026-10-21", "学习宪法和党内法规，交流学习体会",
             ["学习宪法有关条文和《中国共产党党内法规制定条例》。", "刘洋、赵雨桐两位年轻同志交流学习体会。"],
             ["孙浩": .excused("病假")]),
            ("2026-11-18", "对照党章党规查摆问题，为组织生活会做准备",
             ["每位党员对照党章党规查摆问题。", "相互征求意见，为撰写对照检查材料做准备。"],
             [:]),
        ]
        for (date, topic, minutes, marks) in group1 {
            hold(.groupMeeting, key: date == "2026-04-21" ? "g1-04" : nil, date, "15:00", "16:30",
                 place: Self.officeRoom, host: "陈静", recorder: "张丽华", group: 1,
                 topic: topic, roll: .group(1), marks: marks, minutes: minutes)
        }

        // Group 2 is led by 司马文博 and recorded by 周敏.
        let group2: [(String, String, [String], [String: Mark])] = [
            ("2026-01-22", "学习省局2026年工作会议精神，交流个人年度承诺",
             ["司马文博领学省局工作会议报告。", "大家交流2026年公开承诺内容。"], [:]),
            ("2026-02-12", "学习《中国共产党章程》，对照党章找差距",
             ["集中学习党章。", "对照党员标准逐一发言。"], ["吴志强": .excused("年休假")]),
            ("2026-03-19", "学习全国两会精神，讨论税收法治建设",
             ["学习两会精神。", "欧阳修结合地方税立法谈体会。"], [:]),
            ("2026-04-23", "学习《中国共产党纪律处分条例》",
             ["逐章学习纪律处分条例。", "结合典型案例讨论“六项纪律”。"], ["周敏": .excused("病假")]),
            ("2026-05-14", "讨论“三服务”进企业活动方案",
             ["讨论企业座谈会议程。", "上官婉清准备税收优惠政策汇编。"], [:]),
            ("2026-06-18", "学习党史，交流庆祝建党105周年心得",
             ["学习党史重要节点。", "大家交流入党初心。"], [:]),
            ("2026-07-22", "学习新修订的地方性税收法规",
             ["欧阳修讲解新修订的地方性法规要点。", "讨论对审核工作的影响。"], ["黄海涛": .present]),
            ("2026-08-13", "交流上半年践诺情况",
             ["每位党员报告承诺进展。", "司马文博提出下半年要求。"], ["上官婉清": .excused("年休假")]),
            ("2026-09-17", "学习《中华人民共和国行政复议法》，提升依法行政能力",
             ["学习行政复议法。", "周敏介绍复议案件办理流程。"], ["吴志强": .excused("出差")]),
            ("2026-11-17", "对照党章党规查摆问题，为组织生活会做准备",
             ["对照党章党规查摆问题。", "相互征求意见。"], [:]),
        ]
        for (date, topic, minutes, marks) in group2 {
            hold(.groupMeeting, date, "15:00", "16:30", place: Self.smallRoom, host: "司马文博", recorder: "周敏",
                 group: 2, topic: topic, roll: .group(2), marks: marks, minutes: minutes)
        }
    }

    // MARK: 党课: quarterly

    private mutating func makePartyLectures() {
        hold(.partyLecture, key: "pl-q1", "2026-03-26", "14:30", "16:00", place: Self.activityRoom,
             host: "陈静", recorder: "司马文博", lecturer: "王建国",
             topic: "以法治思维推进税收法规工作——书记讲党课", roll: .all,
             marks: ["孙浩": .excused("事假")],
             observers: ["诸葛明远（入党积极分子）"],
             minutes: ["王建国围绕“坚持依法治税、建设法治机关”讲授党课。",
                       "党课联系法规处职能，讲了规范性文件合法性审核、行政复议应诉中的党性要求。",
                       "党员结合岗位谈体会。"])
        hold(.partyLecture, key: "pl-q2", "2026-05-28", "14:30", "16:00", place: Self.activityRoom,
             host: "王建国", recorder: "司马文博", lecturer: "周立新（机关党委副书记）",
             topic: "学党章、守党规，做合格机关党员", roll: .all,
             observers: ["诸葛明远（入党积极分子）"],
             minutes: ["机关党委周立新副书记应邀授课，系统讲解党章对党员的基本要求。",
                       "结合机关作风建设讲了“人人是窗口，个个是形象”。",
                       "王建国要求大家把党课内容落实到日常工作中。"])
        hold(.partyLecture, key: "pl-q3", "2026-08-27", "14:30", "15:50", place: Self.activityRoom,
             host: "王建国", recorder: "司马文博", lecturer: "陈静",
             topic: "从严治党永远在路上——学习《中国共产党纪律处分条例》", roll: .all,
             marks: ["欧阳修": .excused("出差（赴南通调研）")],
             observers: ["诸葛明远（入党积极分子）"],
             minutes: ["陈静结合典型案例讲解纪律处分条例的重点条款。",
                       "播放警示教育片片段，党员谈观后感。"])
        hold(.partyLecture, key: "pl-q4", "2026-11-12", "14:30", "16:00", place: Self.activityRoom,
             host: "王建国", recorder: "陈静", lecturer: "司马文博",
             topic: "弘扬雨花英烈精神，坚定理想信念", roll: .all,
             marks: ["李晓明": .excused("出差")],
             observers: ["诸葛明远（入党积极分子）", "钱梦瑶（入党申请人）"],
             minutes: ["司马文博以雨花英烈事迹为主线讲授党课。",
                       "党员交流清明节赴雨花台烈士陵园的感受。",
                       "入党积极分子、入党申请人列席听课。"])
    }

    // MARK: 主题党日: monthly, none in February (春节)

    private mutating func makeThemeDays() {
        let (w, c, s) = ("王建国", "陈静", "司马文博")
        hold(.themeDay, "2026-01-23", "09:00", "11:30", place: "南京市玄武区", host: w, recorder: s,
             topic: "新春走访慰问离退休老党员", roll: .all,
             marks: ["张丽华": .excused("病假")],
             minutes: ["支部党员分两组走访慰问原法规处离退休老党员4名。", "听取老党员对机关工作的意见建议。"])
        hold(.themeDay, key: "td-03", "2026-03-05", "09:00", "11:30", place: "南京市鼓楼区宁海路街道社区服务中心",
             host: s, recorder: c, topic: "学雷锋志愿服务：走进社区宣讲个人所得税汇算政策", roll: .all,
             marks: ["王建国": .excused("参加省局党组会")],
             minutes: ["在社区设立咨询台，现场解答居民个税汇算问题30余个。", "发放税收政策宣传资料200余份。"])
        hold(.themeDay, key: "td-04", "2026-04-03", "08:30", "11:30", place: "雨花台烈士陵园",
             host: w, recorder: s, topic: "清明祭英烈——赴雨花台烈士陵园缅怀革命先烈", roll: .all,
             observers: ["诸葛明远（入党积极分子）"],
             minutes: ["全体党员向烈士敬献花篮，重温入党誓词。", "参观雨花台烈士纪念馆，聆听讲解。"])
        hold(.themeDay, "2026-05-21", "14:00", "16:30", place: Self.officeRoom, host: w, recorder: s,
             topic: "“三服务”进企业：邀请企业负责人座谈税收优惠政策", roll: .all,
             marks: ["刘洋": .excused("出差")],
             observers: ["广成房地产开发公司负责人", "溧水区自来水公司负责人"],
             minutes: ["邀请企业负责人座谈，听取享受税收优惠政策情况和改进地税工作的建议。",
                       "宣传《江苏省地方税务局“三服务”措施》，赠送税收优惠政策汇编。",
                       "现场解答企业提出的问题，对3个需要研究的问题明确了办理时限。"])
        hold(.themeDay, "2026-06-30", "16:00", "17:00", place: Self.activityRoom, host: w, recorder: c,
             topic: "庆祝建党105周年，重温入党誓词", roll: .all,
             marks: ["黄海涛": .present],
             minutes: ["全体党员面向党旗重温入党誓词，预备党员赵雨桐领誓。", "为7月1日入党、党龄34年的吴志强同志过“政治生日”。"])
        hold(.themeDay, key: "td-07", "2026-07-16", "08:30", "12:00", place: "江苏省党风廉政警示教育基地",
             host: c, recorder: s, topic: "赴警示教育基地接受警示教育", roll: .all,
             marks: ["孙浩": .excused("事假")],
             minutes: ["参观警示教育展，听取典型案例讲解。", "返程后每人撰写一篇心得体会。"])
        hold(.themeDay, "2026-08-20", "18:30", "20:30", place: "南京市秦淮区五老村社区",
             host: s, recorder: c, topic: "在职党员进社区报到服务", roll: .all,
             marks: ["王建国": .excused("出差（赴北京参加培训）"), "吴志强": .excused("年休假")],
             minutes: ["到居住地社区报到，认领“四个一”服务事项。", "参加社区夏季消防安全宣传。"])
        hold(.themeDay, "2026-09-24", "14:30", "16:30", place: Self.officeRoom, host: s, recorder: c,
             topic: "学习《中华人民共和国税收征收管理法》修订要点专题研讨", roll: .all,
             minutes: ["欧阳修介绍征管法修订的主要内容。", "分组讨论对本处审核工作的影响，形成3条建议报处领导。"])
        hold(.themeDay, key: "td-10", "2026-10-22", "08:30", "16:00", place: "南京市溧水区税务局",
             host: w, recorder: s, topic: "赴溧水开展“送政策下基层”服务活动", roll: .all,
             marks: ["周敏": .excused("病假"), "孙浩": .excused("事假")],
             minutes: ["与基层税务干部座谈，了解地方性法规执行中的问题。", "走访两家小微企业，宣讲税费优惠政策。"])
        hold(.themeDay, "2026-11-19", "16:00", "17:00", place: Self.activityRoom, host: w, recorder: c,
             topic: "党员“政治生日”集体过：重温入党初心", roll: .all,
             minutes: ["为11月入党的司马文博、上官婉清同志过“政治生日”，赠送政治生日贺卡。", "每人写一句入党初心寄语。"])
    }

    // MARK: 谈心谈话

    private mutating func makeHeartTalks() {
        hold(.heartTalk, key: "ht-q1", "2026-01-20", "15:00", "17:00", place: "处长办公室", host: "王建国", recorder: "陈静",
             topic: "支委之间谈心谈话", roll: .committee,
             minutes: ["王建国分别与陈静、司马文博谈心，交流年度工作思路。", "互相指出工作中的不足，提出改进建议。"])
        hold(.heartTalk, key: "ht-q2", "2026-04-16", "16:00", "17:00", place: Self.smallRoom, host: "陈静", recorder: "陈静",
             topic: "组织委员与预备党员赵雨桐谈心谈话", roll: .names(["陈静", "赵雨桐"]),
             minutes: ["了解赵雨桐同志入党后的思想和工作情况。", "提醒她按季度提交思想汇报，在业务上多向老同志请教。"])
        hold(.heartTalk, key: "ht-q3", "2026-07-09", "16:00", "17:00", place: "处长办公室", host: "王建国", recorder: "王建国",
             topic: "书记与青年党员刘洋谈心谈话", roll: .names(["王建国", "刘洋"]),
             minutes: ["了解刘洋同志试用期工作和生活情况。", "鼓励他在规范性文件审核工作中多承担、多思考。"])
    }

    // MARK: December: planned

    private mutating func makePlannedDecember() {
        plan(.committeeMeeting, "2026-12-08", "08:30", "09:30", place: Self.officeRoom, host: "王建国", recorder: "司马文博",
             topic: "审定2026年度组织生活会方案，安排会前谈心谈话")
        plan(.themeDay, "2026-12-11", "14:30", "16:00", place: Self.activityRoom, host: "司马文博", recorder: "陈静",
             topic: "学习宪法，弘扬宪法精神（国家宪法日主题党日）")
        plan(.lifeMeeting, "2026-12-18", "14:00", "17:30", place: Self.activityRoom, host: "王建国", recorder: "陈静",
             topic: "2026年度组织生活会",
             minutes: ["议程：一、通报会前征求意见情况；二、支委会对照检查；三、党员逐一对照检查，开展批评和自我批评。"])
        plan(.democraticReview, "2026-12-22", "14:30", "16:30", place: Self.activityRoom, host: "王建国", recorder: "陈静",
             topic: "2026年度民主评议党员",
             minutes: ["个人自评、党员互评、民主测评，支委会综合评定；“优秀”等次不超过参评党员的三分之一。"])
    }
}
