import Foundation
import Model

extension FiveOnesForm {
    public mutating func handle(_ key: Key, ledger: Ledger, today: CalendarDate) -> Outcome {
        let templateBefore = choice("template")
        switch panel.handle(key) {
        case .submit: return submit(ledger: ledger, today: today)
        case .close: return .close
        case .stay, .activated: break
        }
        // The item list follows the chosen template.
        if mode == .log, choice("template") != templateBefore {
            let template = templateIds.indices.contains(choice("template"))
                ? ledger.fiveOnesTemplates.first { $0.id == templateIds[choice("template")] } : nil
            form["item"]?.kind = .choice(options: Self.itemLabels(template), selected: 0)
        }
        return .stay
    }

    private mutating func submit(ledger: Ledger, today: CalendarDate) -> Outcome {
        let result: Result<LedgerChange, ValidationErrors>
        switch mode {
        case .log: result = buildLog(ledger: ledger, today: today)
        case .template: result = buildTemplate()
        case .adopt: result = buildAdoption(ledger: ledger)
        }
        switch result {
        case .success(let change):
            panel.problem = nil
            return .save(change)
        case .failure(let errors):
            panel.show(errors.errors, aliases: ["itemIndex": "item", "meetingId": "meeting", "templateId": "template"])
            return .stay
        }
    }

    private func buildLog(ledger: Ledger, today: CalendarDate) -> Result<LedgerChange, ValidationErrors> {
        guard templateIds.indices.contains(choice("template")),
              let template = ledger.fiveOnesTemplates.first(where: { $0.id == templateIds[choice("template")] }) else {
            return .failure(ValidationErrors([ValidationError(field: "template", "还没有开展任何“五个一”方案：先按 a 为某个期间开展。")]))
        }
        let itemIndex = choice("item")
        let meeting = meetingIds.indices.contains(choice("meeting"))
            ? meetingIds[choice("meeting")].flatMap { id in ledger.meetings.first { $0.id == id } } : nil
        let dateText = form.value(of: "date")
        guard let date = meeting?.date ?? ChineseDateParser.parse(dateText) else {
            return .failure(ValidationErrors([ValidationError(field: "date", "日期“\(dateText)”无效：如 2026-11-12 或 2026年11月12日。")]))
        }
        guard let adoption = FiveOnesAdoption.covering(date, template: template, in: ledger.fiveOnesAdoptions),
              let period = adoption.period(containing: date, for: template) else {
            return .failure(ValidationErrors([ValidationError(field: "date",
                "\(date.iso) 不在“\(template.name)”开展的期间内：先按 a 为包含这一天的期间开展。")]))
        }
        let evidence = form.value(of: "evidence").split { $0 == "；" || $0 == ";" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var log = meeting.map { FiveOnesLog.fromMeeting($0, templateId: template.id, itemIndex: itemIndex, period: period, evidence: evidence) }
            ?? FiveOnesLog(templateId: template.id, itemIndex: itemIndex, period: period, date: date, evidence: evidence)
        let place = form.value(of: "place").trimmingCharacters(in: .whitespaces)
        let note = form.value(of: "note").trimmingCharacters(in: .whitespaces)
        if !place.isEmpty { log.place = place }
        if !note.isEmpty { log.note = note }
        let errors = log.validate(in: ledger, today: today)
        return errors.isEmpty ? .success(.saveFiveOnesLog(log)) : .failure(ValidationErrors(errors))
    }

    private func buildTemplate() -> Result<LedgerChange, ValidationErrors> {
        let name = form.value(of: "name").trimmingCharacters(in: .whitespaces)
        let source = form.value(of: "source").trimmingCharacters(in: .whitespaces)
        let items = form.value(of: "items").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var errors = TextRule.required(name, field: "name", label: "模板名称") + TextRule.singleLine(source, field: "source", label: "来源")
        if items.isEmpty { errors.append(ValidationError(field: "items", "至少要有一项活动：每行写一项（通常五项，几项都可以）。")) }
        errors += items.flatMap { TextRule.singleLine($0, field: "items", label: "事项") }
        let template = FiveOnesTemplate(name: name, source: source, period: PeriodKind.allCases[choice("period")], items: items)
        return errors.isEmpty ? .success(.saveFiveOnesTemplate(template)) : .failure(ValidationErrors(errors))
    }

    private func buildAdoption(ledger: Ledger) -> Result<LedgerChange, ValidationErrors> {
        guard templateIds.indices.contains(choice("template")) else {
            return .failure(ValidationErrors([ValidationError(field: "template", "没有可开展的模板：先按 t 新建一个。")]))
        }
        let text = form.value(of: "period").trimmingCharacters(in: .whitespaces)
        guard let period = Period(text) else {
            return .failure(ValidationErrors([ValidationError(field: "period", "期间“\(text)”看不懂：请写 2026、2026H2、2026Q4 或 2026-10。")]))
        }
        let adoption = FiveOnesAdoption(templateId: templateIds[choice("template")], period: period)
        let errors = adoption.validate(in: ledger)
        return errors.isEmpty ? .success(.saveFiveOnesAdoption(adoption)) : .failure(ValidationErrors(errors))
    }

    mutating func fit(_ rect: Rect) { panel.fit(rect) }

    func render(into buffer: inout ScreenBuffer, rect: Rect) -> (x: Int, y: Int)? {
        panel.render(title: title, into: &buffer, rect: rect)
    }
}
