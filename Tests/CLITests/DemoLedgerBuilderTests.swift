import Foundation
import XCTest
import CLI
import Model

/// The shipped templates, read from the clone's `data/templates/`.
private enum ShippedTemplates {
    struct Envelope<Record: Codable>: Codable {
        var schemaVersion: Int
        var records: [Record]
    }

    /// Tests/CLITests/DemoLedgerBuilderTests.swift → the repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load<Record: Codable>(_ name: String) throws -> [Record] {
        let data = try Data(contentsOf: root.appendingPathComponent("data/templates/\(name)"))
        return try JSONDecoder().decode(Envelope<Record>.self, from: data).records
    }

    static func templates() throws -> [FiveOnesTemplate] { try load("fiveones.json") }
    static func cadence() throws -> [CadenceRule] { try load("cadence.json") }
}

final class DemoLedgerBuilderTests: XCTestCase {
    private let today = CalendarDate(year: 2026, month: 12, day: 4)!

    private func demo() throws -> Ledger {
        DemoLedgerBuilder.build(templates: try ShippedTemplates.templates(), cadence: try ShippedTemplates.cadence())
    }

    private func named(_ name: String, in ledger: Ledger, file: StaticString = #filePath, line: UInt = #line) throws -> Member {
        try XCTUnwrap(ledger.members.first { $0.name == name }, "no member \(name)", file: file, line: line)
    }

    // MARK: The whole ledger is clean

    func testDemoLedger_PassesLedgerCheckWithNoProblems() throws {
        let problems = LedgerCheck.problems(in: try demo(), today: today)
        XCTAssertEqual(problems.map(\.description), [])
    }

    func testDemoLedger_EveryMeetingValidates() throws {
        let ledger = try demo()
        for meeting in ledger.meetings {
            XCTAssertEqual(meeting.validate(in: ledger, today: today).map(\.message), [],
                           "\(meeting.date.iso) \(meeting.topic)")
        }
        XCTAssertEqual(DemoLedgerBuilder.today, today)
    }

