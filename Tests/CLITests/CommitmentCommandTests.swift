import Foundation
import XCTest
import CLI
import Model
import Persistence

/// `branchdesk commitment` on the demo ledger: lists, the member's own view, editing rules,
/// the one-third 优秀 limit and role restrictions (issue #8).
final class CommitmentCommandTests: XCTestCase {
    private var h: PinHarness!

    override func setUpWithError() throws { h = try PinHarness() }
    override func tearDown() { h.remove() }

    private func commitment(of name: String, year: Int = 2026) throws -> Commitment? {
        let ledger = try h.meeting.load(years: [year])
        let id = ledger.members.first { $0.name == name }?.id
        return ledger.commitments.first { $0.memberId == id && $0.year == year }
    }

    func testList_SecretarySeesEveryoneAndWhoHasNotReviewed() throws {
        let result = try h.run(["commitment", "list"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("欧阳修") && result.out.contains("王建国"), result.out)
        XCTAssertTrue(result.out.contains("共 12 人（2026 年）"), result.out)
        XCTAssertTrue(result.out.contains("尚未完成年终评议"), result.out)
        XCTAssertTrue(result.out.contains("未写自我评价、未评定等次"), result.out)
    }

    func testList_MemberSeesOnlyTheirOwn_TextAndJSON() throws {
        let others = ["王建国", "陈静", "司马文博", "上官婉清", "张丽华"]
        let text = try h.run(["commitment", "list", "--as", "member", "欧阳修"])
        XCTAssertEqual(text.status, 0, text.err)
        XCTAssertTrue(text.out.contains("欧阳修"))
        XCTAssertFalse(others.contains { text.out.contains($0) }, text.out)
        XCTAssertFalse(text.out.contains("尚未完成年终评议"))
        let json = try h.run(["commitment", "list", "--as", "member", "欧阳修", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        XCTAssertFalse(others.contains { json.out.contains($0) }, json.out)
        let ids = try h.meeting.load(years: []).members.filter { others.contains($0.name) }.map(\.id.uuidString)
        XCTAssertFalse(ids.contains { json.out.contains($0) }, "no other member's id either")
    }

    func testShow_MemberCannotReachAnothersRecord() throws {
        XCTAssertEqual(try h.run(["commitment", "show", "--as", "member", "欧阳修"]).status, 0)
        let other = try h.run(["commitment", "show", "王建国", "--as", "member", "欧阳修"])
        XCTAssertEqual(other.status, 2)
        XCTAssertTrue(other.err.contains("只能查看和填写自己的承诺"), other.err)
        XCTAssertFalse(other.out.contains("王建国"))
    }

    func testLiaisonRefused() throws {
        let result = try h.run(["commitment", "list", "--as", "liaison"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
    }

    func testAdd_SecretaryOnly_ParsesPledges() throws {
        let refused = try h.run(["commitment", "add", "--member", "欧阳修", "--pledge", "廉政:不收礼", "--as", "member", "欧阳修"])
        XCTAssertEqual(refused.status, 2)
        let ok = try h.run(["commitment", "add", "--member", "马骏", "--pledge", "勤政:按时办结复议案件", "--pledge", "社区报到：参加四个一", "--private", "--post", "党员先锋岗·窗口"])
        XCTAssertEqual(ok.status, 0, ok.err)
        let stored = try XCTUnwrap(commitment(of: "马骏"))
        XCTAssertEqual(stored.pledges, [Pledge(category: "勤政", text: "按时办结复议案件"), Pledge(category: "社区报到", text: "参加四个一")])
        XCTAssertFalse(stored.isPublic)
        XCTAssertEqual(stored.pioneerPost, "党员先锋岗·窗口")
        let bad = try h.run(["commitment", "add", "--member", "马骏", "--pledge", "没有冒号"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("类别:内容"), bad.err)
    }

    func testProgress_MemberAddsOwn_NotAnothers_DatesChecked() throws {
        let before = try XCTUnwrap(commitment(of: "欧阳修"))
        let own = try h.run(["commitment", "progress", "--date", "2026-11-30", "--text", "社区报到：义务讲解", "--hours", "2.5", "--as", "member", "欧阳修"])
        XCTAssertEqual(own.status, 0, own.err)
        let after = try XCTUnwrap(commitment(of: "欧阳修"))
        XCTAssertEqual(after.progress.count, before.progress.count + 1)
        XCTAssertEqual(after.volunteerHours, before.volunteerHours + 2.5)
        let others = try h.run(["commitment", "progress", "--member", "王建国", "--date", "2026-11-30", "--text", "x", "--as", "member", "欧阳修"])
        XCTAssertEqual(others.status, 2)
        let future = try h.run(["commitment", "progress", "--member", "欧阳修", "--date", "2026-12-05", "--text", "x"])
        XCTAssertEqual(future.status, 1)
        XCTAssertTrue(future.err.contains("晚于今天"), future.err)
        let negative = try h.run(["commitment", "progress", "--member", "欧阳修", "--date", "2026-12-01", "--text", "x", "--hours", "-1"])
        XCTAssertEqual(negative.status, 1)
        XCTAssertEqual(try commitment(of: "欧阳修")?.progress.count, after.progress.count)
    }

    func testReview_MemberWritesSelfAssessment_GradeAndCommentSecretaryOnly() throws {
        let file = h.directory.appendingPathComponent("self.txt")
        try "全年完成承诺事项三项。\n".write(to: file, atomically: true, encoding: .utf8)
        let own = try h.run(["commitment", "review", "--self-file", file.path, "--as", "member", "欧阳修"])
        XCTAssertEqual(own.status, 0, own.err)
        XCTAssertEqual(try commitment(of: "欧阳修")?.review?.selfAssessment, "全年完成承诺事项三项。")
        let grade = try h.run(["commitment", "review", "--grade", "优秀", "--as", "member", "欧阳修"])
        XCTAssertEqual(grade.status, 2)
        XCTAssertTrue(grade.err.contains("只有书记"), grade.err)
        XCTAssertEqual(try h.run(["commitment", "review", "--comment", "好", "--as", "member", "欧阳修"]).status, 2)
        let secretary = try h.run(["commitment", "review", "--member", "欧阳修", "--grade", "合格", "--comment", "践诺扎实"])
        XCTAssertEqual(secretary.status, 0, secretary.err)
        let review = try XCTUnwrap(commitment(of: "欧阳修")?.review)
        XCTAssertEqual(review.grade, .qualified)
        XCTAssertEqual(review.secretaryComment, "践诺扎实")
        XCTAssertEqual(review.selfAssessment, "全年完成承诺事项三项。")
    }

    func testReview_AtMostAThirdExcellent_MessageWithNumbers() throws {
        for name in ["欧阳修", "王建国", "陈静", "司马文博"] {
            XCTAssertEqual(try h.run(["commitment", "review", "--member", name, "--grade", "优秀"]).status, 0)
        }
        let fifth = try h.run(["commitment", "review", "--member", "孙浩", "--grade", "优秀"])
        XCTAssertEqual(fifth.status, 1)
        XCTAssertTrue(fifth.err.contains("2026 年参加评议 12 人，最多 4 人评为优秀，现为 5 人"), fifth.err)
        XCTAssertNil(try commitment(of: "孙浩")?.review?.grade)
    }
}
