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
    /// The caller reloads (`load(years:)`), which also resets what this store remembers.
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
}
