import Foundation

/// Finds a five-ones template from what a person typed: its id (or first 8 characters), its
/// name, or a part of the name that only one template has. An unknown or ambiguous text is an
/// error listing the templates.
public enum FiveOnesTemplateLookup {
    public static func resolve(_ text: String, in templates: [FiveOnesTemplate]) -> Result<FiveOnesTemplate, ValidationError> {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return .failure(ValidationError(field: "template", "请给出“五个一”模板的名称或编号。")) }
        if let id = UUID(uuidString: query), let template = templates.first(where: { $0.id == id }) {
            return .success(template)
        }
        // Names carry Chinese quotes (“心灵的震撼”党日活动“五个一”) that nobody types.
        let bare = plain(query)
        let byName = templates.filter { $0.name == query || plain($0.name) == bare }
        if byName.count == 1 { return .success(byName[0]) }
        if query.count >= 8 {
            let byId = templates.filter { $0.id.uuidString.lowercased().hasPrefix(query.lowercased()) }
            if byId.count == 1 { return .success(byId[0]) }
        }
        let byPart = byName.count > 1 ? byName : templates.filter { plain($0.name).contains(bare) }
        if byPart.count == 1 { return .success(byPart[0]) }
        let length = shortIdLength(templates)
        let list = (byPart.isEmpty ? templates : byPart)
            .map { "\($0.name)（\($0.id.uuidString.prefix(length))）" }.joined(separator: "、")
        if byPart.isEmpty {
            return .failure(ValidationError(field: "template", "找不到“五个一”模板“\(query)”。本支部的模板有：\(list.isEmpty ? "（无）" : list)。"))
        }
        return .failure(ValidationError(field: "template", "“\(query)”对应 \(byPart.count) 个模板：\(list)。请写出更多名称或改用编号。"))
    }

    /// The shortest id prefix (at least 8 characters) that tells `templates` apart: the seed's
    /// ids differ only in their last digit (F1000000-…-000000000001).
    public static func shortIdLength(_ templates: [FiveOnesTemplate]) -> Int {
        let ids = templates.map(\.id.uuidString)
        for length in 8..<36 where Set(ids.map { $0.prefix(length) }).count == ids.count {
            return length
        }
        return 36
    }

    private static func plain(_ name: String) -> String {
        name.filter { !"“”\"'‘’「」 ".contains($0) }
    }
}
