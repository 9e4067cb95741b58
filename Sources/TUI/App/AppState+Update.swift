import Foundation
import Model

extension AppState {
    /// The one place state changes: pure, returns effects for the runtime to perform.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let width, let height):
            self.width = width
            self.height = height
            fitOverlay()
            scrollTableToSelection()
            return []
        case .saved(let change):
            ledger.apply(change)
            if case .saveMember = change { rebuildLists(membersChanged: true) } else { rebuildLists() }
            notice = change.doneMessage
            afterSave(change)
            return []
        case .undoPlanned, .undone:
            return updateUndo(message)
        case .pinSet(let text):
            if case .pinForm? = overlay { overlay = nil }
            notice = text
            return []
        case .ledgerExported(let text):
            if case .ledgerExport? = overlay { overlay = nil }
            notice = text
            return []
        case .documentWritten(let path):
            notice = "已导出到 \(path)（仅本机，权限 0600）。"
            return []
        case .reloaded(let fresh, let files, let unreadable):
            applyReload(fresh, files: files, unreadable: unreadable)
            return []
        case .loadedYear(let part):
            ledger.merge(part)
            loadedYears.insert(part.year)
            rebuildLists()
            return []
        case .assessmentLoaded(let setup, let records):
            showAssessment(setup, records: records)
            return []
        case .assessmentScoreSaved(let scores, let item):
            assessmentScoreSaved(scores, item: item)
            return []
        case .assessmentFailed(let reason):
            assessmentFailed(reason)
            return []
        case .saveFailed(let reason):
            if case .pinForm(var form)? = overlay {
                form.panel.problem = reason
                overlay = .pinForm(form)
            }
            if case .talkForm(var form)? = overlay {
                form.panel.problem = reason
                overlay = .talkForm(form)
            }
            if case .fiveOnesForm(var form)? = overlay {
                form.panel.problem = reason
                overlay = .fiveOnesForm(form)
            }
            if case .taskReminder(var form)? = overlay {
                form.panel.problem = reason
                overlay = .taskReminder(form)
            }
            if case .meetingForm(var form)? = overlay {
                form.problem = reason
                overlay = .meetingForm(form)
            }
            if case .memberForm(var form)? = overlay {
                form.problem = reason
                overlay = .memberForm(form)
            }
            ledgerExportFailed(reason)
            notice = reason
            return []
        case .key(let key):
            if let answer = answerQuitOrDraft(key) { return answer }
            if case .member(let id) = role { return updateMemberHome(id, key) }
            if confirm != nil { return updateConfirm(key) }
            if undoConfirm != nil { return updateUndoConfirm(key) }
            if filterEditor != nil { return updateFilter(key) }
            if refusesEditing(key) { return [] }
            if case .meetingForm(var form)? = overlay { return updateForm(&form, key) }
            if case .memberForm(var form)? = overlay { return updateMemberForm(&form, key) }
            if case .taskReminder(var form)? = overlay { return updateTaskReminder(&form, key) }
            if case .fiveOnesForm(var form)? = overlay { return updateFiveOnesForm(&form, key) }
            if case .talkForm(var form)? = overlay { return updateTalkForm(&form, key) }
            if case .pinForm(var form)? = overlay { return updatePinForm(&form, key) }
            if case .assessment(var view)? = overlay { return updateAssessment(&view, key) }
            if case .exportPrompt(var prompt, let talk)? = overlay { return updateExportPrompt(&prompt, talk: talk, key) }
            if let effects = undoKey(key) { return effects }
            if case .ledgerExport(var dialog)? = overlay { return updateLedgerExport(&dialog, key) }
            if KeyMap.action(for: key) == .exportLedger, exportsOnCapitalE {
                openLedgerExport()
                return []
            }
            if KeyMap.action(for: key) == .setPin, role == .secretary, let form = pinFormForHere() {
                overlay = .pinForm(form)
                return []
            }
            if section == .talks, let action = KeyMap.action(for: key),
               [.recordStage, .closeCase, .exportDocument].contains(action) || (action == .new && overlay == nil) {
                talkAction(action)
                return []
            }
            if case .memberPage(var page)? = overlay { return updateMemberPage(&page, key) }
            if overlay != nil { return updateOverlay(key) }
            return updateList(key)
        }
    }

    /// Only the secretary edits meetings, member files and talks: other roles get a message
    /// instead of a form (the check sits here, before any screen sees the key).
    /// `P` opens the PIN form from a list, a record page or a member's page (that member
    /// preselected) — not while something is being typed there.
    private func pinFormForHere() -> PinForm? {
        var form: PinForm
        switch overlay {
        case nil, .detail?, .help?: form = PinForm(ledger: ledger)
        case .memberPage(let page)? where page.move == nil: form = PinForm(ledger: ledger, member: page.memberId)
        default: return nil
        }
        form.panel.fit(Layout(width: width, height: height, section: section).content)
        return form
    }

    private mutating func updatePinForm(_ form: inout PinForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key)
        overlay = .pinForm(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = nil
            return []
        case .set(let role, let pin):
            return [.setPin(role, pin)]
        }
    }

    private mutating func openFiveOnesForm(_ form: FiveOnesForm) {
        var form = form
        form.fit(Layout(width: width, height: height, section: section).content)
        overlay = .fiveOnesForm(form)
    }

    private mutating func updateFiveOnesForm(_ form: inout FiveOnesForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key, ledger: ledger, today: today)
        overlay = .fiveOnesForm(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = nil
            return []
        case .save(let change):
            return [.save(change)]
        }
    }

    /// `r` on a task: record whom the liaison reminded, of what, how.
    private mutating func openTaskReminder(_ id: UUID) {
        guard role.keepsTasks, let task = ledger.tasks.first(where: { $0.id == id }) else { return }
        var form = TaskReminderForm(task: task, ledger: ledger, today: today)
        form.fit(Layout(width: width, height: height, section: section).content)
        overlay = .taskReminder(form)
    }

    private mutating func updateTaskReminder(_ form: inout TaskReminderForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key)
        overlay = .taskReminder(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = nil
            return []
        case .save(let task):
            return [.save(.saveTask(task))]
        }
    }

    private mutating func refusesEditing(_ key: Key) -> Bool {
        guard !role.editsLedgers || readOnly, let action = KeyMap.action(for: key) else { return false }
        switch overlay {
        case nil, .detail?, .memberPage?, .help?: break
        default: return false
        }
        // On a list `e` exports the section's ledger, which the liaison and a read-only session may (issue #10).
        if action == .edit, overlay == nil { return false }
        if readOnly {
            // Refused before a form opens, so nothing is typed in vain (issue #9).
            let writing: [KeyAction] = [.new, .edit, .delete, .markHeld, .pipeline, .newTemplate, .adopt, .setPin,
                                        .recordStage, .closeCase]
            let remindsTask = action == .reveal && section == .tasks
            guard writing.contains(action) || remindsTask else { return false }
            notice = "只读模式（--read-only）：可以查看和导出，不能修改。要修改请不带 --read-only 重新打开。"
            return true
        }
        let editing: [KeyAction] = [.new, .edit, .delete, .markHeld, .pipeline, .reveal, .newTemplate, .adopt, .setPin]
        guard editing.contains(action) else { return false }
        // The liaison keeps the task ledger: `r` records a reminder there.
        if action == .reveal, section == .tasks, role.keepsTasks { return false }
        notice = "\(role.chineseName)只能查看会议记录和党员名单，修改请由书记进行。"
        return true
    }

    private mutating func updateList(_ key: Key) -> [Effect] {
        guard let action = KeyMap.action(for: key) else { return [] }
        let page = visibleTableRows
        notice = nil
        switch action {
        case .quit: return [.quit]
        case .section(let target):
            if Section.visible(to: role).contains(target) {
                section = target
            } else {
                notice = "\(role.chineseName)身份看不到“\(target.title)”。"
            }
        case .nextSection, .previousSection:
            let visible = Section.visible(to: role)
            let index = visible.firstIndex(of: section) ?? 0
            section = visible[(index + (action == .nextSection ? 1 : visible.count - 1)) % visible.count]
        case .up: currentList.table.moveSelection(by: -1)
        case .down: currentList.table.moveSelection(by: 1)
        case .pageUp: currentList.table.pageUp(visibleRows: page)
        case .pageDown: currentList.table.pageDown(visibleRows: page)
        case .first: currentList.table.home()
        case .last: currentList.table.end()
        case .open: openSelected()
        case .back:
            if !currentList.filter.isEmpty { currentList.apply(filter: "") }
        case .filter:
            if section == .members && memberSearch == nil { buildMemberSearch() }
            filterEditor = LineEditor(text: currentList.filter)
        case .help: overlay = .help(TextView(text: HelpPage.text()))
        case .new:
            if section == .fiveOnes { openFiveOnesForm(FiveOnesForm.log(ledger: ledger, today: today)) }
            if section == .meetings { openForm(MeetingForm.new(ledger: ledger, today: today)) }
            if section == .members { openMemberForm(MemberForm.new(ledger: ledger)) }
        case .delete:
            if let ref = currentList.selectedRow?.ref { askToDelete(ref) }
        case .edit, .exportLedger:
            // On a list `e` exports (issue #10); Enter opens a record, where `e` edits it.
            openLedgerExport()
        case .markHeld:
            if let ref = currentList.selectedRow?.ref { edit(ref, markHeld: true) }
        case .newTemplate:
            if section == .fiveOnes { openFiveOnesForm(FiveOnesForm.template()) }
        case .adopt:
            if section == .fiveOnes { openFiveOnesForm(FiveOnesForm.adopt(ledger: ledger, today: today)) }
        case .recordStage, .closeCase, .exportDocument, .setPin, .undo:
            break  // 提醒谈话 only, handled before the list sees the key
        case .toggleView:
            if section == .meetings { showsCadence.toggle() }
        case .previousYear, .nextYear:
            if section == .meetings { return turnYear(by: action == .previousYear ? -1 : 1) }
        case .pipeline:
            if case .member(let id)? = currentList.selectedRow?.ref { startPipelineMove(for: id) }
        case .assessment:
            return openAssessment(year: today.year)
        case .reveal:
            if section == .tasks, case .task(let id)? = currentList.selectedRow?.ref { openTaskReminder(id) }
            if section == .members { notice = "列表中的手机号和身份证号始终隐藏：Enter 打开档案后按 r 显示。" }
        }
        scrollTableToSelection()
        return []
    }

    private mutating func updateOverlay(_ key: Key) -> [Effect] {
        let viewport = Layout(width: width, height: height, section: section).content.inset(by: 1)
        let detailRef: RecordRef? = {
            if case .detail(_, _, let ref)? = overlay { return ref }
            return nil
        }()
        switch key {
        case .escape:
            overlay = nil
        case .char("?") where detailRef == nil:
            overlay = nil
        case .char("q"):
            return [.quit]
        case .char("e") where detailRef != nil:
            edit(detailRef!, markHeld: false)
        case .char("h") where detailRef != nil:
            edit(detailRef!, markHeld: true)
        case .char("d") where detailRef != nil:
            askToDelete(detailRef!)
        case .char("j"):
            overlay?.textView?.scroll(by: 1, viewport: viewport)
        case .char("k"):
            overlay?.textView?.scroll(by: -1, viewport: viewport)
        default:
            _ = overlay?.textView?.handle(key, viewport: viewport)
        }
        return []
    }

    private mutating func updateForm(_ form: inout MeetingForm, _ key: Key) -> [Effect] {
        let outcome = form.handle(key, ledger: ledger, today: today)
        overlay = .meetingForm(form)
        switch outcome {
        case .stay: return []
        case .close:
            overlay = form.original.flatMap { original in detailOverlay(for: .meeting(original.id)) }
            return []
        case .save(let meeting):
            return [.save(.saveMeeting(meeting, previous: form.original))]
        }
    }

    private mutating func updateConfirm(_ key: Key) -> [Effect] {
        guard let pending = confirm else { return [] }
        if key == .char("x"), let alternative = pending.alternative {
            confirm = nil
            overlay = nil
            return [.save(alternative)]
        }
        switch ConfirmDialog.decision(for: key) {
        case true?:
            confirm = nil
            overlay = nil
            return [.save(pending.change)]
        case false?:
            confirm = nil
        case nil:
            break
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

    /// 三会一课 turns to another year, reading it from disk the first time.
    private mutating func turnYear(by delta: Int) -> [Effect] {
        viewYear = min(9999, max(1, viewYear + delta))   // shard years are 1–9999
        if loadedYears.contains(viewYear) {
            rebuildLists()
            return []
        }
        return [.loadYear(viewYear)]
    }

    // MARK: - Opening, editing, deleting

    private mutating func openSelected() {
        guard let row = currentList.selectedRow else { return }
        // A deed that was a meeting opens the meeting itself: recorded once, read in one place.
        if case .fiveOnesLog(let id) = row.ref, let meetingId = ledger.fiveOnesLogs.first(where: { $0.id == id })?.meetingId,
           ledger.meetings.contains(where: { $0.id == meetingId }) {
            overlay = detailOverlay(for: .meeting(meetingId))
            return
        }
        if case .section(let target) = row.ref {
            guard Section.visible(to: role).contains(target) else { return }
            section = target
            if target == .meetings { showsCadence = true }
            return
        }
        overlay = detailOverlay(for: row.ref)
    }

    func detailOverlay(for ref: RecordRef) -> Overlay? {
        if case .member(let id) = ref {
            return ledger.member(id).map { .memberPage(MemberPage(member: $0, ledger: ledger, today: today)) }
        }
        return RecordDetail.page(for: ref, ledger: ledger, today: today).map { .detail(title: $0.title, text: TextView(text: $0.text), ref: ref) }
    }

    private mutating func openForm(_ form: MeetingForm) {
        var form = form
        form.fit(Layout(width: width, height: height, section: section).content)
        overlay = .meetingForm(form)
    }

    /// Editing is built for meetings and members so far; other ledgers say where their editing comes from.
    private mutating func edit(_ ref: RecordRef, markHeld: Bool) {
        if case .member(let id) = ref {
            if !markHeld, let member = ledger.member(id) { openMemberForm(MemberForm.edit(member, ledger: ledger)) }
            return
        }
        guard case .meeting(let id) = ref, let meeting = ledger.meetings.first(where: { $0.id == id }) else {
            notice = "这一栏目的记录暂时只能查看；编辑功能随后续版本提供。"
            return
        }
        var form = MeetingForm.edit(meeting, ledger: ledger)
        if markHeld {
            guard meeting.state == .planned else {
                notice = "这次会议已标为已召开。"
                return
            }
            form.form.setValue(MeetingState.held.chineseName, of: "state")
            form.form.focus(on: "attendance")
            form.form.markDirty()
        }
        openForm(form)
    }

    private mutating func askToDelete(_ ref: RecordRef) {
        if case .member = ref {
            notice = MemberPage.noDeleteNotice
            return
        }
        guard case .meeting(let id) = ref, let meeting = ledger.meetings.first(where: { $0.id == id }) else {
            notice = "这一栏目的记录暂时不能在这里删除。"
            return
        }
        var message = ["\(meeting.date.chinese) \(meeting.kind.chineseName)", "“\(meeting.topic)”", "删除后无法在工作台中恢复。"]
        let linked = FiveOnesLink.logs(linkedTo: id, in: ledger.fiveOnesLogs)
        guard !linked.isEmpty else {
            confirm = PendingConfirm(dialog: ConfirmDialog(title: "删除这条会议记录？", message: message, hint: "y 删除 / n 取消"),
                                     change: .deleteMeeting(meeting, logChanges: FiveOnesLink.Changes()))
            return
        }
        // Linked five-ones deeds: ask what becomes of them (issue #5: nothing dangles silently).
        message.append("有 \(linked.count) 条“五个一”记录关联这次会议：")
        message.append("y 删除会议，五个一记录改为独立记录（保留日期、地点、参加人）；")
        message.append("x 连同这些五个一记录一起删除。")
        confirm = PendingConfirm(
            dialog: ConfirmDialog(title: "删除这条会议记录？", message: message, hint: "y 保留为独立记录 / x 一并删除 / n 取消"),
            change: .deleteMeeting(meeting, logChanges: FiveOnesLink.afterDeleting(meeting, logs: ledger.fiveOnesLogs, choice: .keepAsStandalone)),
            alternative: .deleteMeeting(meeting, logChanges: FiveOnesLink.afterDeleting(meeting, logs: ledger.fiveOnesLogs, choice: .deleteLogs)))
    }

    /// After a save: close the form and show the saved record; after a delete: back to the list.
    private mutating func afterSave(_ change: LedgerChange) {
        switch change {
        case .saveMeeting(let meeting, _):
            if case .meetingForm(let form)? = overlay, form.id == meeting.id {
                overlay = detailOverlay(for: .meeting(meeting.id))
            }
            if let index = lists[.meetings]?.visible.firstIndex(where: { lists[.meetings]!.rows[$0].ref == .meeting(meeting.id) }) {
                lists[.meetings]?.table.selected = index
            }
        case .deleteMeeting:
            overlay = nil
        case .saveTalk(let talk):
            overlay = detailOverlay(for: .talk(talk.id))
        case .saveFiveOnesLog, .saveFiveOnesTemplate, .saveFiveOnesAdoption, .saveCommitment:
            overlay = nil
        case .saveMember(let member, _):
            afterSavingMember(member)
        case .saveTask:
            if case .taskReminder? = overlay { overlay = nil }
        }
    }

    private mutating func fitOverlay() {
        if case .meetingForm(var form)? = overlay {
            form.fit(Layout(width: width, height: height, section: section).content)
            overlay = .meetingForm(form)
        }
        if case .memberForm(var form)? = overlay {
            form.fit(Layout(width: width, height: height, section: section).content)
            overlay = .memberForm(form)
        }
        if case .taskReminder(var form)? = overlay {
            form.fit(Layout(width: width, height: height, section: section).content)
            overlay = .taskReminder(form)
        }
        if case .fiveOnesForm(var form)? = overlay {
            form.fit(Layout(width: width, height: height, section: section).content)
            overlay = .fiveOnesForm(form)
        }
        if case .talkForm(var form)? = overlay {
            form.fit(Layout(width: width, height: height, section: section).content)
            overlay = .talkForm(form)
        }
    }

    mutating func scrollTableToSelection() {
        let rows = visibleTableRows
        for key in Array(lists.keys) { lists[key]?.table.scrollToSelection(visibleRows: rows) }
    }
}
