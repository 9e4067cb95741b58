import Foundation
import XCTest
import Model

final class GeneralMeetingRuleTests: XCTestCase {
    // MARK: The denominator trap (支部工作条例 第十一条)

    func testGeneralMeetingVote_MajorityCountsExpectedVoters() {
        // 12 should attend, 9 are present: a majority of those present (5) is not enough;
        // votes for must exceed half of the 12.
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9)
        XCTAssertEqual(rule.votesNeeded, 7)
        XCTAssertFalse(rule.passes(votesFor: 6))
        XCTAssertTrue(rule.passes(votesFor: 7))
        XCTAssertTrue(rule.passes(votesFor: 9))
    }

    func testGeneralMeetingVote_ExactlyHalfOfExpectedDoesNotPass() {
        XCTAssertFalse(GeneralMeetingRule(expectedVoters: 12, presentVoters: 12).passes(votesFor: 6))
        XCTAssertEqual(GeneralMeetingRule(expectedVoters: 13, presentVoters: 11).votesNeeded, 7)
        XCTAssertEqual(GeneralMeetingRule(expectedVoters: 1, presentVoters: 1).votesNeeded, 1)
    }

    func testGeneralMeetingVote_RecordedPassWithTooFewVotesIsAnErrorNamingTheCounts() {
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9)
        let errors = rule.check(Vote(motion: "接收张三同志为预备党员", votesFor: 6, votesAgainst: 2, abstentions: 1, passed: true))
        XCTAssertEqual(errors.count, 1)
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.contains("应到 12 人"), message)
        XCTAssertTrue(message.contains("至少 7 票"), message)
        XCTAssertTrue(message.contains("接收张三同志为预备党员"), message)
        XCTAssertEqual(errors.first?.field, "votes")
        XCTAssertTrue(rule.check(Vote(motion: "接收张三同志为预备党员", votesFor: 7, votesAgainst: 2, passed: true)).isEmpty)
    }

    func testGeneralMeetingVote_RecordedFailureThatActuallyPassedIsFlagged() {
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9)
        let errors = rule.check(Vote(motion: "推荐优秀党员", votesFor: 8, passed: false))
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("应记为通过"), errors[0].message)
        XCTAssertTrue(rule.check(Vote(motion: "推荐优秀党员", votesFor: 6, votesAgainst: 3, passed: false)).isEmpty)
    }

    func testGeneralMeetingVote_MoreVotesThanVotersPresentIsFlagged() {
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9)
        let errors = rule.check(Vote(motion: "议题", votesFor: 8, votesAgainst: 2, passed: true))
        XCTAssertTrue(errors.contains { $0.message.contains("多于到会有表决权党员 9 人") }, "\(errors)")
    }

    func testGeneralMeetingVote_NegativeCountsAreFlagged() {
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9)
        XCTAssertTrue(rule.check(Vote(motion: "议题", votesFor: 7, votesAgainst: -1, passed: true))
            .contains { $0.message.contains("不能为负数") })
    }

    // MARK: Quorum

    func testQuorum_NeedsMoreThanHalfOfExpectedVotersPresent() {
        XCTAssertFalse(GeneralMeetingRule(expectedVoters: 12, presentVoters: 6).hasQuorum)
        XCTAssertTrue(GeneralMeetingRule(expectedVoters: 12, presentVoters: 7).hasQuorum)
        XCTAssertTrue(GeneralMeetingRule(expectedVoters: 13, presentVoters: 7).hasQuorum)
        XCTAssertFalse(GeneralMeetingRule(expectedVoters: 13, presentVoters: 6).hasQuorum)
    }

    func testQuorum_WithoutItTheMeetingCannotVote() {
        let rule = GeneralMeetingRule(expectedVoters: 12, presentVoters: 6)
        let errors = rule.check(Vote(motion: "议题", votesFor: 6, passed: false))
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].message.contains("不能表决"), errors[0].message)
        XCTAssertTrue(errors[0].message.contains("应到 12 人，实到 6 人"), errors[0].message)
    }

    func testThreshold_ExplainsTheRuleInChinese() {
        let text = GeneralMeetingRule(expectedVoters: 12, presentVoters: 9).threshold
        XCTAssertTrue(text.contains("12 人"), text)
        XCTAssertTrue(text.contains("至少 7 票"), text)
    }

    // MARK: Counting voters from a meeting

    func testInitFromMeeting_LeavesProbationaryMembersOutOfBothCounts() {
        // 12 full members (9 present, 2 excused, 1 absent) and 2 probationary members present.
        var members: [Member] = []
        var attendance: [Attendance] = []
        for i in 0..<12 {
            let m = Member(name: "正式党员\(i)", status: .full, joinedDate: CalendarDate("2010-07-01"))
            members.append(m)
            let presence: Presence = i < 9 ? .present : i < 11 ? .excused : .absent
            attendance.append(Attendance(memberId: m.id, presence: presence, reason: presence == .excused ? "出差" : ""))
        }
        for i in 0..<2 {
            let m = Member(name: "预备党员\(i)", status: .probationary, joinedDate: CalendarDate("2026-03-17"))
            members.append(m)
            attendance.append(Attendance(memberId: m.id, presence: .present))
        }
        let meeting = Meeting(kind: .generalMeeting, date: CalendarDate("2026-06-16")!, topic: "表决", attendance: attendance)
        let ledger = Ledger(profile: BranchProfile(name: "测试支部"), members: members, meetings: [meeting])
        let rule = GeneralMeetingRule(meeting: meeting, ledger: ledger)
        XCTAssertEqual(rule.expectedVoters, 12)
        XCTAssertEqual(rule.presentVoters, 9)
        XCTAssertEqual(meeting.expectedCount, 14, "应到 on the attendance list still counts everyone")
        XCTAssertEqual(meeting.presentCount, 11)
        XCTAssertEqual(meeting.excusedCount, 2)
        XCTAssertEqual(meeting.absentCount, 1)

        // 11 people present raised their hands, but only 9 of them vote: 11 votes is impossible.
        var withVote = meeting
        withVote.votes = [Vote(motion: "议题", votesFor: 11, passed: true)]
        XCTAssertTrue(withVote.validate(in: ledger, today: CalendarDate("2026-12-04")!).contains { $0.message.contains("多于到会有表决权党员 9 人") })
        withVote.votes = [Vote(motion: "议题", votesFor: 7, votesAgainst: 1, abstentions: 1, passed: true)]
        XCTAssertTrue(withVote.validate(in: ledger, today: CalendarDate("2026-12-04")!).isEmpty)
    }

    func testInitFromMeeting_IgnoresAttendeesWhoAreNotInTheLedger() {
        let full = Member(name: "甲", status: .full)
        let meeting = Meeting(kind: .generalMeeting, date: CalendarDate("2026-06-16")!, topic: "表决",
                              attendance: [Attendance(memberId: full.id, presence: .present),
                                           Attendance(memberId: UUID(), presence: .present)])
        let rule = GeneralMeetingRule(meeting: meeting, ledger: Ledger(profile: BranchProfile(name: "支部"), members: [full]))
        XCTAssertEqual(rule.expectedVoters, 1)
        XCTAssertEqual(rule.presentVoters, 1)
    }
}
