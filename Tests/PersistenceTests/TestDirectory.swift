import Foundation
import Model
@testable import Persistence

/// A fresh temporary directory per test, removed afterwards.
func makeTemporaryDirectory(_ name: String = #function) -> URL {
    let url = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("bd-persist-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.removeItem(at: url)
    return url
}

func posixMode(_ url: URL) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// A small ledger with Chinese text in every kind of shard.
func sampleLedger() -> Ledger {
    let group = PartyGroup(name: "第一党小组")
    let ouyang = Member(name: "欧阳修", gender: .male, birthDate: CalendarDate("1980-05-01"), groupId: group.id,
                        phone: "13912345678", idNumber: "320102198005011234", status: .full,
                        joinedDate: CalendarDate("2005-07-01"))
    let li = Member(name: "李清照", gender: .female, groupId: group.id, status: .probationary, joinedDate: CalendarDate("2026-03-10"))
    let meeting = Meeting(kind: .partyLecture, date: CalendarDate("2026-03-05")!, place: "三楼会议室", host: "欧阳修",
                          recorder: "李清照", lecturer: "欧阳修", topic: "学习《条例》，谈体会。😀",
                          attendance: [Attendance(memberId: ouyang.id, presence: .present),
                                       Attendance(memberId: li.id, presence: .excused, reason: "出差")],
                          minutes: "第一行，\n第二行。")
    let old = Meeting(kind: .committeeMeeting, date: CalendarDate("2025-11-20")!, topic: "年度总结")
    return Ledger(profile: BranchProfile(name: "法规处党支部", organPartyCommittee: "机关党委", groups: [group]),
                  members: [ouyang, li], meetings: [meeting, old],
                  cadenceRules: [CadenceRule(kind: .committeeMeeting, period: .month, source: "支部工作条例")],
                  tasks: [LiaisonTask(title: "报送学习情况", kind: .report, due: CalendarDate("2026-04-01")!)])
}
