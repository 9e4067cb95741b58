import Foundation
import Model

extension AppState {
    /// Takes a ledger read again after files changed outside the workbench (issue #9): the
    /// section, the year shown, filters and each list's selected record stay; an open record
    /// page shows the fresh record; a form keeps what is being typed (its save is checked
    /// against the fresh file by the store's same-record rule).
    mutating func applyReload(_ fresh: Ledger, files: [String], unreadable: [String]) {
        var selectedRefs: [Section: RecordRef] = [:]
        var selectedIndex: [Section: Int] = [:]
        for (section, list) in lists {
            if let row = list.selectedRow { selectedRefs[section] = row.ref }
            selectedIndex[section] = list.table.selected
        }
        ledger = fresh
        rebuildLists(membersChanged: true)
        for section in Array(lists.keys) {
            guard var list = lists[section] else { continue }
            let byRef = selectedRefs[section].flatMap { ref in list.visible.firstIndex { list.rows[$0].ref == ref } }
            list.table.selected = byRef ?? min(selectedIndex[section] ?? 0, max(0, list.visible.count - 1))
            lists[section] = list
        }
        scrollTableToSelection()
        if case .detail(_, _, let ref)? = overlay {
            overlay = detailOverlay(for: ref)
        }
        if let problem = unreadable.first {
            notice = "文件在外部被改动后无法读取，已保留改动前的内容且不会覆盖它：\(problem)。请修复该文件（branchdesk check 可查看）。"
        } else {
            notice = "已重新读取在别处修改的文件：\(files.joined(separator: "、"))。"
        }
    }
}
