import Foundation
import Model

// MARK: - The branch and its people

extension DemoLedgerBuilder.Builder {
    /// One person in the demo branch, as the secretary would fill in the member file.
    private struct Person {
        var name: String
        var gender: Gender
        var birth: String
        var education: String
        var post: String
        var group: Int
        var phone: String
        /// 身份证 area code (行政区划代码) and a sequence number.
        var area: String
        var sequence: Int
        var status: MemberStatus = .full
        var joined: String?
        var full: String?
        var duesBase: Decimal?
        var floating: FloatingInfo?
        var notes: String = ""
        /// Timeline events beyond admission and full membership, which are derived from the dates.
        var events: [(StatusTransition, String, String)] = []
    }

    /// 十六 people: thirteen party members on the roll (one probationary, one floating),
    /// one activist, one applicant, and one member transferred out in February, kept as history.
    private static let cast: [Person] = [
        // 支委会: 书记、组织委员（第一党小组组长）、宣传委员（第二党小组组长）.
        Person(name: "王建国", gender: .male, birth: "1971-05-12", education: "硕士研究生", post: "处长",
               group: 1, phone: "13905181026", area: "320102", sequence: 13,
               joined: "1995-06-28", full: "1996-06-28", duesBase: 12000,
               notes: "支部书记，处室主要负责人“一岗双责”。",
               events: [(.transferIn, "2009-03-02", "由南京市地方税务局调入，组织关系随转")]),
        Person(name: "陈静", gender: .female, birth: "1980-09-03", education: "硕士研究生", post: "副处长",
               group: 1, phone: "13951826617", area: "320106", sequence: 24,
               joined: "2003-05-20", full: "2004-05-20", duesBase: 7800,
               notes: "组织委员，兼第一党小组组长，负责党费收缴。",
               events: [(.transferIn, "2006-07-10", "研究生毕业考录入局，组织关系由南京大学转入")]),
        Person(name: "司马文博", gender: .male, birth: "1986-11-21", education: "大学本科", post: "一级主任科员",
               group: 2, phone: "13913870452", area: "320583", sequence: 37,
               joined: "2007-11-15", full: "2008-11-15", duesBase: Decimal(string: "6350.50")!,
               notes: "宣传委员，兼第二党小组组长、党建工作联络员。",
               events: [(.transferIn, "2009-08-01", "大学毕业考录入局，组织关系由苏州大学转入")]),
        // 第一党小组.
        Person(name: "李晓明", gender: .male, birth: "1975-02-17", education: "大学本科", post: "副处长",
               group: 1, phone: "13952004318", area: "320211", sequence: 55,
               joined: "1998-12-01", full: "1999-12-01", duesBase: 8600),
        Person(name: "张丽华", gender: .female, birth: "1977-08-30", education: "大学本科", post: "二级调研员",
               group: 1, phone: "13905157702", area: "320104", sequence: 62,
               joined: "2001-07-01", full: "2002-07-01", duesBase: 9800),
        Person(name: "刘洋", gender: .male, birth: "1997-04-09", education: "硕士研究生", post: "一级科员",
               group: 1, phone: "13912953380", area: "320324", sequence: 71,
               joined: "2019-05-30", full: "2020-05-30", duesBase: 2800,
               notes: "2025年考录，试用期。",
               events: [(.transferIn, "2025-08-18", "考录入职，组织关系由南京审计大学转入")]),
        Person(name: "孙浩", gender: .male, birth: "1988-12-05", education: "大学本科", post: "四级主任科员",
               group: 1, phone: "13951733265", area: "320802", sequence: 89,
               joined: "2011-06-01", full: "2012-06-01", duesBase: 5600),
        Person(name: "赵雨桐", gender: .female, birth: "1998-07-14", education: "硕士研究生", post: "一级科员",
               group: 1, phone: "13913326841", area: "320402", sequence: 96,
               status: .probationary, joined: "2026-03-17", duesBase: 4900,
               notes: "入党介绍人：陈静、欧阳修。每季度提交思想汇报。",
               events: [(.application, "2023-03-06", "向支部递交入党申请书；2023-03-28 组织委员陈静与其谈话"),
                        (.activist, "2023-09-12", "支委会研究确定为入党积极分子，培养联系人陈静、欧阳修"),
                        (.candidate, "2025-06-10", "支委会研究列为发展对象，报机关党委备案")]),
        Person(name: "钱梦瑶", gender: .female, birth: "2002-04-25", education: "大学本科", post: "一级科员",
               group: 1, phone: "13770529936", area: "320503", sequence: 108,
               status: .applicant,
               events: [(.application, "2026-09-15", "向支部递交入党申请书；2026-10-09 组织委员陈静与其谈话")]),
        Person(name: "马骏", gender: .male, birth: "1983-03-11", education: "大学本科", post: "二级主任科员",
               group: 1, phone: "13905183597", area: "320111", sequence: 115,
               status: .transferredOut, joined: "2006-05-18", full: "2007-05-18", duesBase: 6800,
               events: [(.transferOut, "2026-02-26", "调任国家税务总局苏州市税务局，组织关系转至该局机关党委")]),
        // 第二党小组.
        Person(name: "欧阳修", gender: .male, birth: "1979-10-16", education: "大学本科", post: "一级主任科员",
               group: 2, phone: "13815862704", area: "321002", sequence: 127,
               joined: "2004-06-25", full: "2005-06-25", duesBase: 6900),
        Person(name: "周敏", gender: .female, birth: "1990-03-27", education: "硕士研究生", post: "三级主任科员",
               group: 2, phone: "13951609823", area: "320105", sequence: 138,
               joined: "2012-05-04", full: "2013-05-04", duesBase: 5200),
        Person(name: "上官婉清", gender: .female, birth: "1992-06-18", education: "硕士研究生", post: "四级主任科员",
               group: 2, phone: "13952193360", area: "320282", sequence: 142,
               joined: "2014-11-20", full: "2015-11-20", duesBase: 4600),
        Person(name: "吴志强", gender: .male, birth: "1968-01-23", education: "大学本科", post: "一级调研员",
               group: 2, phone: "13905154471", area: "320921", sequence: 151,
               joined: "1992-07-01", full: "1993-07-01", duesBase: 10600),
        Person(name: "黄海涛", gender: .male, birth: "1985-07-07", education: "硕士研究生", post: "二级主任科员",
               group: 2, phone: "13914782215", area: "321324", sequence: 163,
               joined: "2008-06-12", full: "2009-06-12", duesBase: 7200,
               floating: FloatingInfo(category: "挂职", place: "宿迁市泗洪县（苏北挂职）", since: demoDate("2025-09-01")),
               notes: "挂职期间组织关系保留在本支部，每季度回支部参加一次组织生活，党费按月转账缴纳。",
               events: [(.floatingStart, "2025-09-01", "赴宿迁市泗洪县挂职，为期两年")]),
        Person(name: "诸葛明远", gender: .male, birth: "1999-12-02", education: "硕士研究生", post: "一级科员",
               group: 2, phone: "13913047758", area: "320684", sequence: 171,
               status: .activist,
               notes: "培养联系人：司马文博、周敏。每半年考察一次（2025年11月、2026年5月、2026年10月）。",
               events: [(.application, "2025-03-03", "向支部递交入党申请书；2025-03-20 宣传委员司马文博与其谈话"),
                        (.activist, "2025-05-13", "支委会研究确定为入党积极分子")]),
    ]

