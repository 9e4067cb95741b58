import Foundation
import Model

extension AppState {
    /// `e` on a section list or `E` anywhere outside a form: the export dialog for the
    /// section's ledger (issue #10). 工作台 and 联络任务 have none and say where exports are.
    mutating func openLedgerExport() {
        let kinds = section.exportKinds(for: role)
        guard !kinds.isEmpty else {
            notice = section == .talks
                ? "提醒谈话记录只有书记可以导出。"
                : "“\(section.title)”没有单独的台账可导出：在 三会一课、党员（名册或党费）、五个一、承诺\(role == .secretary ? "、提醒谈话" : "") 中按 e 导出。"
            return
        }
        overlay = .ledgerExport(LedgerExportDialog(sectionTitle: section.title, kinds: kinds, year: exportYear))
    }

    /// The year the section shows: 三会一课 may be turned to another year with `[` `]`.
    private var exportYear: Int { section == .meetings ? viewYear : today.year }

    /// Whether `E` opens the export dialog here: lists and read-only pages, never while typing.
    var exportsOnCapitalE: Bool {
        switch overlay {
        case nil, .detail?, .help?: return true
        case .memberPage(let page)?: return page.move == nil
        default: return false
        }
    }

    mutating func updateLedgerExport(_ dialog: inout LedgerExportDialog, _ key: Key) -> [Effect] {
        if key == .ctrl("c") { return [.quit] }
        let outcome = dialog.handle(key)
        overlay = .ledgerExport(dialog)
        switch outcome {
        case .stay:
            return []
        case .close:
            overlay = nil
            return []
        case .export(let request):
            dialog.progress = "正在导出\(request.kind.title)（\(request.year)年）…"
            overlay = .ledgerExport(dialog)
            return [.exportLedger(request)]
        }
    }

    /// A failed export stays in the dialog with its reason, nothing lost.
    mutating func ledgerExportFailed(_ reason: String) {
        guard case .ledgerExport(var dialog)? = overlay else { return }
        dialog.progress = nil
        dialog.problem = reason
        overlay = .ledgerExport(dialog)
    }
}
