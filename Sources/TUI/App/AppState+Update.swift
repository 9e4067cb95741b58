import Foundation
import Model

extension AppState {
    /// The one place state changes: pure, returns effects for the runtime to perform.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            scrollTableToSelection()
            return []
        case .saved(let change):
            ledger.apply(change)
            rebuildLists()
            notice = change.doneMessage
            return []
        case .saveFailed(let reason):
            notice = reason
            return []
        case .key(let key):
            if filterEditor != nil { return updateFilter(key) }
            if overlay != nil { return updateOverlay(key) }
            return updateList(key)
        }
    }

    private mutating func updateList(_ key: Key) -> [Effect] {
        guard let action = KeyMap.action(for: key) else { return [] }
        let page = visibleTableRows
        switch action {
        case .quit: return [.quit]
        case .section(let target): section = target
        case .nextSection: section = section.next
        case .previousSection: section = section.previous
        case .up: currentList.table.moveSelection(by: -1)
        case .down: currentList.table.moveSelection(by: 1)
        case .pageUp: currentList.table.pageUp(visibleRows: page)
        case .pageDown: currentList.table.pageDown(visibleRows: page)
        case .first: currentList.table.home()
        case .last: currentList.table.end()
        case .open: openSelected()
        case .back:
            if !currentList.filter.isEmpty { currentList.apply(filter: "") }
        case .filter: filterEditor = LineEditor(text: currentList.filter)
        case .help: overlay = .help(TextView(text: HelpPage.text()))
        }
        scrollTableToSelection()
        return []
    }

    private mutating func updateOverlay(_ key: Key) -> [Effect] {
        let viewport = Layout(width: width, height: height, section: section).content.inset(by: 1)
        switch key {
        case .escape, .char("?") where isHelpOpen:
            overlay = nil
        case .escape:
            overlay = nil
        case .char("q"), .ctrl("c"):
            return [.quit]
        case .char("j"):
            overlay?.textView.scroll(by: 1, viewport: viewport)
        case .char("k"):
            overlay?.textView.scroll(by: -1, viewport: viewport)
        default:
            _ = overlay?.textView.handle(key, viewport: viewport)
        }
        return []
    }

    /// `/`: every key narrows the list at once; Enter keeps the filter, Esc drops it.
    private mutating func updateFilter(_ key: Key) -> [Effect] {
        guard var editor = filterEditor else { return [] }
        switch key {
        case .enter:
            filterEditor = nil
            return []
        case .escape:
            filterEditor = nil
            currentList.apply(filter: "")
            return []
        case .ctrl("c"):
            return [.quit]
        case .up, .down, .pageUp, .pageDown:
            filterEditor = nil
            return updateList(key)
        default:
            if editor.handle(key) {
                filterEditor = editor
                currentList.apply(filter: editor.text)
            }
            return []
        }
    }

    private var isHelpOpen: Bool {
        if case .help = overlay { return true }
        return false
    }

    private mutating func openSelected() {
        guard let row = currentList.selectedRow, let page = RecordDetail.page(for: row.ref, ledger: ledger) else { return }
        overlay = .detail(title: page.title, text: TextView(text: page.text))
    }

    private mutating func scrollTableToSelection() {
        let rows = visibleTableRows
        for key in Array(lists.keys) { lists[key]?.table.scrollToSelection(visibleRows: rows) }
    }
}