    func testDemoLedger_IsDeterministic() throws {
        let a = try demo(), b = try demo()
        XCTAssertEqual(a, b)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        XCTAssertEqual(try encoder.encode(a.meetings), try encoder.encode(b.meetings))
        XCTAssertTrue(a.members.first?.id.uuidString.hasSuffix("-0000-4000-8000-000200000001") ?? false)
        let prefixes = Set(a.members.map { $0.id.uuidString.prefix(8) })
        XCTAssertEqual(prefixes.count, a.members.count, "8-character id prefixes tell members apart")
        let ids = a.members.map(\.id) + a.meetings.map(\.id) + a.dues.map(\.id) + a.tasks.map(\.id)
            + a.commitments.map(\.id) + a.fiveOnesLogs.map(\.id) + a.talkCases.map(\.id) + a.profile.groups.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "every record has its own id")
    }

    func testDemoLedger_RoundTripsThroughTheStoreFormat() throws {
        let ledger = try demo()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ShippedTemplates.Envelope(schemaVersion: 1, records: ledger.members))
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("\\u"))
        XCTAssertEqual(try JSONDecoder().decode(ShippedTemplates.Envelope<Member>.self, from: data).records, ledger.members)
        let meetings = try encoder.encode(ledger.meetings)
        XCTAssertEqual(try JSONDecoder().decode([Meeting].self, from: meetings), ledger.meetings)
    }

    func testDemoLedger_WithoutTemplatesStillLinksTheAdoptedTemplate() throws {
        let ledger = DemoLedgerBuilder.build(templates: [], cadence: [])
        XCTAssertEqual(ledger.fiveOnesTemplates.map(\.id), [DemoLedgerBuilder.fiveOnesProjectTemplateId])
        XCTAssertEqual(LedgerCheck.problems(in: ledger, today: today).map(\.description), [])
    }

    // MARK: The cast

    func testDemoLedger_BranchProfileAndCommittee() throws {
        let ledger = try demo()
        XCTAssertEqual(ledger.profile.name, "省地方税务局法规处党支部")
        XCTAssertEqual(ledger.profile.organPartyCommittee, "省地方税务局机关党委")
        XCTAssertEqual(ledger.profile.groups.map(\.name), ["第一党小组", "第二党小组"])
        XCTAssertEqual(ledger.profile.committee.map(\.role), [.secretary, .organization, .propaganda])
        XCTAssertEqual(ledger.profile.committee.map { ledger.memberName($0.memberId) }, ["王建国", "陈静", "司马文博"])
        XCTAssertEqual(ledger.profile.termEnd, CalendarDate(year: 2027, month: 3, day: 22))
        for group in ledger.profile.groups {
            let leader = try XCTUnwrap(group.leaderId)
            XCTAssertEqual(ledger.member(leader)?.groupId, group.id, "\(group.name)'s leader belongs to it")
        }
        XCTAssertTrue((13...17).contains(ledger.members.count), "about fifteen people")
    }

    func testDemoLedger_HasOneProbationaryOneFloatingAndOuyangXiu() throws {
        let ledger = try demo()
        XCTAssertEqual(ledger.members.filter { $0.status == .probationary }.map(\.name), ["赵雨桐"])
        XCTAssertEqual(ledger.members.filter { $0.floating != nil }.map(\.name), ["黄海涛"])
        XCTAssertEqual(ledger.members.filter { $0.status == .activist }.count, 1)
        XCTAssertEqual(ledger.members.filter { $0.status == .applicant }.count, 1)
        XCTAssertEqual(ledger.members.filter { $0.status == .transferredOut }.map(\.name), ["马骏"])
        XCTAssertFalse(try named("马骏", in: ledger).isOnRoll)

        let ouyang = try named("欧阳修", in: ledger)
        XCTAssertEqual(ouyang.status, .full)
        XCTAssertNil(ouyang.floating)
        XCTAssertEqual(ledger.profile.roles(of: ouyang.id), [], "欧阳修 is an ordinary member")
        XCTAssertTrue(ledger.members.contains { ["司马", "诸葛", "上官"].contains(String($0.name.prefix(2))) && $0.name != "欧阳修" })

        let floating = try named("黄海涛", in: ledger)
        XCTAssertEqual(floating.floating?.category, "挂职")
        XCTAssertEqual(floating.timeline.last?.kind, .floatingStart)
    }

    func testDemoLedger_ProbationStartsAtTheAdmissionVoteAndEndsInQ1Of2027() throws {
        let ledger = try demo()
        let probationer = try named("赵雨桐", in: ledger)
        let joined = try XCTUnwrap(probationer.joinedDate)
        XCTAssertEqual(joined.year, 2026)
        XCTAssertLessThanOrEqual(joined.month, 3, "admitted early in 2026")
        XCTAssertEqual(Period(containing: joined.adding(years: 1), kind: .quarter), .quarter(2027, 1))
        XCTAssertNil(probationer.fullMembershipDate)

        let admission = try XCTUnwrap(probationer.timeline.first { $0.kind == .admission })
        XCTAssertEqual(admission.date, joined)
        let meeting = try XCTUnwrap(ledger.meetings.first { $0.id == admission.meetingId })
        XCTAssertEqual(meeting.kind, .generalMeeting)
        XCTAssertEqual(meeting.date, joined)
        XCTAssertTrue(meeting.votes.contains { $0.passed && $0.motion.contains("赵雨桐") })
        XCTAssertFalse(meeting.attendance.contains { $0.memberId == probationer.id }, "not yet a member when the vote is taken")

        // Pipeline order: application → activist (≥ 1 year) → candidate → admission.
        func date(_ kind: StatusTransition) throws -> CalendarDate {
            try XCTUnwrap(probationer.timeline.first { $0.kind == kind }?.date, "\(kind)")
        }
        XCTAssertLessThan(try date(.application), try date(.activist))
        XCTAssertLessThanOrEqual(try date(.activist).adding(years: 1), try date(.candidate))
        XCTAssertLessThan(try date(.candidate), joined)
    }

    func testDemoLedger_PipelinePeopleAreAdultsWithDatedTimelines() throws {
        let ledger = try demo()
        for person in ledger.members where [.applicant, .activist, .candidate, .probationary].contains(person.status) {
            let application = try XCTUnwrap(person.timeline.first { $0.kind == .application }, person.name)
            let birth = try XCTUnwrap(person.birthDate)
            XCTAssertGreaterThanOrEqual(birth.wholeYears(until: application.date), 18, person.name)
            XCTAssertEqual(person.timeline.map(\.date), person.timeline.map(\.date).sorted(), person.name)
            XCTAssertLessThanOrEqual(person.timeline.last?.date ?? today, today)
        }
        for person in ledger.members where person.status == .full {
            XCTAssertNotNil(person.joinedDate, person.name)
            XCTAssertEqual(person.fullMembershipDate, person.joinedDate?.adding(years: 1), person.name)
        }
    }

    func testDemoLedger_PersonalNumbersAreWellFormedAndMaskable() throws {
        let ledger = try demo()
        for m in ledger.members {
            XCTAssertTrue(Member.isWellFormedIdNumber(m.idNumber), "\(m.name) \(m.idNumber)")
            XCTAssertTrue(m.idNumber.hasPrefix("32"), "Jiangsu area codes")
            let birth = try XCTUnwrap(m.birthDate)
            XCTAssertTrue(m.idNumber.contains(birth.iso.replacingOccurrences(of: "-", with: "")), m.name)
            XCTAssertEqual(m.phone.count, 11)
            XCTAssertTrue(m.phone.hasPrefix("13"))
            XCTAssertTrue(["大学本科", "硕士研究生"].contains(m.education))
            XCTAssertFalse(m.post.isEmpty)
            XCTAssertTrue(Masking.idNumber(m.idNumber).hasPrefix("32"))
            XCTAssertTrue(Masking.idNumber(m.idNumber).contains("**********"))
        }
        XCTAssertEqual(Set(ledger.members.map(\.idNumber)).count, ledger.members.count)
        XCTAssertEqual(Set(ledger.members.map(\.phone)).count, ledger.members.count)
    }

    // MARK: 三会一课

    func testDemoLedger_AttendanceListsOnlyPartyMembersOnTheRollThatDay() throws {
        let ledger = try demo()
        for meeting in ledger.meetings where meeting.state == .held {
            XCTAssertFalse(meeting.attendance.isEmpty, meeting.topic)
            for entry in meeting.attendance {
                let m = try XCTUnwrap(ledger.member(entry.memberId))
                let joined = try XCTUnwrap(m.joinedDate, "\(m.name) at \(meeting.topic)")
                XCTAssertLessThan(joined, meeting.date, "\(m.name) at \(meeting.date.iso)")
                if let out = m.timeline.first(where: { $0.kind == .transferOut }) {
                    XCTAssertLessThan(meeting.date, out.date, "\(m.name) left before \(meeting.date.iso)")
                }
            }
            if meeting.kind == .generalMeeting || meeting.kind == .partyLecture {
                let onRoll = ledger.members.filter { m in
                    guard let joined = m.joinedDate, joined < meeting.date else { return false }
                    return !m.timeline.contains { $0.kind == .transferOut && $0.date <= meeting.date }
                }
                XCTAssertEqual(Set(meeting.attendance.map(\.memberId)), Set(onRoll.map(\.id)),
                               "every member on the roll is listed at \(meeting.topic)")
            }
            if meeting.kind == .groupMeeting {
                let group = try XCTUnwrap(meeting.groupId)
                XCTAssertTrue(meeting.attendance.allSatisfy { ledger.member($0.memberId)?.groupId == group })
            }
            XCTAssertTrue(meeting.minutes.contains("\n") || meeting.kind == .heartTalk || meeting.minutes.count > 10, meeting.topic)
            XCTAssertFalse(meeting.host.isEmpty)
            XCTAssertFalse(meeting.recorder.isEmpty)
            XCTAssertFalse(meeting.place.isEmpty)
        }
        let excused = ledger.meetings.flatMap(\.attendance).filter { $0.presence == .excused }
        XCTAssertTrue(excused.contains { $0.reason.contains("出差") })
        XCTAssertTrue(excused.contains { $0.reason.contains("病假") })
        XCTAssertTrue(ledger.meetings.flatMap(\.attendance).contains { $0.presence == .absent })
    }

    func testDemoLedger_GeneralMeetingVotesLeaveTheProbationaryMemberOut() throws {
        let ledger = try demo()
        let voted = ledger.meetings.filter { !$0.votes.isEmpty }
        XCTAssertEqual(voted.count, 2)
        XCTAssertTrue(voted.allSatisfy { $0.kind == .generalMeeting })
        for meeting in voted {
            let rule = GeneralMeetingRule(meeting: meeting, ledger: ledger)
            XCTAssertTrue(rule.hasQuorum, meeting.topic)
            for vote in meeting.votes {
                XCTAssertTrue(vote.passed)
                XCTAssertTrue(rule.passes(votesFor: vote.votesFor), vote.motion)
                XCTAssertEqual(rule.check(vote), [])
            }
        }
        // The June meeting is the textbook case: 12 should vote, 9 are there, 7 are needed,
        // and the probationary member is present without a vote.
        let june = try XCTUnwrap(voted.first { $0.date.month == 6 })
        let rule = GeneralMeetingRule(meeting: june, ledger: ledger)
        XCTAssertEqual(rule.expectedVoters, 12)
        XCTAssertEqual(rule.presentVoters, 9)
        XCTAssertEqual(rule.votesNeeded, 7)
        let probationer = try named("赵雨桐", in: ledger)
        XCTAssertTrue(june.attendance.contains { $0.memberId == probationer.id && $0.presence == .present })
        XCTAssertEqual(june.presentCount, 10)
    }

    func testDemoLedger_CommitteeMeetingsHaveAQuorumOfTheCommittee() throws {
        let ledger = try demo()
        let committee = Set(ledger.profile.committee.map(\.memberId))
        for meeting in ledger.meetings where meeting.kind == .committeeMeeting && meeting.state == .held {
            let present = meeting.attendance.filter { $0.presence == .present && committee.contains($0.memberId) }
            XCTAssertGreaterThan(present.count * 2, committee.count, meeting.topic)
        }
    }

    func testDemoLedger_CadenceHasHonestGaps() throws {
        let ledger = try demo()
        let held = ledger.meetings.filter { $0.state == .held }
        func months(_ kind: MeetingKind, group: String? = nil) -> Set<Int> {
            let groupId = group.flatMap { name in ledger.profile.groups.first { $0.name == name }?.id }
            return Set(held.filter { $0.kind == kind && (group == nil || $0.groupId == groupId) }.map(\.date.month))
        }
        let janToNov = Set(1...11)
        XCTAssertEqual(janToNov.subtracting(months(.committeeMeeting)), [8], "no committee meeting in August")
        XCTAssertEqual(janToNov.subtracting(months(.groupMeeting, group: "第一党小组")), [7])
        XCTAssertEqual(janToNov.subtracting(months(.groupMeeting, group: "第二党小组")), [10])
        XCTAssertEqual(janToNov.subtracting(months(.themeDay)), [2])
        XCTAssertEqual(Set(held.filter { $0.kind == .generalMeeting }.map(\.date.quarter)), [1, 2, 3, 4])
        let lectures = held.filter { $0.kind == .partyLecture }
        XCTAssertEqual(Set(lectures.map(\.date.quarter)), [1, 2, 3, 4])
        XCTAssertTrue(lectures.allSatisfy { !$0.lecturer.isEmpty })
        XCTAssertFalse(held.contains { $0.kind == .lifeMeeting || $0.kind == .democraticReview })
        XCTAssertGreaterThanOrEqual(held.filter { $0.kind == .heartTalk }.count, 2)
        XCTAssertTrue(held.allSatisfy { $0.date.year == 2026 && $0.date <= today })

        let planned = ledger.meetings.filter { $0.state == .planned }
        XCTAssertTrue(planned.contains { $0.kind == .lifeMeeting && $0.date == CalendarDate(year: 2026, month: 12, day: 18) })
        XCTAssertTrue(planned.contains { $0.kind == .democraticReview })
        XCTAssertTrue(planned.allSatisfy { $0.date > today && $0.date.year == 2026 && $0.date.month == 12 })
        XCTAssertEqual(ledger.meetings.map(\.date), ledger.meetings.map(\.date).sorted(), "meetings in date order")
        XCTAssertEqual(ledger.cadenceRules.count, 8)
    }

    // MARK: Five-ones

    func testDemoLedger_AdoptsTheQuarterlyFiveOnesWithQ4Outstanding() throws {
        let ledger = try demo()
        let template = try XCTUnwrap(ledger.fiveOnesTemplates.first { $0.id == DemoLedgerBuilder.fiveOnesProjectTemplateId })
        XCTAssertEqual(template.name, "五个一工程")
        XCTAssertEqual(template.period, .quarter)
        XCTAssertEqual(ledger.fiveOnesAdoptions.map(\.period), [.year(2026)])
        XCTAssertEqual(ledger.fiveOnesAdoptions.first?.templateId, template.id)

        func done(_ quarter: Int) -> Set<Int> {
            Set(ledger.fiveOnesLogs.filter { $0.period == .quarter(2026, quarter) }.map(\.itemIndex))
        }
        XCTAssertEqual(done(1), [0, 1, 2, 3, 4])
        XCTAssertEqual(done(2), [0, 1, 2, 3, 4])
        XCTAssertEqual(done(3), [0, 1, 2, 3, 4])
        XCTAssertEqual(done(4), [0, 4], "思想分析, 专题讲座, 谈心交流 still outstanding in Q4")

        for log in ledger.fiveOnesLogs {
            XCTAssertTrue(log.period.contains(log.date), "\(log.date.iso) in \(log.period.code)")
            XCTAssertFalse(log.participants.isEmpty)
            if let meetingId = log.meetingId {
                let meeting = try XCTUnwrap(ledger.meetings.first { $0.id == meetingId })
                XCTAssertEqual(meeting.date, log.date)
                XCTAssertEqual(meeting.state, .held)
                if log.itemIndex == 0 { XCTAssertEqual(meeting.kind, .partyLecture) }
                if log.itemIndex == 3 { XCTAssertEqual(meeting.kind, .heartTalk) }
            }
        }
        let lectures = ledger.meetings.filter { $0.kind == .partyLecture }.map(\.id)
        XCTAssertEqual(Set(ledger.fiveOnesLogs.compactMap(\.meetingId)).intersection(lectures).count, 4,
                       "each quarterly 党课 is linked, not entered twice")
    }

    // MARK: Talk case

    func testDemoLedger_OneOpenTalkCaseAtTheBranchTalkStage() throws {
        let ledger = try demo()
        XCTAssertEqual(ledger.talkCases.count, 1)
        let talk = try XCTUnwrap(ledger.talkCases.first)
        XCTAssertTrue(talk.isOpen)
        XCTAssertEqual(talk.currentStage, .branchTalk)
        XCTAssertNotEqual(ledger.memberName(talk.memberId), "欧阳修")
        XCTAssertEqual(ledger.member(talk.memberId)?.status, .full)
        XCTAssertEqual(talk.entries.map(\.stage), [.analysis, .counseling, .groupCriticism, .branchTalk])
        XCTAssertEqual(talk.entries[1].outcome, .noEffect)
        XCTAssertEqual(talk.entries[2].outcome, .noEffect)
        XCTAssertEqual(talk.entries.map(\.date), talk.entries.map(\.date).sorted())

        let branchTalk = try XCTUnwrap(talk.latestEntry)
        XCTAssertEqual(branchTalk.stage, .branchTalk)
        XCTAssertEqual(Set(branchTalk.points), Set(BranchTalkPoint.allCases), "all four points")
        let deadline = try XCTUnwrap(branchTalk.deadline)
        XCTAssertGreaterThan(deadline, branchTalk.date)
        XCTAssertLessThanOrEqual(deadline, branchTalk.date.adding(years: 1), "限期改正 at most one year")
        let followUp = try XCTUnwrap(branchTalk.followUp)
        XCTAssertEqual(followUp.yearMonth, YearMonth(year: 2026, month: 12))
        XCTAssertGreaterThanOrEqual(followUp, today)
        XCTAssertFalse(branchTalk.heldBy.isEmpty)

        // The group criticism happened at a recorded 第一党小组 meeting the subject attended.
        let groupCriticism = talk.entries[2]
        XCTAssertTrue(ledger.meetings.contains { m in
            m.kind == .groupMeeting && m.date == groupCriticism.date
                && m.attendance.contains { $0.memberId == talk.memberId && $0.presence == .present }
        })
    }

    // MARK: Liaison tasks

    func testDemoLedger_TasksIncludeOverdueRemindedAndMonthlySeries() throws {
        let ledger = try demo()
        let overdue = ledger.tasks.filter { $0.isOpen && $0.due < today }
        XCTAssertEqual(overdue.count, 1)
        XCTAssertTrue(overdue[0].source.contains("机关党委〔2026〕"))
        XCTAssertTrue(ledger.tasks.contains { !$0.reminders.isEmpty && $0.status == .reminded })
        XCTAssertEqual(Set(ledger.tasks.map(\.kind)), Set(TaskKind.allCases))

        let series = ledger.tasks.filter { $0.recurrence != nil }
        XCTAssertEqual(series.count, 12)
        XCTAssertEqual(Set(series.compactMap { $0.recurrence?.seriesId }).count, 1, "one series")
        XCTAssertEqual(Set(series.map(\.due.month)), Set(1...12), "one task per month, never duplicated")
        XCTAssertTrue(series.allSatisfy { $0.recurrence?.period == .month && $0.recurrence?.dueDay == $0.due.day })
        XCTAssertTrue(series.allSatisfy { $0.title.contains("信息报送") })
    }

    // MARK: Commitments

    func testDemoLedger_CommitmentsForMostMembersWithVolunteerHours() throws {
        let ledger = try demo()
        let partyMembers = ledger.membersOnRoll.filter(\.status.isPartyMember)
        XCTAssertGreaterThanOrEqual(ledger.commitments.count * 4, partyMembers.count * 3, "most members pledge")
        XCTAssertEqual(Set(ledger.commitments.map(\.memberId)).count, ledger.commitments.count)
        let categories = Set(ledger.commitments.flatMap(\.pledges).map(\.category))
        XCTAssertEqual(categories, ["勤政", "廉政", "服务群众", "岗位"])
        for c in ledger.commitments {
            XCTAssertEqual(c.year, 2026)
            XCTAssertFalse(c.pledges.isEmpty)
            XCTAssertEqual(c.volunteerHours, c.progress.reduce(0) { $0 + $1.hours })
            XCTAssertTrue(c.progress.allSatisfy { $0.date.year == 2026 && $0.date < today })
            XCTAssertTrue(ledger.member(c.memberId)?.status.isPartyMember ?? false)
        }
        XCTAssertGreaterThan(ledger.commitments.map(\.volunteerHours).reduce(0, +), 0)
    }

    // MARK: Dues

    func testDuesFen_FollowsTheBracketsAndRoundsToTheFen() {
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 2800), 1400, "0.5%")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 3000), 1500, "3000 is still 0.5%")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: Decimal(string: "3000.01")!), 3000, "1% above 3000")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 4600), 4600)
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 5000), 5000)
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 7800), 11700, "1.5%")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 10000), 15000)
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 12000), 24000, "2%")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: Decimal(string: "6350.50")!), 9526, "95.2575 元 rounds to 95.26")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: Decimal(string: "2345.67")!), 1173, "11.72835 元 rounds to 11.73")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 6000, category: .retired), 6000, "retirees above 5000: 1%")
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 4000, category: .retired), 2000)
        XCTAssertEqual(DemoLedgerBuilder.duesFen(monthlyBase: 0, category: .student), 20, "0.2 元")
    }

    func testDemoLedger_DuesPaidMonthlyWithOneMemberThreeMonthsBehind() throws {
        let ledger = try demo()
        let duesBases = Set(ledger.members.compactMap(\.duesBase))
        XCTAssertTrue(duesBases.contains { $0 <= 3000 } && duesBases.contains { $0 > 10000 }, "bases span the brackets")
        var behind: [String] = []
        for m in ledger.membersOnRoll where m.status.isPartyMember {
            let payments = ledger.dues.filter { $0.memberId == m.id }
            let base = try XCTUnwrap(m.duesBase, m.name)
            XCTAssertTrue(payments.allSatisfy { $0.amountFen == DemoLedgerBuilder.duesFen(monthlyBase: base) }, m.name)
            XCTAssertTrue(payments.allSatisfy { p in p.paidOn.map { $0 <= today && $0.yearMonth == p.month } ?? false }, m.name)
            XCTAssertEqual(Set(payments.map(\.month)).count, payments.count, "\(m.name) pays each month once")
            let months = Set(payments.map(\.month.month))
            let first = m.joinedDate!.year == 2026 ? m.joinedDate!.month : 1
            let owed = Set(first...11)
            XCTAssertTrue(months.isSubset(of: owed), m.name)
            if months != owed {
                behind.append(m.name)
                XCTAssertEqual(owed.subtracting(months), [9, 10, 11], "\(m.name) is behind since September")
            }
        }
        XCTAssertEqual(behind.count, 1)
        let talkSubject = try XCTUnwrap(ledger.talkCases.first?.memberId)
        XCTAssertEqual(behind, [ledger.memberName(talkSubject)])

        // A probationary member pays from the month of the admission vote.
        let probationer = try named("赵雨桐", in: ledger)
        let first = try XCTUnwrap(ledger.dues.filter { $0.memberId == probationer.id }.map(\.month).min())
        XCTAssertEqual(first, probationer.joinedDate?.yearMonth)
        // Nobody outside the party pays; the transferred member paid until the transfer.
        for m in ledger.members where !m.status.isPartyMember && m.status != .transferredOut {
            XCTAssertFalse(ledger.dues.contains { $0.memberId == m.id }, m.name)
        }
        let transferred = try named("马骏", in: ledger)
        XCTAssertEqual(ledger.dues.filter { $0.memberId == transferred.id }.map(\.month.month).max(), 2)
    }
}

