import Foundation
import Model

/// The branch's own rubric and hand scores (issue #10), beside the ledgers:
///
/// ```
/// $DATA/assessment/rubric.json   the branch's editable copy of data/templates/assessment.json
/// $DATA/assessment/2026.json     hand scores of 2026 (points and note per item id)
/// ```
///
/// The branch's rubric, when present, is used instead of the shipped one; an invalid one is
/// reported with its file, position and reason and never overwritten (copying refuses when it
/// exists). Hand scores are a read-modify-write under the directory's writer lock, written
/// atomically (0600), like every ledger file.
public final class AssessmentStore {
    public static let folder = "assessment"
    public static let rubricFile = "assessment/rubric.json"

    public let directory: URL
    public let readOnly: Bool
    private let lock: WriterLock

    public init(directory: URL, readOnly: Bool = false) {
        self.directory = directory
        self.readOnly = readOnly
        self.lock = WriterLock(directory: directory)
    }

    public var rubricURL: URL { directory.appendingPathComponent(AssessmentStore.rubricFile) }

    public static func scoresFile(year: Int) -> String { "\(folder)/\(String(format: "%04d", year)).json" }

    public func scoresURL(year: Int) -> URL { directory.appendingPathComponent(AssessmentStore.scoresFile(year: year)) }

    // MARK: - Rubric

    /// The rubric in use: the branch's own when it has one, else the shipped default.
    public func rubric(shipped: ShippedData?) throws -> (rubric: AssessmentRubric, file: String, isBranchOwn: Bool) {
        if FileManager.default.fileExists(atPath: rubricURL.path) {
            return (try AssessmentStore.readRubric(at: rubricURL, label: rubricURL.path), rubricURL.path, true)
        }
        guard let shipped else {
            throw RubricError(file: AssessmentStore.rubricFile, reason: "本支部没有评分细则，也找不到随程序发布的 data/templates/assessment.json")
        }
        let url = shipped.assessmentRubricURL
        return (try AssessmentStore.readRubric(at: url, label: url.path), url.path, false)
    }

    /// Reads and checks a rubric file; every problem names the file and where in it.
    public static func readRubric(at url: URL, label: String) throws -> AssessmentRubric {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RubricError(file: label, reason: "无法打开：\(error.localizedDescription)")
        }
        let rubric: AssessmentRubric
        do {
            rubric = try JSONDecoder().decode(AssessmentRubric.self, from: data)
        } catch {
            let issue = JSONErrorLocator.issue(file: label, data: data, error: error)
            throw RubricError(file: issue.description, reason: nil)
        }
        guard rubric.schemaVersion <= currentSchemaVersion else {
            throw RubricError(file: label, reason: "由更新版本的 BranchDesk 写入（schemaVersion \(rubric.schemaVersion)），请升级后再用")
        }
        let errors = rubric.validate()
        guard errors.isEmpty else {
            throw RubricError(file: label, reason: errors.map { "\($0.message)（位置 \($0.field)）" }.joined(separator: "\n  "))
        }
        return rubric
    }

    /// Places an editable copy of the shipped rubric in the data directory; never over one
    /// that exists (the branch's edits are kept, even when the file is broken).
    @discardableResult
    public func copyRubric(from shipped: ShippedData) throws -> URL {
        if readOnly { throw StoreError.readOnly }
        let source = shipped.assessmentRubricURL
        _ = try AssessmentStore.readRubric(at: source, label: source.path)
        let data = try Data(contentsOf: source)
        try withLock {
            if FileManager.default.fileExists(atPath: rubricURL.path) {
                throw RubricError(file: rubricURL.path, reason: "已存在，不会覆盖（支部的修改都保存在其中）。如要恢复默认，请先自行改名或删除该文件")
            }
            try AtomicFile.makeDirectory(rubricURL.deletingLastPathComponent())
            try AtomicFile.write(data, to: rubricURL)
        }
        return rubricURL
    }

    // MARK: - Hand scores

    /// The hand scores of `year` (none yet when the file does not exist).
    public func scores(year: Int) throws -> AssessmentScores {
        let url = scoresURL(year: year)
        guard FileManager.default.fileExists(atPath: url.path) else { return AssessmentScores(year: year) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError.unreadableFile(file: url.path, reason: "无法打开：\(error.localizedDescription)")
        }
        let scores: AssessmentScores
        do {
            scores = try JSONDecoder().decode(AssessmentScores.self, from: data)
        } catch {
            let issue = JSONErrorLocator.issue(file: AssessmentStore.scoresFile(year: year), data: data, error: error)
            throw StoreError.unreadableFile(file: url.path, reason: issue.description)
        }
        guard scores.schemaVersion <= AssessmentScores.currentSchemaVersion else {
            throw StoreError.unreadableFile(file: url.path, reason: "由更新版本的 BranchDesk 写入（schemaVersion \(scores.schemaVersion)）")
        }
        return scores
    }

    /// Records a hand score for `key` (item id or printed number) after the rubric's checks;
    /// returns the year's scores as written. Throws `ValidationErrors` for a refused score.
    @discardableResult
    public func setScore(year: Int, item key: String, points: Double, note: String, today: CalendarDate,
                         rubric: AssessmentRubric) throws -> AssessmentScores {
        let problems = rubric.problems(handScore: points, note: note, for: key)
        guard problems.isEmpty, let item = rubric.item(key) else { throw ValidationErrors(problems) }
        if readOnly { throw StoreError.readOnly }
        return try withLock {
            var scores = try self.scores(year: year)
            scores.year = year
            scores.scores[item.id] = HandScore(points: points, note: note.trimmingCharacters(in: .whitespacesAndNewlines), scoredOn: today)
            let url = scoresURL(year: year)
            try AtomicFile.makeDirectory(url.deletingLastPathComponent())
            try AtomicFile.write(LedgerJSON.encode(scores), to: url)
            return scores
        }
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        try lock.acquire()
        defer { lock.release() }
        return try body()
    }
}

/// A rubric that cannot be used: the file (with line and column or record path when known)
/// and what is wrong.
public struct RubricError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String?

    public init(file: String, reason: String?) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        "评分细则 \(file)\(reason.map { "：\($0)" } ?? "")。请修改该文件后再试（文件不会被覆盖）。"
    }
}
