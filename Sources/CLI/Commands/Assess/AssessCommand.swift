import Foundation
import Model
import Persistence

/// `branchdesk assess`: the branch's year against its 百分制 rubric (issue #10) — each item's
/// points, the records it counted and what is missing; `assess score` records a hand score;
/// `assess rubric` shows or copies the rubric. Scores the branch's ledger, never a person.
///
/// Exit statuses: 0 done; 1 a file could not be read, the rubric is invalid, or a score was
/// refused; 2 usage errors (and the member role, refused by RolePolicy).
enum AssessCommand {
    static let command = Command(name: name, summary: summary, usage: usage, run: run)

    static let name = "assess"
    static let summary = "年度自评：按百分制评分细则对照本年台账打分，列出依据和缺项"
    static let usage = """
    用法：branchdesk assess [--year 年份] [--format json|html] [--to 文件] [--evidence]
          branchdesk assess score 项目 --year 年份 --points 分数 --note 评分依据
          branchdesk assess rubric [--copy]

    按评分细则（本支部的 assessment/rubric.json；没有时用随程序发布的
    data/templates/assessment.json）对照某年（默认今年）的台账逐项打分：
      · 按台账计算的项目（支委会、党员大会、党小组会、党课、主题党日、组织生活会、民主评议、
        谈心谈话、“五个一”、党费按月交纳、党员承诺与评议、发展党员档案、报送任务）列出所计的
        记录（依据，含记录编号）和缺项，例如“缺 8 月支委会”；
      · 手工评分的项目显示书记记下的分数和说明，未评的显示“待评”。
    年度未结束时，尚未到期或本期尚未召开的也列在缺项中，便于年底前补齐。
    只评支部的台账，不对党员个人评分或排名；提醒谈话不在其中。

    --format json  稳定的键：year、today、rubric、earned、maximum、unscored、categories[].items[]
                   （id、number、name、points、earned、method、measure、counted、target、summary、
                   missing、evidence[]（kind、id、date、label）、note）
    --format html  单个 HTML 文件（内嵌样式，A4 打印，黑白可读），附各项依据清单
    --to 文件      写入文件（先写临时文件再改名，权限 0600），否则输出到屏幕
    --evidence     文本格式下在每项下列出所计的记录

    assess score：为手工评分的项目（编号如 1.2，或 id 如 work-plan）记分，分数在 0 至该项满分之间，
    须写评分依据；保存在数据目录 assessment/年份.json。只有书记可以评分。
    assess rubric：显示正在使用的评分细则；--copy 把默认细则复制到数据目录
    assessment/rubric.json 供支部修改（已有时不覆盖）。细则有误时指出文件、位置和原因。

    书记和联络员可以查看；党员本人不能使用本命令。
    退出码：0 完成；1 文件无法读取、评分细则有误或评分被拒绝；2 用法错误。
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        var args = ArgumentList(arguments, command: name)
        switch arguments.first {
        case "score":
            _ = args.positional()
            return try score(&args, context: context)
        case "rubric":
            _ = args.positional()
            return try rubric(&args, context: context)
        default:
            return try report(&args, context: context)
        }
    }

    // MARK: - The report

    enum Format: String { case text, json, html }

    private static func report(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let today = context.today
        let year = try args.value("--year").map(MeetingCommand.year) ?? today.year
        var format: Format = context.options.format == .json ? .json : .text
        if let text = try args.value("--format") {
            guard let chosen = Format(rawValue: text) else {
                throw UsageError("assess 的 --format 只能是 text、json 或 html，而不是“\(text)”。")
            }
            format = chosen
        }
        let path = try args.value("--to")
        let withEvidence = args.flag("--evidence")
        if let stray = args.positional() {
            throw UsageError("branchdesk assess 不认识“\(stray)”：子命令只有 score 和 rubric。用 branchdesk help assess 查看用法。")
        }
        try args.finish()

        let (assessment, setup, ledger) = try evaluate(year: year, context: context)
        let text: String
        switch format {
        case .text: text = AssessmentSheet.lines(assessment, setup: setup, ledger: ledger, evidence: withEvidence).joined(separator: "\n")
        case .json: text = try AssessmentJSON.text(assessment, setup: setup)
        case .html: text = AssessmentHTML.document(assessment, setup: setup, ledger: ledger)
        }
        guard let path else {
            context.output.out(text)
            return 0
        }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath,
                      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw MeetingFailure("无法写入 \(path)：所在文件夹不存在。")
        }
        try AtomicFile.write(Data((text + "\n").utf8), to: url)
        context.output.out("已写入 \(path)：\(year) 年度自评，得分 \(Assessment.pointsText(assessment.earned)) / \(AssessmentRubric.total)。")
        return 0
    }

    /// Loads the year and the rubric and scores it; refuses when a file the scores depend on
    /// could not be read (a missing shard would show held meetings as 缺).
    static func evaluate(year: Int, context: CommandContext) throws -> (Assessment, AssessmentSetup, Ledger) {
        let store = try context.openStore()
        let ledger = try store.load(years: [year])
        if let issue = store.issues.first(where: { !$0.file.hasPrefix(LedgerKind.talks.path + "/") }) {
            throw MeetingFailure("无法读取 \(issue.description)。缺了这个文件，已有的记录会被误报为缺项，本次不评分。请先修复，可用 branchdesk check 查看。")
        }
        let setup = try AssessmentSetup.load(store: store, shipped: try? context.shippedData(), year: year)
        return (setup.evaluate(ledger: ledger, today: context.today), setup, ledger)
    }

    // MARK: - Hand scores

    private static func score(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        guard let key = args.positional() else {
            throw UsageError("请给出要评分的项目编号或 id，例如 branchdesk assess score 1.2 --year 2026 --points 4 --note 说明。")
        }
        let year = try args.value("--year").map(MeetingCommand.year) ?? context.today.year
        guard let pointsText = try args.value("--points") else { throw UsageError("请用 --points 给出分数。") }
        guard let points = Double(pointsText.trimmingCharacters(in: .whitespaces)), points.isFinite else {
            throw UsageError("--points 应为数字（可带一位小数），而不是“\(pointsText)”。")
        }
        let note = try args.value("--note") ?? ""
        try args.finish()
        let store = try context.openStore()
        let setup = try AssessmentSetup.load(store: store, shipped: try? context.shippedData(), year: year)
        let assessments = AssessmentStore(directory: store.directory, readOnly: store.readOnly)
        do {
            try assessments.setScore(year: year, item: key, points: points, note: note, today: context.today, rubric: setup.rubric)
        } catch let refused as ValidationErrors {
            throw MeetingFailure(refused.description)
        }
        let item = setup.rubric.item(key)!
        context.output.out("已记录 \(year) 年 \(setup.rubric.number(of: item.id)!) \(item.name)：\(Assessment.pointsText(points)) / \(item.points) 分。")
        return 0
    }

    // MARK: - The rubric

    private static func rubric(_ args: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let copy = args.flag("--copy")
        try args.finish()
        let store = try context.openStore()
        let assessments = AssessmentStore(directory: store.directory, readOnly: store.readOnly)
        if copy {
            let url = try assessments.copyRubric(from: try context.shippedData())
            context.output.out("已把默认评分细则复制到 \(url.path)，支部可按上级当年细则修改（分值合计须为 100）。")
            return 0
        }
        let (rubric, file, own) = try assessments.rubric(shipped: try? context.shippedData())
        context.output.out("\(rubric.name)（\(own ? "本支部的细则" : "随程序发布的默认细则")：\(file)）")
        for (c, category) in rubric.categories.enumerated() {
            context.output.out("\(category.heading(number: c + 1))（\(category.points) 分）")
            for (i, item) in category.items.enumerated() {
                let how = item.measure.map { "按台账计算：\($0.kind.chineseName)\($0.meeting.map { "（\($0.shortName)）" } ?? "")，\($0.rule.chineseName)\($0.target.map { "，目标 \($0)" } ?? "")" }
                    ?? "手工评分：\(item.hand?.guide ?? "")"
                context.output.out("  \(c + 1).\(i + 1) \(item.id)　\(item.name)　\(item.points) 分　\(how)")
            }
        }
        if !own { context.output.out("用 branchdesk assess rubric --copy 复制到数据目录后即可修改。") }
        return 0
    }
}