final class SyntheticLedgerGeneratorTests: XCTestCase {
    private let today = CalendarDate(year: 2026, month: 12, day: 4)!

    private func small(seed: UInt64 = 42) throws -> Ledger {
        SyntheticLedgerGenerator(members: 200, meetings: 1_000, years: 10, seed: seed)
            .build(templates: try ShippedTemplates.templates(), cadence: try ShippedTemplates.cadence())
    }

    func testSyntheticLedger_SmallInstancePassesLedgerCheck() throws {
        let problems = LedgerCheck.problems(in: try small(), today: today)
        XCTAssertEqual(problems.prefix(10).map(\.description), [])
    }

    func testSyntheticLedger_IsDeterministicPerSeed() throws {
        let a = try small(), b = try small()
        XCTAssertEqual(a, b)
        let c = try small(seed: 7)
        XCTAssertNotEqual(a.members.map(\.name), c.members.map(\.name))
    }

    func testSyntheticLedger_HasTheRequestedShape() throws {
        let ledger = try small()
        XCTAssertEqual(ledger.members.count, 200)
        XCTAssertEqual(ledger.meetings.count, 1_000)
        XCTAssertEqual(ledger.profile.groups.count, 4, "groups of about 50")
        XCTAssertEqual(Set(ledger.members.map(\.id)).count, 200)
        XCTAssertEqual(Set(ledger.meetings.map(\.id)).count, 1_000)

        let years = Set(ledger.meetings.map(\.date.year))
        XCTAssertEqual(years, Set(2017...2026))
        XCTAssertTrue(ledger.meetings.allSatisfy { $0.date <= today && $0.state == .held })
        let memberGroup = Dictionary(uniqueKeysWithValues: ledger.members.map { ($0.id, $0.groupId) })
        for meeting in ledger.meetings where meeting.kind == .groupMeeting {
            XCTAssertTrue((15...40).contains(meeting.attendance.count), "\(meeting.attendance.count) at a group meeting")
            XCTAssertTrue(meeting.attendance.allSatisfy { memberGroup[$0.memberId] == meeting.groupId })
        }
        XCTAssertTrue(ledger.meetings.contains { !$0.votes.isEmpty })
        XCTAssertTrue(ledger.members.contains { $0.status == .probationary })
        XCTAssertTrue(ledger.members.allSatisfy { Member.isWellFormedIdNumber($0.idNumber) })
        XCTAssertTrue(ledger.members.contains { $0.name.count >= 3 })

        XCTAssertFalse(ledger.dues.isEmpty)
        XCTAssertTrue(ledger.dues.allSatisfy { $0.month.year == 2026 && $0.month.month <= 11 })
        XCTAssertTrue(ledger.commitments.allSatisfy { $0.year == 2026 })
        XCTAssertGreaterThan(ledger.commitments.count, 150)
        XCTAssertEqual(ledger.tasks.filter { $0.recurrence != nil }.count, 12)
        XCTAssertFalse(ledger.fiveOnesLogs.isEmpty)
        XCTAssertEqual(ledger.fiveOnesAdoptions.count, 10)
    }

    func testSyntheticLedger_GroupNamesUseChineseNumerals() throws {
        let ledger = SyntheticLedgerGenerator(members: 1_100, meetings: 10, years: 1).build(templates: [], cadence: [])
        let names = ledger.profile.groups.map(\.name)
        XCTAssertEqual(names.count, 22)
        XCTAssertEqual(names.first, "第一党小组")
        XCTAssertTrue(names.contains("第十党小组"))
        XCTAssertTrue(names.contains("第二十二党小组"))
    }
}
