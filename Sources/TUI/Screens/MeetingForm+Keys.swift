import Foundation
import Model

/// What a key press on the meeting form leads to.
public enum MeetingFormOutcome: Equatable, Sendable {
    case stay
    case save(Meeting)
    case close
}

extension MeetingForm {
    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate) -> MeetingFormOutcome {
        if reasonPrompt != nil { return handleReason(key, ledger: ledger) }
        if picker != nil { return handlePicker(key, ledger: ledger) }

        let before = (choiceIndex("kind"), choiceIndex("groupId"), form.value(of: "date"))
        switch panel.handle(key) {
        case .submit: return submit(ledger: ledger, today: today)
        case .close: return .close
        case .activated("attendance"): openPicker(ledger: ledger)
        case .activated, .stay: break
        }
        if before != (choiceIndex("kind"), choiceIndex("groupId"), form.value(of: "date")) {
            followKindAndGroup(ledger: ledger)
        }
        return .stay
    }

    private mutating func submit(ledger: Ledger, today: CalendarDate) -> MeetingFormOutcome {
        switch draft(ledger: ledger, today: today) {
        case .success(let meeting):
            problem = nil
            return .save(meeting)
        case .failure(let errors):
            show(errors.errors)
            return .stay
        }
    }

    // MARK: - Attendance picker

    /// The branch's members on the roll (the group's, for a group meeting), each marked
    /// 出席 / 请假 / 缺席; members already on the list keep their marks and reasons.
    mutating func openPicker(ledger: Ledger) {
        let marks = Dictionary(attendance.map { ($0.memberId, $0) }, uniquingKeysWith: { a, _ in a })
        // Who should attend for this kind (and group), plus anyone already on the list.
        let expectedIds = Set(Self.expected(for: kind, groupId: groupId(in: ledger), ledger: ledger).map(\.memberId))
        let people = RosterOrder.sorted(ledger.members.filter { expectedIds.contains($0.id) || marks[$0.id] != nil },
                                        groups: ledger.profile.groups)
        // Someone not yet on the list starts as 出席; the secretary marks exceptions with space or 2/3.
        let items = people.map { member -> CheckListPicker.Item in
            let mark = marks[member.id]
            return CheckListPicker.Item(id: member.id.uuidString, name: member.name,
                                        detail: ledger.profile.group(member.groupId)?.name ?? "",
                                        state: mark.flatMap { Self.presence.firstIndex(of: $0.presence) } ?? 0,
                                        extra: mark?.reason ?? "")
        }
        picker = CheckListPicker(states: Self.presence.map(\.chineseName), items: items, viewHeight: form.viewHeight)
    }

    private mutating func handlePicker(_ key: Key, ledger: Ledger) -> MeetingFormOutcome {
        guard var current = picker else { return .stay }
        if key == .char("r"), !current.isFiltering, current.items.indices.contains(current.selected) {
            openReasonPrompt(for: current.items[current.selected])
            return .stay
        }
        let before = current.selectedItem
        let event = current.handle(key)
        picker = current
        switch event {
        case .confirmed:
            commitPicker(ledger: ledger)
        case .cancelled:
            picker = nil
        default:
            // Marking someone 请假 asks for the reason at once (a leave needs one).
            if let item = current.selectedItem, item.id == before?.id, item.state == 1, before?.state != 1, item.extra.isEmpty {
                openReasonPrompt(for: item)
            }
        }
        return .stay
    }

    private mutating func openReasonPrompt(for item: CheckListPicker.Item) {
        reasonFor = UUID(uuidString: item.id)
        reasonPrompt = Prompt(title: "\(item.name)请假事由", text: item.extra, hint: "如 出差、病假　Enter 确定  Esc 取消")
    }

    private mutating func handleReason(_ key: Key, ledger: Ledger) -> MeetingFormOutcome {
        guard var prompt = reasonPrompt else { return .stay }
        let event = prompt.handle(key)
        reasonPrompt = prompt
        switch event {
        case .submitted(let text):
            if let id = reasonFor, let index = picker?.items.firstIndex(where: { $0.id == id.uuidString }) {
                picker?.items[index].extra = text.trimmingCharacters(in: .whitespaces)
                picker?.setState(1, at: index)
            }
            reasonPrompt = nil
        case .cancelled:
            reasonPrompt = nil
        default:
            break
        }
        return .stay
    }

    /// Writes the picker's marks back as the attendance list.
    private mutating func commitPicker(ledger: Ledger) {
        guard let current = picker else { return }
        attendance = current.items.compactMap { item in
            guard let id = UUID(uuidString: item.id) else { return nil }
            let presence = Self.presence[min(max(item.state, 0), Self.presence.count - 1)]
            return Attendance(memberId: id, presence: presence, reason: presence == .excused ? item.extra : "")
        }
        attendanceTouched = true
        picker = nil
        form.markDirty()
        refreshComputed(ledger: ledger)
    }
}
