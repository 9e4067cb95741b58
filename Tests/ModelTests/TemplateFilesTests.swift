import Foundation
import XCTest
import Model

/// The shipped `data/templates/*.json` decode with the model types, say what DOMAIN.md says,
/// and are stored exactly as the store would write them.
final class TemplateFilesTests: XCTestCase {
    private struct Envelope<Record: Codable>: Codable {
        var schemaVersion: Int
        var records: [Record]
    }

    /// Tests/ModelTests/TemplateFilesTests.swift → the repository root.
    private static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func load<Record: Codable>(_ name: String, as: Record.Type) throws -> (Envelope<Record>, Data) {
        let url = Self.repoRoot.appendingPathComponent("data/templates").appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        return (try JSONDecoder().decode(Envelope<Record>.self, from: data), data)
    }

    /// Re-encodes with the store's encoder and compares byte for byte (ignoring one final newline).
    private func assertCanonical<Record: Codable>(_ envelope: Envelope<Record>, _ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(envelope), as: UTF8.self)
        var actual = String(decoding: data, as: UTF8.self)
        if actual.hasSuffix("\n") { actual.removeLast() }
        XCTAssertEqual(actual, expected, "not in the store's canonical form", file: file, line: line)
    }

    // MARK: cadence.json

    func testCadenceTemplate_DecodesAndCoversEveryMeetingKindOnce() throws {
        let (envelope, data) = try load("cadence.json", as: CadenceRule.self)
        XCTAssertEqual(envelope.schemaVersion, 1)
        let rules = envelope.records
        XCTAssertEqual(rules.map(\.kind), MeetingKind.allCases)
        XCTAssertEqual(Set(rules.map(\.kind)).count, rules.count)
        XCTAssertTrue(rules.allSatisfy { $0.minimum == 1 })
        try assertCanonical(envelope, data)
    }

    func testCadenceTemplate_FollowsDomainSection2() throws {
        let rules = try load("cadence.json", as: CadenceRule.self).0.records
        func rule(_ kind: MeetingKind) -> CadenceRule? { rules.first { $0.kind == kind } }
        XCTAssertEqual(rule(.generalMeeting)?.period, .quarter)
        XCTAssertEqual(rule(.committeeMeeting)?.period, .month)
        XCTAssertEqual(rule(.groupMeeting)?.period, .month)
        XCTAssertEqual(rule(.partyLecture)?.period, .quarter)
        XCTAssertEqual(rule(.themeDay)?.period, .month)
        XCTAssertEqual(rule(.lifeMeeting)?.period, .year)
        XCTAssertEqual(rule(.democraticReview)?.period, .year)
        XCTAssertEqual(rule(.heartTalk)?.period, .year)
        XCTAssertEqual(rules.filter(\.perGroup).map(\.kind), [.groupMeeting], "only group meetings are due per group")
        XCTAssertTrue(rule(.generalMeeting)?.source.contains("《中国共产党支部工作条例（试行）》第十一条") ?? false)
        XCTAssertTrue(rule(.committeeMeeting)?.source.contains("第十二条") ?? false)
        XCTAssertTrue(rule(.groupMeeting)?.source.contains("第十三条") ?? false)
        XCTAssertTrue(rule(.themeDay)?.source.contains("《中国共产党党员教育管理工作条例》第十六条") ?? false)
        XCTAssertTrue(rule(.lifeMeeting)?.source.contains("第十七条") ?? false)
        XCTAssertTrue(rule(.democraticReview)?.source.contains("第十八条") ?? false)
        XCTAssertTrue(rules.allSatisfy { !$0.source.isEmpty && !$0.source.contains("\n") })
    }

    // MARK: fiveones.json

    func testFiveOnesTemplates_DecodeWithFixedIdsAndSeedItems() throws {
        let (envelope, data) = try load("fiveones.json", as: FiveOnesTemplate.self)
        XCTAssertEqual(envelope.schemaVersion, 1)
        let templates = envelope.records
        XCTAssertEqual(templates.count, 5)
        XCTAssertEqual(Set(templates.map(\.id)).count, 5)
        XCTAssertEqual(templates.map(\.id.uuidString), (1...5).map { "F1000000-0000-4000-8000-00000000000\($0)" })

        let expected: [(String, PeriodKind, FiveOnesLevel, [String])] = [
            ("省工商局", .year, .branch, ["廉洁从政党课", "看警示教育片", "赴警示教育基地", "禁止性规定学习竞赛", "学习体会交流"]),
            ("南京新生圩海关", .quarter, .branch, ["上好一堂党课", "组织一次思想分析", "做好一场专题讲座", "开展一次谈心交流", "开展一次主题学习实践活动"]),
            ("无锡", .year, .branch, ["领导干部反腐倡廉讲座", "观看警示教育片", "廉文荐读", "自创勤政廉政短信征集", "廉政文化理论文章征集"]),
            ("盐城", .pairing, .branch, ["理清一条致富思路", "新上一个致富项目", "培训一门实用技术", "提供一笔启动资金", "帮助解决一件实事"]),
            ("常州", .year, .member, ["当好一名信息员", "做好一个表率", "参加一支志愿服务队", "办好一件实事"]),
        ]
        for (template, (source, period, level, items)) in zip(templates, expected) {
            XCTAssertTrue(template.source.contains(source), "\(template.name): \(template.source)")
            XCTAssertEqual(template.period, period, template.name)
            XCTAssertEqual(template.level, level, template.name)
            XCTAssertEqual(template.items, items, template.name)
        }
        XCTAssertTrue(templates[0].name.contains("心灵的震撼"))
        XCTAssertEqual(templates[1].name, "五个一工程")
        XCTAssertTrue(templates[2].name.contains("廉政文化进机关"))
        XCTAssertTrue(templates[3].name.contains("牵手致富"))
        XCTAssertTrue(templates[4].name.contains("四个一"))
        try assertCanonical(envelope, data)
    }
}
