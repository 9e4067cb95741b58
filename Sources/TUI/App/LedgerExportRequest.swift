import Foundation
import Model

/// One ledger export asked for in the workbench (`e` / `E` on a section list, issue #10):
/// performed by the runtime through `ChangeWriter.exportLedger`, like a save.
public struct LedgerExportRequest: Equatable, Sendable {
    public var kind: PrintedLedgerKind
    public var format: PrintFormat
    public var year: Int
    /// As typed: `~` is expanded when the file is written.
    public var path: String

    public init(kind: PrintedLedgerKind, format: PrintFormat, year: Int, path: String) {
        self.kind = kind
        self.format = format
        self.year = year
        self.path = path
    }
}

extension Section {
    /// The ledgers a section exports, the first being the default: 党员 also offers the dues
    /// register (dues are kept per member); 工作台 and 联络任务 have no printed ledger of their own.
    public func exportKinds(for role: Role) -> [PrintedLedgerKind] {
        switch self {
        case .meetings: return [.meetings]
        case .members: return [.members, .dues]
        case .fiveOnes: return [.fiveOnes]
        case .commitments: return [.commitments]
        // Talk cases only in the secretary's role (DOMAIN.md §4).
        case .talks: return role == .secretary ? [.talks] : []
        case .dashboard, .tasks: return []
        }
    }
}
