import Foundation
import Model
import Persistence

// MARK: - commitment add / progress / review

extension CommitmentCommand {
    static func add(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        try requireSecretary(context, "承诺事项")
        let year = try year(&args, context: context)
        let memberText = try args.value("--member")
        var typed: [String] = []
        while let pledge = try args.value("--pledge") { typed.append(pledge) }
        let makePublic = args.flag("--public")
        let makePrivate = args.flag("--private")
        let post = try args.value("--post")
        try args.finish()
        if makePublic && makePrivate { throw UsageError("--public 与 --private 只能选一个。") }
        let pledges = try typed.map { text -> Pledge in
            switch Pledge.parse(text) {
            case .success(let pledge): return pledge
            case .failure(let error): throw UsageError(error.message)
            }
        }
        let scope = try scope(context, year: year)
        let member = try subject(memberText, in: scope, flag: "--member")
        var commitment = scope.commitments.first { $0.memberId == member.id } ?? Commitment(memberId: member.id, year: year)
        let existed = !commitment.pledges.isEmpty || !commitment.progress.isEmpty
        commitment.pledges += pledges
        if makePublic { commitment.isPublic = true }
        if makePrivate { commitment.isPublic = false }
        if let post { commitment.pioneerPost = post }
        try save(commitment, in: scope, today: context.today)
        context.output.out((existed ? "已更新" : "已登记") + " \(member.name) \(year) 年承诺，共 \(commitment.pledges.count) 项。")
        return 0
    }

    static func progress(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let memberText = try args.value("--member")
        guard let date = try MemberCommand.date(args.value("--date"), label: "--date") else {
            throw UsageError("请用 --date 给出日期，例如 --date 2026-04-18。")
        }
        guard let text = try args.value("--text") else { throw UsageError("请用 --text 写明做了什么。") }
        let hoursText = try args.value("--hours")
        try args.finish()
        var hours = 0.0
        if let hoursText {
            guard let value = Double(hoursText), value.isFinite else { throw UsageError("--hours 应为小时数，如 2 或 1.5，而不是“\(hoursText)”。") }
            hours = value
        }
        let scope = try scope(context, year: date.year)
        // A member may add progress to their own commitment only (issue #8).
        let member = try subject(memberText, in: scope, flag: "--member")
        guard var commitment = scope.commitments.first(where: { $0.memberId == member.id }) else {
            throw CommitmentFailure("\(member.name) \(date.year) 年还没有登记承诺，请书记先用 branchdesk commitment add 登记。")
        }
        let entry = ProgressEntry(date: date, text: text, hours: hours)
        let errors = entry.validate(year: commitment.year, today: context.today)
        guard errors.isEmpty else { throw CommitmentFailure(errors.map(\.message).joined(separator: "\n") + "\n未保存。") }
        commitment.addProgress(entry)
        try save(commitment, in: scope, today: context.today)
        context.output.out("已记录 \(member.name) \(date.iso) 的践诺情况；全年义工时长 \(Commitment.hoursText(commitment.volunteerHours)) 小时。")
        return 0
    }

    static func review(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let year = try year(&args, context: context)
        let memberText = try args.value("--member")
        let selfFile = try args.value("--self-file")
        let gradeText = try args.value("--grade")
        let comment = try args.value("--comment")
        try args.finish()
        guard selfFile != nil || gradeText != nil || comment != nil else {
            throw UsageError("请至少给出 --self-file、--grade 或 --comment 之一。")
        }
        // The grade and the comment are the branch's judgement: secretary only (issue #8).
        if gradeText != nil { try requireSecretary(context, "评议等次") }
        if comment != nil { try requireSecretary(context, "书记评语") }
        var grade: ReviewGrade?
        if let gradeText {
            guard let g = ReviewGrade.allCases.first(where: { $0.chineseName == gradeText || $0.rawValue == gradeText }) else {
                throw UsageError("--grade 只能是 优秀、合格、基本合格 或 不合格，而不是“\(gradeText)”。")
            }
            grade = g
        }
        var selfText: String?
        if let selfFile {
            guard let data = FileManager.default.contents(atPath: selfFile), let text = String(data: data, encoding: .utf8) else {
                throw CommitmentFailure("无法读取自我评价文件 \(selfFile)（须为 UTF-8 文本）。")
            }
            selfText = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let scope = try scope(context, year: year)
        let member = try subject(memberText, in: scope, flag: "--member")
        guard var commitment = scope.commitments.first(where: { $0.memberId == member.id }) else {
            throw CommitmentFailure("\(member.name) \(year) 年还没有登记承诺，无从评议。")
        }
        if let grade, let error = ReviewGradeRule.check(grading: commitment, as: grade, among: scope.commitments) {
            throw CommitmentFailure(error.message + "未保存。")
        }
        var review = commitment.review ?? CommitmentReview()
        if let selfText { review.selfAssessment = selfText }
        if let grade { review.grade = grade }
        if let comment { review.secretaryComment = comment }
        commitment.review = review
        try save(commitment, in: scope, today: context.today)
        var saved: [String] = []
        if selfText != nil { saved.append("自我评价") }
        if let grade { saved.append("评议等次（\(grade.chineseName)）") }
        if comment != nil { saved.append("书记评语") }
        context.output.out("已保存 \(member.name) \(year) 年的\(saved.joined(separator: "、"))。")
        return 0
    }
}