    mutating func makeProfileAndCast() {
        let group1 = ids.next(.branch), group2 = ids.next(.branch)
        groupIds = [group1, group2]

        for person in Self.cast {
            let birth = demoDate(person.birth)
            var timeline: [StatusEvent] = []
            if let joined = person.joined {
                timeline.append(StatusEvent(id: ids.next(.statusEvent), kind: .admission, date: demoDate(joined),
                                            note: person.status == .probationary ? "支部党员大会讨论通过，接收为预备党员" : ""))
            }
            if let full = person.full {
                timeline.append(StatusEvent(id: ids.next(.statusEvent), kind: .fullMembership, date: demoDate(full)))
            }
            for (kind, date, note) in person.events {
                timeline.append(StatusEvent(id: ids.next(.statusEvent), kind: kind, date: demoDate(date), note: note))
            }
            timeline.sort { $0.date < $1.date }
            members.append(Member(
                id: ids.next(.member), name: person.name, gender: person.gender, birthDate: birth,
                education: person.education, post: person.post, groupId: groupIds[person.group - 1],
                phone: person.phone,
                idNumber: FakeIdentity.idNumber(area: person.area, birth: birth, sequence: person.sequence, gender: person.gender),
                status: person.status, floating: person.floating,
                joinedDate: person.joined.map(demoDate), fullMembershipDate: person.full.map(demoDate),
                duesBase: person.duesBase, notes: person.notes, timeline: timeline))
        }

        profile = BranchProfile(
            id: profile.id, name: "省地方税务局法规处党支部", organPartyCommittee: "省地方税务局机关党委",
            groups: [PartyGroup(id: group1, name: "第一党小组", leaderId: id("陈静")),
                     PartyGroup(id: group2, name: "第二党小组", leaderId: id("司马文博"))],
            committee: [CommitteeSeat(role: .secretary, memberId: id("王建国")),
                        CommitteeSeat(role: .organization, memberId: id("陈静")),
                        CommitteeSeat(role: .propaganda, memberId: id("司马文博"))],
            termStart: demoDate("2024-03-22"), termYears: 3)
    }

    /// Links the admission event to the general meeting that voted on it.
    mutating func linkTimelines() {
        let admissionMeeting = meetingId("gm-q1")
        for index in members.indices where members[index].status == .probationary {
            for e in members[index].timeline.indices where members[index].timeline[e].kind == .admission {
                members[index].timeline[e].meetingId = admissionMeeting
            }
        }
    }
}
