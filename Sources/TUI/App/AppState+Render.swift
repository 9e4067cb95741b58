import Foundation
import Model

extension AppState {
    /// Draws the whole screen from the state; returns the buffer and where the cursor goes
    /// (only while typing a filter).
    public func render() -> (buffer: ScreenBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = ScreenBuffer(width: max(0, width), height: max(0, height))
        if isTooSmall {
            renderTooSmall(into: &buffer)
            return (buffer, nil)
        }
        let layout = Layout(width: width, height: height, section: section)
        renderTabs(into: &buffer, rect: layout.tabs)
        renderHeader(into: &buffer, rect: layout.header)
        var cursor: (x: Int, y: Int)?
        if case .member(let id) = role, let member = ledger.member(id) {
            // The member sees their own page and nothing of anyone else's.
            var page = TextView(text: MemberHome.text(for: member, ledger: ledger, today: today))
            let inner = Frame(title: "我的党员档案 \(member.name)").render(into: &buffer, rect: layout.content)
            page.offset = min(homeScroll, page.maxOffset(viewport: inner))
            page.render(into: &buffer, rect: inner)
            if case .ownEntry(let prompt, _)? = overlay { cursor = prompt.render(into: &buffer, rect: layout.content) }
        } else if let overlay {
            cursor = renderOverlay(overlay, into: &buffer, rect: layout.content)
        } else if section == .meetings && showsCadence {
            CadenceGridView.render(ledger: ledger, year: viewYear, today: today, into: &buffer, rect: layout.table)
        } else {
            if section == .fiveOnes {
                FiveOnesMatrixView.render(ledger: ledger, today: today, into: &buffer, rect: layout.summary)
            }
            if section == .dashboard {
                for (i, line) in DashboardAgenda.summary(ledger: ledger, today: today, role: role).prefix(layout.summary.height).enumerated() {
                    buffer.put(line, x: layout.summary.x, y: layout.summary.y + i, maxWidth: layout.summary.width,
                               style: i == 0 ? .bold : .plain)
                }
            }
            currentList.table.render(into: &buffer, rect: layout.table, focused: filterEditor == nil)
        }
        if let confirm {
            confirm.dialog.render(into: &buffer, rect: layout.content)
            cursor = nil
        }
        if let dialog = undoDialog ?? quitQuestion ?? draftDialog {
            dialog.render(into: &buffer, rect: layout.content)
            cursor = nil
        }
        if let filterEditor {
            let label = "筛选 /"
            buffer.put(label, x: 1, y: layout.message.y, style: .bold)
            let field = Rect(x: 2 + DisplayWidth.of(label), y: layout.message.y, width: width - 3 - DisplayWidth.of(label), height: 1)
            cursor = (filterEditor.render(into: &buffer, rect: field), layout.message.y)
        } else if let notice {
            buffer.put(notice, x: 1, y: layout.message.y, maxWidth: width - 2, style: Style(bold: true, color: .yellow))
        }
        StatusLine(left: statusLeft, right: statusHints).render(into: &buffer, rect: layout.status)
        return (buffer, cursor)
    }

    private var statusLeft: String {
        "\(ledger.profile.name) · \(section.title) · \(role.chineseName)\(readOnly ? " · 只读，不保存任何修改" : "") · \(sourceLabel)"
    }

    private var statusHints: String {
        if filterEditor != nil { return StatusLine.hints([("Enter", "确定"), ("Esc", "清除")]) }
        if case .member = role, overlay == nil { return StatusLine.hints([("p", "践诺进展"), ("s", "自我评价"), ("↑↓", "翻看"), ("q", "退出")]) }
        switch overlay {
        case .ownEntry?, .exportPrompt?: return StatusLine.hints([("Enter", "确定"), ("Esc", "取消")])
        case .ledgerExport?: return StatusLine.hints([("Tab", "换项"), ("← →", "选择"), ("Enter", "导出"), ("Esc", "取消")])
        case .talkForm?, .pinForm?: return StatusLine.hints([("Ctrl-S", "保存"), ("Esc", "返回")])
        case .detail(_, _, .talk)?: return StatusLine.hints([("s", "记录下一阶段"), ("c", "结案"), ("x", "导出全文"), ("Esc", "返回")])
        case .meetingForm?, .memberForm?, .taskReminder?, .fiveOnesForm?: return StatusLine.hints([("Ctrl-S", "保存"), ("Esc", "返回")])
        case .memberPage(let page)?: return page.hints
        case .assessment(let view)?: return view.hints
        case .detail(_, _, .meeting)?: return StatusLine.hints([("e", "编辑"), ("h", "标为已召开"), ("d", "删除"), ("Esc", "返回")])
        case .detail?, .help?: return StatusLine.hints([("↑↓", "滚动"), ("Esc", "返回"), ("q", "退出")])
        case nil: break
        }
        if section == .fiveOnes { return StatusLine.hints([("n", "记录"), ("t", "新模板"), ("a", "开展"), ("Enter", "打开"), ("?", "帮助"), ("q", "退出")]) }
        if section == .talks { return StatusLine.hints([("n", "新建"), ("s", "记录谈话"), ("c", "结案"), ("Enter", "打开"), ("q", "退出")]) }
        if section == .tasks { return StatusLine.hints([("r", "记录提醒"), ("Enter", "打开"), ("/", "筛选"), ("?", "帮助"), ("q", "退出")]) }
        if section == .meetings { return StatusLine.hints([("n", "新建"), ("Enter", "打开"), ("e", "导出"), ("v", "周期表"), ("/", "筛选"), ("?", "帮助"), ("q", "退出")]) }
        return StatusLine.hints([("1-7", "栏目"), ("Enter", "打开"), ("/", "筛选"), ("?", "帮助"), ("q", "退出")])
    }

