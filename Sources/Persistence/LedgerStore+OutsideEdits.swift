import Foundation
import Model

extension LedgerStore {
    /// Files changed on disk by someone else since this store read or wrote them: edited by hand,
    /// replaced by a sync tool, written by a CLI while the workbench is open (issue #9).
    ///
    /// Cheap when nothing changed: one `stat` per file this store read (and per dated folder).
    /// Only a file whose `stat` differs is read and hashed, so a file rewritten with the same
    /// bytes (a sync tool touching it) is not reported. Also reports shards a save of this store
    /// found changed and re-applied its change on (the caller's copy lacks the other change), and
    /// new shard files in the years `years` (nil: all) — talk cases and tasks in every year, as
    /// `load` reads them whole.
    ///
    /// The caller reads just those files again (`reread(_:)`).
    public func outsideChanges(years: Set<Int>?) -> [String] {
        var changed = tracker.takeChangedElsewhere()
        // Plain string paths: building a URL per file costs more than the stat itself.
        let root = directory.path
        for (file, snapshot) in tracker.snapshots {
            let path = root + "/" + file
            let status = FileStatus.of(path)
            guard status != snapshot.fingerprint.status else { continue }
            let hash = status == nil ? nil : (try? Data(contentsOf: URL(fileURLWithPath: path))).map(ContentHash.fnv1a64)
            if status != nil, hash != nil, hash == snapshot.fingerprint.hash {
                tracker.refreshStatus(file, status)
            } else {
                changed.insert(file)
            }
        }
        for (folder, known) in tracker.folders {
            guard FileStatus.of(root + "/" + folder) != known,
                  let kind = LedgerKind.allCases.first(where: { $0.isDated && $0.path == folder }) else { continue }
            let whole = kind == .talks || kind == .tasks
            for year in self.years(of: kind) where whole || (years?.contains(year) ?? true) {
                let file = kind.file(year: year)
                if tracker.snapshot(file) == nil { changed.insert(file) }
            }
        }
        return changed.sorted()
    }

    /// Reads `files` again, and only them: a ledger holding just their records (and the profile,
    /// for branch.json), for the caller to swap in shard by shard. A sync tool touching one task
    /// file must not make the workbench decode years of meetings again (issue #9). What was
    /// reported about these files before is dropped first, so `issues` tells which of them can
    /// no longer be read (their old records should stay on screen).
    public func reread(_ files: [String]) -> Ledger {
        var part = Ledger(profile: BranchProfile(name: ""))
        for file in files {
            forgetIssues(of: file)
            guard let (kind, year) = LedgerKind.locate(file) else { continue }
            switch kind {
            case .branch: if let profile = readProfile() { part.profile = profile }
            case .members: part.members += records(Member.self, year: year)
            case .cadence: part.cadenceRules += records(CadenceRule.self, year: year)
            case .fiveOnesTemplates: part.fiveOnesTemplates += records(FiveOnesTemplate.self, year: year)
            case .fiveOnesAdoptions: part.fiveOnesAdoptions += records(FiveOnesAdoption.self, year: year)
            case .meetings: part.meetings += records(Meeting.self, year: year)
            case .fiveOnesLogs: part.fiveOnesLogs += records(FiveOnesLog.self, year: year)
            case .talks: part.talkCases += records(TalkCase.self, year: year)
            case .talkAnalyses: part.talkAnalyses += records(ConductAnalysis.self, year: year)
            case .tasks: part.tasks += records(LiaisonTask.self, year: year)
            case .commitments: part.commitments += records(Commitment.self, year: year)
            case .dues: part.dues += records(DuesPayment.self, year: year)
            }
        }
        return part
    }
}
