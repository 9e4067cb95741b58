import Foundation

/// 党费收缴登记表: per member per month of the year, paid (amount), 免缴, 未缴 or not due, with
/// the year's totals and the months in arrears (`DuesLedger`, 中组发〔2008〕3号; DOMAIN.md §3).
/// Months after today are not yet owed and print as `·`.
enum DuesPages {
    static func build(_ ledger: Ledger, options: LedgerPrintOptions, trackedFrom: YearMonth?) -> (pages: [PrintPage], sheet: [[String]]) {
        let january = YearMonth(year: options.year, month: 1)!
        let dues = DuesLedger(payments: ledger.dues,
                              trackedFrom: trackedFrom ?? DuesLedger.firstRecordedMonth(in: ledger.dues, fallback: january))
        let months = (1...12).map { YearMonth(year: options.year, month: $0)! }
        let thisMonth = options.today.yearMonth
        let groups = Dictionary(ledger.profile.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        var sheet = [header]
        var expectedTotal = 0, paidTotal = 0
        for member in RosterOrder.sorted(ledger.members, groups: ledger.profile.groups) {
            let statuses = months.map { dues.status(of: member, in: $0) }
            // Only members who owed or paid something this year appear on the register.
            guard statuses.contains(where: { $0.state != .notDue && ($0.month <= thisMonth || $0.state != .owed) }) else { continue }
            var expected = 0, paid = 0, owed = 0
            var cells: [String] = []
            for status in statuses {
                let future = status.month > thisMonth
                switch status.state {
                case .paid:
                    paid += status.paidFen
                    expected += status.expectedFen ?? 0
                    cells.append(DuesPayment.yuan(status.paidFen))
                case .exempt:
                    cells.append("免缴")
                case .owed where future:
                    cells.append("·")
                case .owed:
                    owed += 1
                    expected += status.expectedFen ?? 0
                    cells.append("未缴")
                case .notDue:
                    cells.append("—")
                }
                if status.state != .notDue, !(future && status.state == .owed) {
                    sheet.append([member.name, member.groupId.flatMap { groups[$0] } ?? "", status.month.iso,
                                  status.state.chineseName, status.expectedFen.map(DuesPayment.yuan) ?? "",
                                  status.state == .paid ? DuesPayment.yuan(status.paidFen) : "",
                                  status.paidOn?.iso ?? "", status.note])
                }
            }
            expectedTotal += expected
            paidTotal += paid
            rows.append([member.name] + cells + [DuesPayment.yuan(expected), DuesPayment.yuan(paid), owed == 0 ? "" : "\(owed)"])
        }
        let page = PrintPage(heading: "党费收缴登记（\(options.year)年）", blocks: [
            .table(caption: "", header: ["姓名"] + (1...12).map { "\($0)月" } + ["应缴", "已缴", "欠缴月数"], rows: rows),
            .field("合计", "应缴 \(DuesPayment.yuan(expectedTotal)) 元，已缴 \(DuesPayment.yuan(paidTotal)) 元"),
            .note("金额单位：元。数字为已缴金额；未缴、免缴如字；— 不需交纳；· 尚未到期。"),
            .note("统计自 \(dues.trackedFrom.iso) 起（台账中最早的党费记录）。\(DuesRule.roundingNote)"),
        ], isWide: true)
        return ([page], sheet)
    }

    static let header = ["姓名", "党小组", "月份", "状态", "应缴（元）", "已缴（元）", "缴纳日期", "备注"]
}
