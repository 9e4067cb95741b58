import Foundation
import Model

// MARK: - Five-ones, talk case, liaison tasks, commitments and dues

extension DemoLedgerBuilder.Builder {
    // MARK: 五个一工程 (南京新生圩海关), adopted for 2026

    mutating func makeFiveOnes() {
        let template = DemoLedgerBuilder.fiveOnesProjectTemplateId
        adoptions.append(FiveOnesAdoption(id: ids.next(.fiveOnes), templateId: template, period: .year(2026)))

        // Item indices: 0 上好一堂党课, 1 组织一次思想分析, 2 做好一场专题讲座, 3 开展一次谈心交流,
        // 4 开展一次主题学习实践活动. A held meeting that fulfils an item is linked, never retyped.
        let linked: [(Int, Int, String, String)] = [
            (1, 0, "pl-q1", "书记讲党课"), (1, 1, "cm-03", "一季度党员思想状况分析"),
            (1, 3, "ht-q1", "支委之间谈心谈话"), (1, 4, "td-03", "学雷锋社区个税政策宣讲"),
            (2, 0, "pl-q2", "机关党委副书记讲党课"), (2, 1, "cm-06", "二季度党员思想状况分析"),
            (2, 3, "ht-q2", "与预备党员谈心"), (2, 4, "td-04", "清明祭英烈"),
            (3, 0, "pl-q3", "纪律处分条例专题党课"), (3, 1, "cm-09", "三季度党员思想状况分析"),
            (3, 3, "ht-q3", "与青年党员谈心"), (3, 4, "td-07", "警示教育基地接受警示教育"),
            // Q4: 思想分析, 专题讲座 and 谈心交流 are still outstanding on 2026-12-04.
            (4, 0, "pl-q4", "雨花英烈精神专题党课"), (4, 4, "td-10", "送政策下基层"),
        ]
        // 专题讲座 were not 三会一课 meetings, so they are logged on their own.
        let lectures: [(Int, String, String, String, String)] = [
            (1, "2026-02-26", Self.lectureRoom, "邀请南京审计大学教授作《税收法定原则与地方税立法》专题讲座",
             "台账/2026/一季度/专题讲座签到表.jpg"),
            (2, "2026-05-07", Self.lectureRoom, "邀请省司法厅专家作《民法典》与税收征管衔接专题讲座",
             "台账/2026/二季度/专题讲座签到表.jpg"),
            (3, "2026-07-23", Self.lectureRoom, "邀请保密部门专家作数据安全与保密专题讲座",
             "台账/2026/三季度/专题讲座照片.jpg"),
        ]
        var logs: [FiveOnesLog] = []
        for (quarter, item, key, note) in linked {
            let record = meeting(key)
            logs.append(FiveOnesLog(id: ids.next(.fiveOnes), templateId: template, itemIndex: item,
                                    period: .quarter(2026, quarter), date: record.date,
                                    participants: presentIds(key), place: record.place, note: note,
                                    meetingId: record.id))
        }
        for (quarter, date, place, note, evidence) in lectures {
            let day = demoDate(date)
            let present = roll(on: day).filter { $0.floating == nil }.map(\.id)
            logs.append(FiveOnesLog(id: ids.next(.fiveOnes), templateId: template, itemIndex: 2,
                                    period: .quarter(2026, quarter), date: day, participants: present,
                                    place: place, note: note, evidence: [evidence]))
        }
        fiveOnesLogs = logs.sorted { ($0.date, $0.itemIndex) < ($1.date, $1.itemIndex) }
    }

    private static let lectureRoom = "机关三楼党员活动室"

    // MARK: 提醒谈话: 孙浩, open at the branch-talk stage

    mutating func makeTalkCase() {
        let entries = [
            TalkEntry(id: ids.next(.talk), stage: .analysis, date: demoDate("2026-01-14"), heldBy: "陈静",
                      response: "分析结论：该同志表现一般，工作纪律松散，需做深入细致的思想工作。",
                      outcome: .notYet),
            TalkEntry(id: ids.next(.talk), stage: .counseling, date: demoDate("2026-02-10"), heldBy: "陈静",
                      response: "本人表示今后注意，但此后仍有迟到早退，3月18日党小组会无故缺席。",
                      outcome: .noEffect),
            TalkEntry(id: ids.next(.talk), stage: .groupCriticism, date: demoDate("2026-04-21"), heldBy: "第一党小组（陈静主持）",
                      response: "在党小组会上作了自我批评，但5月仍有两次无故迟到，群众仍有反映。",
                      outcome: .noEffect),
            TalkEntry(id: ids.next(.talk), stage: .branchTalk, date: demoDate("2026-06-09"), heldBy: "王建国",
                      points: BranchTalkPoint.allCases,
                      response: "本人认识到问题的严重性，表示严格遵守工作纪律、按时参加组织生活，年底前改正到位。",
                      outcome: .notYet, deadline: demoDate("2026-12-31"), followUp: demoDate("2026-12-15"),
                      writtenRecord: "指出问题：工作纪律松散、组织生活参加不经常。\n正面教育：学习党章关于党员义务的规定。\n批评指正：对迟到早退、无故缺席党小组会提出批评。\n提出警告：限2026年12月31日前改正，12月中旬回访。"),
        ]
        talkCases.append(TalkCase(id: ids.next(.talk), memberId: id("孙浩"), openedOn: demoDate("2026-01-14"),
                                  origin: .analysis,
                                  reason: "2025年下半年党员思想状况分析发现：工作纪律松散，多次迟到早退，参加组织生活不够经常，群众有反映。",
                                  entries: entries))
    }

