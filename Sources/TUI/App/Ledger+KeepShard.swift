import Foundation
import Model
import Persistence

extension Ledger {
    /// Puts back the records of one file from `old`: a file edited outside the workbench that
    /// can no longer be read must not make its records vanish from the screen (issue #9). The
    /// store blocks writing it, so what is shown is what was last read, never written back.
    mutating func keepShard(_ file: String, from old: Ledger) {
        for kind in LedgerKind.allCases {
            if kind.isDated {
                let prefix = kind.path + "/"
                guard file.hasPrefix(prefix), let year = Int(file.dropFirst(prefix.count).prefix(4)),
                      file == kind.file(year: year) else { continue }
                keep(kind, year: year, from: old)
            } else if file == kind.path {
                keep(kind, year: nil, from: old)
            }
        }
    }

    private mutating func keep(_ kind: LedgerKind, year: Int?, from old: Ledger) {
        func swap<R: StoredRecord>(_ path: WritableKeyPath<Ledger, [R]>) {
            self[keyPath: path].removeAll { $0.shardYear == year }
            self[keyPath: path] += old[keyPath: path].filter { $0.shardYear == year }
        }
        switch kind {
        case .branch: profile = old.profile
        case .members: swap(\.members)
        case .cadence: swap(\.cadenceRules)
        case .fiveOnesTemplates: swap(\.fiveOnesTemplates)
        case .fiveOnesAdoptions: swap(\.fiveOnesAdoptions)
        case .meetings: swap(\.meetings)
        case .fiveOnesLogs: swap(\.fiveOnesLogs)
        case .talks: swap(\.talkCases)
        case .talkAnalyses: swap(\.talkAnalyses)
        case .tasks: swap(\.tasks)
        case .commitments: swap(\.commitments)
        case .dues: swap(\.dues)
        }
    }
}