    private func renderTabs(into buffer: inout ScreenBuffer, rect: Rect) {
        var x = rect.x
        for tab in Section.visible(to: role) {
            var label = " \(tab.rawValue) \(tab.title) "
            if case .member = role { label = " 我的档案 " }
            let style: Style = tab == section ? Style(bold: true, reverse: true) : .plain
            x += buffer.put(label, x: x, y: rect.y, maxWidth: rect.maxX - x, style: style)
        }
    }

    private func renderHeader(into buffer: inout ScreenBuffer, rect: Rect) {
        let list = currentList
        var title = section.title
        if case .member = role { title = "我的档案" }
        switch overlay {
        case .detail(let detailTitle, _, _)?: title += " › \(detailTitle)"
        case .help?: title += " › 帮助"
        case .meetingForm(let form)?: title += " › \(form.title)"
        case .memberForm(let form)?: title += " › \(form.title)"
        case .memberPage(let page)?: title += " › \(page.title)"
        case .taskReminder?: title += " › 记录提醒"
        case .fiveOnesForm(let form)?: title += " › \(form.title)"
        case .ownEntry?: break
        case .talkForm(let form)?: title += " › \(form.title)"
        case .exportPrompt?: title += " › 导出"
        case .ledgerExport?: title += " › 导出台账"
        case .pinForm?: title += " › 设置 PIN"
        case .assessment(let view)?: title += " › \(view.title)"
        case nil: if section == .meetings && showsCadence { title += " › 年度周期表" }
        }
        var count = "共 \(list.rows.count) 条"
        if section == .meetings { count = "\(viewYear) 年　" + count }
        if section == .commitments {
            // Who has not yet reviewed: the secretary's year-end checklist (issue #8).
            let pending = CommitmentReviewProgress(year: today.year, members: ledger.membersOnRoll.filter(\.status.isPartyMember),
                                                   commitments: ledger.commitments).pending.count
            count += "　\(today.year) 年尚未完成年终评议 \(pending) 人"
        }
        if !list.filter.isEmpty { count = "筛选“\(list.filter)”：\(list.visible.count) / \(list.rows.count) 条" }
        let left = overlay == nil && section != .dashboard && role.editsLedgers || role == .liaison && overlay == nil && section != .dashboard
            ? "\(title)　\(count)" : title
        buffer.put(left, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: .bold)
        let right = today.iso
        buffer.put(right, x: rect.maxX - 1 - DisplayWidth.of(right), y: rect.y, style: .dim)
        buffer.setStyle(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), Style(bold: true, underline: true))
    }

    private func renderOverlay(_ overlay: Overlay, into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        switch overlay {
        case .meetingForm(let form):
            return form.render(into: &buffer, rect: rect)
        case .memberForm(let form):
            return form.render(into: &buffer, rect: rect)
        case .memberPage(let page):
            return page.render(into: &buffer, rect: rect)
        case .taskReminder(let form):
            return form.render(into: &buffer, rect: rect)
        case .fiveOnesForm(let form):
            return form.render(into: &buffer, rect: rect)
        case .ownEntry(let prompt, _):
            return prompt.render(into: &buffer, rect: rect)
        case .talkForm(let form):
            return form.render(into: &buffer, rect: rect)
        case .pinForm(let form):
            return form.panel.render(title: "设置 PIN", into: &buffer, rect: rect)
        case .assessment(let view):
            return view.render(into: &buffer, rect: rect)
        case .ledgerExport(let dialog):
            currentList.table.render(into: &buffer, rect: Layout(width: width, height: height, section: section).table, focused: false)
            return dialog.render(into: &buffer, rect: rect)
        case .exportPrompt(let prompt, let talk):
            if let page = detailOverlay(for: .talk(talk.id)), case .detail(let title, let text, _) = page {
                text.render(into: &buffer, rect: Frame(title: title).render(into: &buffer, rect: rect))
            }
            return prompt.render(into: &buffer, rect: rect)
        case .detail(let title, let text, _):
            text.render(into: &buffer, rect: Frame(title: title).render(into: &buffer, rect: rect))
        case .help(let text):
            text.render(into: &buffer, rect: Frame(title: "帮助").render(into: &buffer, rect: rect))
        }
        return nil
    }

    private func renderTooSmall(into buffer: inout ScreenBuffer) {
        let lines = [
            "终端窗口太小",
            "当前 \(width)×\(height)，至少需要 \(AppState.minimumWidth)×\(AppState.minimumHeight)。",
            "请放大窗口；按 q 退出。",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let wrapped = DisplayWidth.truncate(line, toWidth: width)
            buffer.put(wrapped, x: max(0, (width - DisplayWidth.of(wrapped)) / 2), y: top + i, maxWidth: width)
        }
    }
}
