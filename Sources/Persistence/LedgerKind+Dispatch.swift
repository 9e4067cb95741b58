import Foundation
import Model

/// Work done on "whatever record type this ledger holds": the journal, undo and the schema
/// migration meet records only as a `LedgerKind` and a path, and come back to the typed world here.
protocol StoredRecordAction {
    associatedtype Output
    func run<R: StoredRecord>(_ type: R.Type) throws -> Output
}

extension LedgerKind {
    /// Runs `action` with this ledger's record type; nil for branch.json, which holds no records.
    func perform<A: StoredRecordAction>(_ action: A) throws -> A.Output? {
        switch self {
        case .branch: return nil
        case .members: return try action.run(Member.self)
        case .cadence: return try action.run(CadenceRule.self)
        case .fiveOnesTemplates: return try action.run(FiveOnesTemplate.self)
        case .fiveOnesAdoptions: return try action.run(FiveOnesAdoption.self)
        case .meetings: return try action.run(Meeting.self)
        case .fiveOnesLogs: return try action.run(FiveOnesLog.self)
        case .talks: return try action.run(TalkCase.self)
        case .talkAnalyses: return try action.run(ConductAnalysis.self)
        case .tasks: return try action.run(LiaisonTask.self)
        case .commitments: return try action.run(Commitment.self)
        case .dues: return try action.run(DuesPayment.self)
        }
    }

    /// Which ledger and year a relative path belongs to (`meetings/2026.json` → meetings, 2026),
    /// or nil for anything that is not a ledger file.
    public static func locate(_ path: String) -> (kind: LedgerKind, year: Int?)? {
        for kind in LedgerKind.allCases {
            if !kind.isDated {
                if path == kind.path { return (kind, nil) }
                continue
            }
            let prefix = kind.path + "/"
            guard path.hasPrefix(prefix) else { continue }
            let name = path.dropFirst(prefix.count)
            guard name.count == 9, name.hasSuffix(".json"), let year = Int(name.prefix(4)), name.prefix(4).allSatisfy(\.isNumber) else { continue }
            return (kind, year)
        }
        return nil
    }

    /// Every ledger file present in `directory` (regular files only, never a symlink), relative paths, sorted.
    public static func files(in directory: URL) -> [String] {
        let manager = FileManager.default
        func isRegular(_ relative: String) -> Bool {
            let attributes = try? manager.attributesOfItem(atPath: directory.appendingPathComponent(relative).path)
            return attributes?[.type] as? FileAttributeType == .typeRegular
        }
        var files: [String] = []
        for kind in LedgerKind.allCases {
            if !kind.isDated {
                if isRegular(kind.path) { files.append(kind.path) }
                continue
            }
            let names = (try? manager.contentsOfDirectory(atPath: directory.appendingPathComponent(kind.path).path)) ?? []
            for name in names {
                let relative = "\(kind.path)/\(name)"
                if let found = locate(relative), found.kind == kind, isRegular(relative) { files.append(relative) }
            }
        }
        return files.sorted()
    }
}
