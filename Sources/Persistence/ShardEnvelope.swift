import Foundation
import Model

/// The current on-disk format. Files carrying a higher number were written by a newer
/// BranchDesk and are left alone rather than misread.
public let currentSchemaVersion = 1

/// Thrown while decoding a file written by a newer program.
struct NewerSchemaError: Error {
    let found: Int
}

/// `{"schemaVersion": 1, "records": [...]}`: the shape of every ledger file but branch.json.
struct ShardEnvelope<Record: Codable>: Codable {
    var schemaVersion: Int
    var records: [Record]

    init(records: [Record]) {
        self.schemaVersion = currentSchemaVersion
        self.records = records
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, records }

    /// Checks the version before decoding records, so a newer file fails with a clear reason
    /// instead of a type error deep inside.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= currentSchemaVersion else { throw NewerSchemaError(found: schemaVersion) }
        records = try container.decode([Record].self, forKey: .records)
    }
}

/// `{"schemaVersion": 1, "branch": {...}}`.
struct BranchEnvelope: Codable {
    var schemaVersion: Int
    var branch: BranchProfile

    init(branch: BranchProfile) {
        self.schemaVersion = currentSchemaVersion
        self.branch = branch
    }

    private enum CodingKeys: String, CodingKey { case schemaVersion, branch }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= currentSchemaVersion else { throw NewerSchemaError(found: schemaVersion) }
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
