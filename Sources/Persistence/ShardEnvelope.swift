import Foundation
import Model

/// The current on-disk format. Files carrying a higher number were written by a newer
/// BranchDesk and are left alone rather than misread.
///
/// Version 2 (issue #9) names what a file holds: `{"kind":"meetings","year":2026,…}`, so a shard
/// that was moved or renamed is detected on load instead of being read as another year's records.
/// Version 1 files (no kind, no year) load forever and are rewritten as version 2 once, after a
/// backup (`SchemaMigration`).
public let currentSchemaVersion = 2

/// Thrown while decoding a file written by a newer program.
struct NewerSchemaError: Error {
    let found: Int
}

/// `{"schemaVersion": 2, "kind": "meetings", "year": 2026, "records": [...]}`: the shape of every
/// ledger file but branch.json (`year` only in dated ledgers; version 1 had neither kind nor year).
struct ShardEnvelope<Record: Codable>: Codable {
    var schemaVersion: Int
    var kind: String?
    var year: Int?
    var records: [Record]

    init(records: [Record], kind: LedgerKind, year: Int?) {
        self.schemaVersion = currentSchemaVersion
        self.kind = kind.rawValue
        self.year = kind.isDated ? year : nil
        self.records = records
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, kind, year, records }

    /// Checks the version before decoding records, so a newer file fails with a clear reason
    /// instead of a type error deep inside.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= currentSchemaVersion else { throw NewerSchemaError(found: schemaVersion) }
        if schemaVersion >= 2 {
            kind = try container.decode(String.self, forKey: .kind)
            year = try container.decodeIfPresent(Int.self, forKey: .year)
        }
        records = try container.decode([Record].self, forKey: .records)
    }

    /// Why this file must not be read at `file` (it holds another ledger or another year:
    /// moved, renamed or copied by hand), or nil when it belongs there. Version 1 files carry no
    /// names and are taken on trust.
    func misplacement(file: String, data: Data, kind expected: LedgerKind, year expectedYear: Int?) -> LoadIssue? {
        guard schemaVersion >= 2 else { return nil }
        let wantedYear = expected.isDated ? expectedYear : nil
        let kindDiffers = kind != expected.rawValue
        guard kindDiffers || year != wantedYear else { return nil }
        let holds = (LedgerKind(rawValue: kind ?? "")?.chineseName ?? "“\(kind ?? "")”") + (year.map { " \($0) 年" } ?? "")
        let belongs = expected.chineseName + (wantedYear.map { " \($0) 年" } ?? "")
        // Point at the envelope's own key: with sorted keys "kind" comes before any record and
        // "year" after them all, so the first "kind" and the last "year" are the envelope's.
        let key = Data((kindDiffers ? "\"kind\"" : "\"year\"").utf8)
        let found = kindDiffers ? data.range(of: key) : data.range(of: key, options: .backwards)
        let (line, column) = JSONErrorLocator.lineAndColumn(data, offset: found.map { $0.lowerBound - data.startIndex } ?? 0)
        return LoadIssue(file: file, line: line, column: column, path: kindDiffers ? "kind" : "year",
                         reason: "文件内容是\(holds)的记录，与所在位置（\(belongs)）不符，可能被移动或改名；未读取，也不会被覆盖。请把它放回原处或改回原名")
    }
}

/// `{"schemaVersion": 2, "kind": "branch", "branch": {...}}`.
struct BranchEnvelope: Codable {
    var schemaVersion: Int
    var kind: String?
    var branch: BranchProfile

    init(branch: BranchProfile) {
        self.schemaVersion = currentSchemaVersion
        self.kind = LedgerKind.branch.rawValue
        self.branch = branch
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, kind, branch }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= currentSchemaVersion else { throw NewerSchemaError(found: schemaVersion) }
        if schemaVersion >= 2 {
            kind = try container.decode(String.self, forKey: .kind)
            guard kind == LedgerKind.branch.rawValue else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [CodingKeys.kind],
                    debugDescription: "这不是支部信息文件（kind 为“\(kind ?? "")”），可能被移动或改名"))
            }
        }
        branch = try container.decode(BranchProfile.self, forKey: .branch)
    }
}

/// One encoder configuration for every file: pretty, sorted keys, Chinese as UTF-8, so files diff cleanly.
enum LedgerJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }
}
