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
        let old = ledger
        ledger = fresh
        rebuildLists(membersChanged: true)
        warnOpenForm(changedFrom: old, files: files)
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

    /// A form open on a record that the reload changed says so before its save: the save then
    /// overwrites the other version knowingly (meetings and members are also checked by the
    /// store against the form's original).
    private mutating func warnOpenForm(changedFrom old: Ledger, files: [String]) {
        func changed<R: Identifiable & Equatable>(_ id: R.ID, _ path: KeyPath<Ledger, [R]>) -> Bool {
            old[keyPath: path].first { $0.id == id } != ledger[keyPath: path].first { $0.id == id }
        }
        let warning = "你正在编辑的这条记录刚被另一处修改（\(files.joined(separator: "、"))），已重新读取，列表和详情中是对方的版本。请核对后再保存。"
        switch overlay {
        case .meetingForm(var form)? where form.original.map { changed($0.id, \.meetings) } ?? false:
            form.problem = warning
            overlay = .meetingForm(form)
        case .memberForm(var form)? where form.original.map { changed($0.id, \.members) } ?? false:
            form.problem = warning
            overlay = .memberForm(form)
        case .taskReminder(var form)? where changed(form.task.id, \.tasks):
            form.panel.problem = warning
            overlay = .taskReminder(form)
        case .talkForm(var form)?:
            switch form.mode {
            case .stage(let talk), .close(let talk):
                guard changed(talk.id, \.talkCases) else { return }
                form.panel.problem = warning
                overlay = .talkForm(form)
            case .open: return
            }
        default: return
        }
    }
}
