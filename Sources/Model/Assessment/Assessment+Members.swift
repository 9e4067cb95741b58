import Foundation

extension Assessment {
    /// Party members on the roll: the people a branch-wide measure of commitments counts.
    private static func partyMembers(_ ledger: Ledger) -> [Member] {
        ledger.members.filter { $0.isOnRoll && $0.status.isPartyMember }
    }

    /// Commitments of the year: made (at least one pledge, 党员目标承诺制 in the 省地震局 seed) or
    /// reviewed (self-assessment written and a grade given, CommitmentReviewProgress). Gaps are
    /// told as numbers of people, never as names: the branch is assessed, not its members.
    static func commitments(_ input: Input, reviewed: Bool) -> AssessmentCount {
        var count = AssessmentCount(verb: reviewed ? "已完成年终评议" : "已公开承诺", unit: "人")
        count.emptyText = "名册上没有党员"
        let people = partyMembers(input.ledger)
        let mine = Dictionary(input.ledger.commitments.filter { $0.year == input.year }.map { ($0.memberId, $0) },
                              uniquingKeysWith: { a, _ in a })
        count.possible = people.count
        if reviewed {
            let pending = CommitmentReviewProgress(year: input.year, members: people, commitments: input.ledger.commitments).pending
            let missingIds = Set(pending.map(\.member.id))
            count.counted = people.count - pending.count
            count.evidence = people.filter { !missingIds.contains($0.id) }.compactMap { mine[$0.id] }.map(commitmentEvidence(input.ledger))
            for kind in [CommitmentReviewProgress.Missing.commitment, .selfAssessment, .grade] {
                let n = pending.filter { $0.missing.contains(kind) }.count
                if n > 0 { count.missing.append("\(kind.chineseName) \(n) 人") }
            }
        } else {
            let made = people.compactMap { mine[$0.id] }.filter { !$0.pledges.isEmpty }
            count.counted = made.count
            count.evidence = made.map(commitmentEvidence(input.ledger))
            let absent = people.count - made.count
            if absent > 0 { count.missing.append("\(absent) 名党员尚未登记 \(input.year) 年承诺") }
            let private_ = made.filter { !$0.isPublic }.count
            if private_ > 0 { count.missing.append("\(private_) 份承诺未公开（仍计入）") }
        }
        return count
    }

    static func commitmentEvidence(_ ledger: Ledger) -> (Commitment) -> AssessmentEvidence {
        { c in
            AssessmentEvidence(kind: .commitment, id: c.id, date: nil,
                               label: "\(ledger.memberName(c.memberId)) \(c.year)年承诺（\(c.pledges.count) 项\(c.review?.grade == nil ? "" : "，已评议")）")
        }
    }

    /// Member files: every file on the roll agrees with the pipeline rules (PipelineRule), every
    /// activist has the date the half-yearly assessment counts from, and every admission, 转正
    /// and extension of the year names the 支部党员大会 that decided it (支部工作条例 第十一条).
    static func pipelineRecords(_ input: Input) -> AssessmentCount {
        var count = AssessmentCount(verb: "完整", unit: "项")
        count.emptyText = "没有党员档案"
        let ledger = input.ledger
        let generalMeetings = Dictionary(ledger.meetings.filter { $0.kind == .generalMeeting && $0.state == .held }.map { ($0.id, $0) },
                                         uniquingKeysWith: { a, _ in a })
        var evidence: [AssessmentEvidence] = []
        var linked: Set<UUID> = []
        for member in ledger.members {
            var problems: [String] = []
            if member.isOnRoll {
                count.possible += 1
                let errors = PipelineRule.consistencyErrors(of: member, today: input.today)
                if let first = errors.first { problems.append(first.message) }
                if member.status == .activist {
                    count.possible += 1
                    if !member.timeline.contains(where: { $0.kind == .activist }) {
                        problems.append("没有“确定为入党积极分子”的日期，无法按半年考察")
                    }
                }
            }
            let decided: Set<StatusTransition> = [.admission, .fullMembership, .probationExtended]
            for event in member.timeline where decided.contains(event.kind) && event.date.year == input.year {
                count.possible += 1
                if let id = event.meetingId, let meeting = generalMeetings[id] {
                    if linked.insert(meeting.id).inserted { evidence.append(meetingEvidence(meeting)) }
                } else {
                    problems.append("\(event.date.iso) \(event.kind.chineseName)未关联支部党员大会记录")
                }
            }
            let checks = (member.isOnRoll ? 1 : 0) + (member.isOnRoll && member.status == .activist ? 1 : 0)
                + member.timeline.filter { decided.contains($0.kind) && $0.date.year == input.year }.count
            count.counted += checks - problems.count
            if checks > 0 {
                if problems.isEmpty {
                    evidence.append(AssessmentEvidence(kind: .member, id: member.id, date: nil, label: "\(member.name)（\(member.statusLabel)）档案"))
                } else {
                    count.missing += problems.map { "\(member.name)：\($0)" }
                }
            }
        }
        count.evidence = evidence
        return count
    }

    /// 报送 tasks from the organ committee (DOMAIN.md §6, 信息员) due in the year by today, closed
    /// as 已完成 or 已报送.
    static func reportsDone(_ input: Input) -> AssessmentCount {
        var count = AssessmentCount(verb: "已办结", unit: "项")
        count.emptyText = "本年度到期的报送任务为 0 项"
        let due = input.ledger.tasks.filter { $0.kind == .report && $0.due.year == input.year && $0.due <= input.today }
            .sorted { ($0.due, $0.id.uuidString) < ($1.due, $1.id.uuidString) }
        count.possible = due.count
        for task in due {
            if task.isOpen {
                count.missing.append("\(task.due.month) 月 \(task.due.day) 日到期的“\(task.title)”尚未办结")
            } else {
                count.counted += 1
                count.evidence.append(AssessmentEvidence(kind: .task, id: task.id, date: task.due, label: "\(task.title)（\(task.status.chineseName)）"))
            }
        }
        return count
    }
}
