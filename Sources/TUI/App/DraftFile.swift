import Foundation
import Model
import Persistence

/// Where a kept form waits for the next start: `drafts/<role>.json` in the data directory
/// (`secretary`, `liaison`, `member-UUID`), written atomically, 0600 in a 0700 folder like every
/// ledger file (a talk-case draft is as private as the case). One file per role, so the
/// liaison's draft never replaces the secretary's; one draft per role, as one form is open at a time.
public struct DraftFile {
    public let url: URL

    public init(directory: URL, role: Role) {
        let name = role.draftOwner.replacingOccurrences(of: ":", with: "-")
        url = directory.appendingPathComponent("drafts").appendingPathComponent("\(name).json")
    }

    public func save(_ draft: FormDraft) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.makeDirectory(url.deletingLastPathComponent())
        try AtomicFile.write(try encoder.encode(draft), to: url)
    }

    /// The kept draft, or nil when there is none or it cannot be read (then it is left alone).
    public func load() -> FormDraft? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(FormDraft.self, from: data)
    }

    /// The kept draft when it is `role`'s, with the year of the meeting it edits read into
    /// `ledger` when the start did not load that year (so the record is there to restore into).
    public func offer(to role: Role, store: LedgerStore, ledger: inout Ledger, loadedYears: inout Set<Int>) -> FormDraft? {
        guard let draft = load(), draft.owner == role.draftOwner else { return nil }
        if let year = draft.year, !loadedYears.contains(year) {
            ledger.merge(store.loadYear(year))
            loadedYears.insert(year)
        }
        return draft
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// “2026-12-04 18:30”, local time, for the restore question.
    public static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
