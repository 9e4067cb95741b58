import Foundation
import Model

/// What importing a roster sheet would do, worked out before anything is written: members to
/// add, members to update, rows that change nothing, groups to create, and per-row problems.
///
/// `branchdesk member import` prints it for `--dry-run`, refuses it while `errors` is not empty
/// (unless told to skip those rows), and otherwise saves `membersToSave` in one write.
public struct MemberImportPlan: Sendable {
    /// A problem on one spreadsheet row (the header is row 1), e.g. a date that does not exist.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var row: Int
        /// The name on the row, when it has one.
        public var name: String
        public var message: String

        public var description: String {
            "第 \(row) 行" + (name.isEmpty ? "" : "（\(name)）") + "：\(message)"
        }
    }

    public struct Addition: Sendable {
        public var row: Int
        public var member: Member
    }

    public struct Update: Sendable {
        public var row: Int
        public var before: Member
        public var after: Member
        /// The Chinese labels of the fields that change, e.g. 手机, 党费基数.
        public var changes: [String]
    }

    public struct Unchanged: Sendable {
        public var row: Int
        public var member: Member
    }

    /// How the file was decoded (UTF-8 with/without BOM, GB18030/GBK).
    public var encoding: CSVReader.Encoding
    /// The row the headers were found on (1 unless title rows sit above them).
    public var headerRow: Int
    /// Non-blank data rows read.
    public var rowCount: Int
    public var additions: [Addition] = []
    public var updates: [Update] = []
    public var unchanged: [Unchanged] = []
    /// Groups named in the sheet that the branch does not have yet; created by the import.
    public var newGroups: [PartyGroup] = []
    /// Rows with errors are left out of additions and updates.
    public var errors: [Problem] = []
    /// Things done on the secretary's behalf or left alone, worth reading but not blocking.
    public var warnings: [Problem] = []
    /// Headers that matched no field and were ignored.
    public var ignoredColumns: [String] = []

    /// The rows with errors, ascending.
    public var invalidRows: [Int] { Array(Set(errors.map(\.row))).sorted() }

    /// Every member record the import writes: additions then updates.
    public var membersToSave: [Member] { additions.map(\.member) + updates.map(\.after) }
}
