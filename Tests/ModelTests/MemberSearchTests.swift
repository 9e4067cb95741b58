import Foundation
import XCTest
import Model

/// Search from `/` (issue #4): name, full pinyin, initials, group, status.
final class MemberSearchTests: XCTestCase {
    private let group1 = PartyGroup(name: "第一党小组")
    private let group2 = PartyGroup(name: "第二党小组")

    private lazy var members: [Member] = [
        Member(name: "欧阳修", groupId: group2.id, status: .full),
        Member(name: "王建国", groupId: group1.id, status: .full),
        Member(name: "赵雨桐", groupId: group1.id, status: .probationary, joinedDate: CalendarDate("2026-03-17")),
        Member(name: "单雄信", groupId: group2.id, status: .activist),
        Member(name: "吕布", groupId: group1.id, status: .full,
               floating: FloatingInfo(category: "挂职", place: "宿迁", since: CalendarDate("2025-09-01")!)),
        Member(name: "曾国藩", groupId: group2.id, status: .transferredOut),
        Member(name: "买买提·艾力", groupId: group1.id, status: .full),
    ]

    private func names(_ query: String) -> [String] {
        let search = MemberSearch(members: members, groups: [group1, group2])
        return search.matchingIndices(query).map { members[$0].name }
    }

    func testInitials_oyx_FindsOuyangXiu() {
        XCTAssertEqual(names("oyx"), ["欧阳修"])
        XCTAssertEqual(names("OYX"), ["欧阳修"], "case does not matter")
    }

    func testFullPinyin_AndItsPrefixes() {
        XCTAssertEqual(names("ouyangxiu"), ["欧阳修"])
        XCTAssertEqual(names("ouyang"), ["欧阳修"])
        XCTAssertEqual(names("ouyx"), ["欧阳修"], "a whole syllable then initials")
        XCTAssertEqual(names("yangxiu"), ["欧阳修"], "from the given name")
        XCTAssertEqual(names("wjg"), ["王建国"])
        XCTAssertEqual(names("zhaoyt"), ["赵雨桐"])
    }

    func testChineseName_Substring() {
        XCTAssertEqual(names("欧阳"), ["欧阳修"])
        XCTAssertEqual(names("建国"), ["王建国"])
    }

    func testGroupName() {
        XCTAssertEqual(names("第二党小组"), ["欧阳修", "单雄信", "曾国藩"])
        XCTAssertEqual(names("第二 oyx"), ["欧阳修"], "every word must match")
        XCTAssertEqual(names("第一 oyx"), [])
    }

    func testStatus_InChineseOrAsAnIdentifier() {
        XCTAssertEqual(names("预备"), ["赵雨桐"])
        XCTAssertEqual(names("预备党员"), ["赵雨桐"])
        XCTAssertEqual(names("probationary"), ["赵雨桐"])
        XCTAssertEqual(names("prob"), ["赵雨桐"])
        XCTAssertEqual(names("积极分子"), ["单雄信"])
        XCTAssertEqual(names("流动"), ["吕布"])
        XCTAssertEqual(names("floating"), ["吕布"])
        XCTAssertEqual(names("已转出"), ["曾国藩"])
    }

    func testShortIdentifierFragments_DoNotMatchStatuses() {
        // "li" is inside "applicant" but must not list applicants: identifiers match by prefix of 4+.
        XCTAssertEqual(names("li"), ["买买提·艾力"])
    }

    func testPolyphonicSurnames_ReadBothWays() {
        XCTAssertEqual(names("shanxiongxin"), ["单雄信"], "单 as a surname is shan")
        XCTAssertEqual(names("danxiongxin"), ["单雄信"], "ICU's common reading still works")
        XCTAssertEqual(names("sxx"), ["单雄信"])
        XCTAssertEqual(names("zengguofan"), ["曾国藩"])
        XCTAssertEqual(names("zgf"), ["曾国藩"])
    }

    func testUmlaut_MatchesBothUAndV() {
        XCTAssertEqual(names("lvbu"), ["吕布"])
        XCTAssertEqual(names("lubu"), ["吕布"])
    }

    func testNamesWithAMiddleDot() {
        XCTAssertEqual(names("mmt"), ["买买提·艾力"])
        XCTAssertEqual(names("aili"), ["买买提·艾力"])
    }

    func testBlankQuery_MatchesEveryone_InListOrder() {
        XCTAssertEqual(names("  "), members.map(\.name))
    }

    func testKey_ExposesFullPinyinAndInitials() {
        let key = MemberSearchKey(member: members[0], groupName: "第二党小组")
        XCTAssertEqual(key.fullPinyin, "ouyangxiu")
        XCTAssertEqual(key.initials, "oyx")
        XCTAssertEqual(MemberSearchKey(member: members[3], groupName: nil).fullPinyin, "shanxiongxin")
        XCTAssertTrue(key.matches(MemberSearchQuery("oyx")))
    }

    /// Not an assertion on time (machines differ): prints what one key press costs on 10,000
    /// members, and how long building the keys takes, for the issue notes.
    func testSearchTimings_10000Members_Printed() {
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
        let given = Array("建国明华丽静伟芳娜秀英敏强磊军洋勇艳杰娟涛超霞平刚桂文云辉鹏玉兰红春梅海波宁雪晓燕")
        var rng = SystemRandomNumberGenerator()
        var many: [Member] = (0..<10_000).map { i in
            let name = String(surnames.randomElement(using: &rng)!) + String(given.randomElement(using: &rng)!)
                + (i % 2 == 0 ? String(given.randomElement(using: &rng)!) : "")
            return Member(name: name, groupId: i % 2 == 0 ? group1.id : group2.id)
        }
        many.append(Member(name: "欧阳修", groupId: group2.id))
        let built = Date()
        let search = MemberSearch(members: many, groups: [group1, group2])
        let buildSeconds = Date().timeIntervalSince(built)
        var found = 0
        let queries = ["o", "oy", "oyx", "欧", "欧阳", "wang", "wjg", "第二", "zhangli"]
        let start = Date()
        let rounds = 10
        for _ in 0..<rounds {
            for query in queries { found += search.matchingIndices(query).count }
        }
        let perQuery = Date().timeIntervalSince(start) / Double(rounds * queries.count)
        XCTAssertTrue(search.matchingIds("oyx").contains(many.last!.id))
        print(String(format: "MemberSearch timings: build 10,001 keys %.1f ms; one key press %.2f ms (mean of %d queries)",
                     buildSeconds * 1000, perQuery * 1000, rounds * queries.count), found > 0 ? "" : "none")
    }
}