    // MARK: 党建工作联络员 tasks

    mutating func makeTasks() {
        var list: [LiaisonTask] = []
        list.append(LiaisonTask(id: ids.next(.task), title: "报送2026年上半年支部党建工作总结", source: "机关党委〔2026〕12号",
                                kind: .report, due: demoDate("2026-07-10"), status: .reported,
                                note: "7月8日经机关党建网报送。"))
        // Overdue: still open on 2026-12-04.
        list.append(LiaisonTask(id: ids.next(.task), title: "报送2027年度发展党员计划", source: "机关党委〔2026〕27号",
                                kind: .report, due: demoDate("2026-11-20"),
                                concerns: [id("诸葛明远"), id("钱梦瑶")], status: .todo,
                                note: "须先经支委会研究诸葛明远、钱梦瑶的培养计划。"))
        list.append(LiaisonTask(id: ids.next(.task), title: "督促孙浩同志补缴9—11月党费", source: "支委会决定（2026-11-10）",
                                kind: .inspect, due: demoDate("2026-12-15"), concerns: [id("孙浩")], status: .reminded,
                                reminders: [
                                    ReminderLogEntry(date: demoDate("2026-11-12"), whom: "孙浩", what: "补缴9、10月党费", how: "当面"),
                                    ReminderLogEntry(date: demoDate("2026-11-27"), whom: "孙浩", what: "补缴9—11月党费，12月15日前交组织委员", how: "微信"),
                                ]))
        list.append(LiaisonTask(id: ids.next(.task), title: "提醒支部报送2026年度组织生活会方案", source: "机关党委〔2026〕31号",
                                kind: .remind, due: demoDate("2026-12-11"), status: .reminded,
                                reminders: [ReminderLogEntry(date: demoDate("2026-11-26"), whom: "王建国",
                                                             what: "组织生活会方案须于12月11日前报机关党委", how: "当面")]))
        list.append(LiaisonTask(id: ids.next(.task), title: "督促预备党员赵雨桐提交第四季度思想汇报", source: "",
                                kind: .inspect, due: demoDate("2026-12-25"), concerns: [id("赵雨桐")], status: .todo))
        list.append(LiaisonTask(id: ids.next(.task), title: "提醒支委会做好换届选举准备（本届任期2027年3月22日届满）",
                                source: "《中国共产党基层组织选举工作条例》", kind: .remind, due: demoDate("2027-01-15"),
                                status: .todo, note: "换届前须报机关党委同意，候选人差额不少于20%。"))
        list.append(LiaisonTask(id: ids.next(.task), title: "督查党员年中践诺情况", source: "支部2026年党建工作要点",
                                kind: .inspect, due: demoDate("2026-08-31"),
                                concerns: [id("孙浩"), id("刘洋")], status: .done,
                                note: "8月党小组会上逐人报告，已汇总。"))

        // 信息报送: one task a month in a single series (never duplicated on regeneration).
        let series = ids.next(.task)
        for month in 1...12 {
            let due = CalendarDate(year: 2026, month: month, day: 5)!
            list.append(LiaisonTask(id: ids.next(.task), title: "党建信息报送（2026年\(month)月）", source: "机关党委〔2026〕3号",
                                    kind: .report, due: due, status: due < DemoLedgerBuilder.today ? .reported : .todo,
                                    recurrence: TaskRecurrence(seriesId: series, period: .month, dueDay: 5)))
        }
        tasks = list.sorted { ($0.due, $0.id.uuidString) < ($1.due, $1.id.uuidString) }
    }

    // MARK: 党员承诺 2026

    mutating func makeCommitments() {
        typealias Plan = (name: String, pledges: [(String, String)], progress: [(String, String, Double)], post: String)
        let plans: [Plan] = [
            ("王建国", [("勤政", "带头落实“一岗双责”，每季度至少讲一次党课或业务辅导"),
                      ("廉政", "严守中央八项规定精神，管好身边工作人员"),
                      ("服务群众", "每半年带队走访一次基层税务机关，帮助解决实际问题")],
             [("2026-03-26", "讲授一季度党课", 0), ("2026-10-22", "带队赴溧水开展“送政策下基层”", 0)], ""),
            ("陈静", [("勤政", "按月收缴党费，支部台账当月整理归档"),
                     ("廉政", "不接受管理服务对象宴请和礼品"),
                     ("岗位", "全年办结行政复议案件不超期")],
             [("2026-06-30", "上半年台账按月整理完毕", 0)], ""),
            ("司马文博", [("岗位", "规范性文件合法性审核做到“零差错”"),
                       ("服务群众", "每季度参加一次社区报到服务"),
                       ("勤政", "按时完成机关党建网信息报送")],
             [("2026-03-05", "社区个税汇算咨询志愿服务", 3), ("2026-08-20", "社区消防安全宣传", 2)], "党员先锋岗·规范性文件审核"),
            ("李晓明", [("岗位", "全年为企业解读税收优惠政策不少于10次"),
                      ("廉政", "执行回避制度，不插手具体涉税事项")],
             [("2026-05-21", "企业座谈会解读税收优惠政策", 0)], ""),
            ("张丽华", [("岗位", "完成地方税收法规汇编修订"),
                      ("服务群众", "参加社区“银发课堂”志愿服务")],
             [("2026-04-18", "社区“银发课堂”讲解防范电信诈骗", 4), ("2026-09-12", "社区“银发课堂”讲解个税专项附加扣除", 3)], ""),
            ("刘洋", [("勤政", "试用期内熟悉规范性文件审核全部流程"),
                     ("服务群众", "参加12366热线政策答疑志愿服务")],
             [("2026-07-15", "12366热线政策答疑志愿服务", 4)], ""),
            ("孙浩", [("勤政", "遵守工作纪律，按时参加组织生活"),
                     ("廉政", "不利用职务便利为亲友办事")],
             [], ""),
            ("赵雨桐", [("勤政", "按季度向支部提交思想汇报"),
                      ("服务群众", "全年参加社区志愿服务不少于12小时")],
             [("2026-03-05", "社区个税汇算咨询志愿服务", 3), ("2026-08-20", "社区消防安全宣传", 2),
              ("2026-10-17", "社区助老志愿服务", 4)], ""),
            ("欧阳修", [("岗位", "牵头完成征管法修订影响评估"),
                      ("廉政", "严守保密纪律，不泄露纳税人信息"),
                      ("服务群众", "担任社区法律顾问志愿者")],
             [("2026-09-24", "在主题党日介绍征管法修订要点", 0), ("2026-06-06", "社区法律咨询", 3)], ""),
            ("周敏", [("岗位", "复议案件文书规范率达到100%"),
                     ("服务群众", "每季度参加一次社区报到服务")],
             [("2026-08-20", "社区消防安全宣传", 2)], ""),
            ("上官婉清", [("岗位", "完成本处规范性文件清理"),
                       ("服务群众", "编印税收优惠政策汇编，送政策上门")],
             [("2026-05-21", "向企业赠送税收优惠政策汇编", 0)], "党员责任区·税收政策咨询"),
            ("吴志强", [("勤政", "对青年干部开展“传帮带”"),
                      ("廉政", "带头廉洁自律，做好表率")],
             [("2026-07-09", "指导刘洋完成首件规范性文件审核", 0)], ""),
        ]
        for plan in plans {
            let progress = plan.progress.map { ProgressEntry(date: demoDate($0.0), text: $0.1, hours: $0.2) }
            commitments.append(Commitment(
                id: ids.next(.commitment), memberId: id(plan.name), year: 2026,
                pledges: plan.pledges.map { Pledge(category: $0.0, text: $0.1) }, isPublic: true,
                progress: progress, volunteerHours: progress.reduce(0) { $0 + $1.hours }, pioneerPost: plan.post))
        }
    }

    // MARK: 党费, January to November 2026

    /// Every party member pays each month from January (or the admission vote) to November;
    /// 马骏 paid until his transfer in February; 孙浩 has paid nothing since August.
    mutating func makeDues() {
        let lastPaid: [String: YearMonth] = ["马骏": YearMonth(year: 2026, month: 2)!, "孙浩": YearMonth(year: 2026, month: 8)!]
        let payers = members.enumerated().filter { $0.element.status.isPartyMember || $0.element.status == .transferredOut }
        for month in 1...11 {
            let ym = YearMonth(year: 2026, month: month)!
            for (index, m) in payers {
                guard let base = m.duesBase, let joined = m.joinedDate, joined.yearMonth <= ym else { continue }
                if let last = lastPaid[m.name], ym > last { continue }
                var paidOn = CalendarDate(year: 2026, month: month, day: 8 + index % 6)!
                var note = m.floating != nil ? "挂职期间按月转账缴纳" : ""
                if joined.yearMonth == ym {
                    // A probationary member pays from the admission vote.
                    paidOn = max(paidOn, joined.adding(days: 3))
                    note = "自接收为预备党员当月起缴纳"
                }
                dues.append(DuesPayment(id: ids.next(.dues), memberId: m.id, month: ym,
                                        amountFen: DuesBrackets.monthlyFen(base: base, category: m.duesCategory),
                                        paidOn: paidOn, note: note))
            }
        }
    }
}
