import Foundation

/// Finds a member from what a person typed on the command line: an id (or its first
/// 8 characters) or a name. An unknown or ambiguous name is an error listing the candidates.
public enum MemberLookup {
    public static func resolve(_ text: String, in members: [Member]) -> Result<Member, ValidationError> {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return .failure(ValidationError(field: "member", "请给出党员姓名或编号。")) }
        if let id = UUID(uuidString: query), let member = members.first(where: { $0.id == id }) {
            return .success(member)
        }
        let byName = members.filter { $0.name == query }
        let onRoll = byName.filter(\.isOnRoll)
        if onRoll.count == 1 { return .success(onRoll[0]) }
        if byName.count == 1 { return .success(byName[0]) }
        if byName.count > 1 {
            let list = byName.map { "\($0.name)（\($0.id.uuidString.prefix(8))，\($0.statusLabel)）" }.joined(separator: "、")
            return .failure(ValidationError(field: "member", "有 \(byName.count) 名党员叫“\(query)”：\(list)。请改用编号（前 8 位即可）。"))
        }
        if query.count >= 8 {
            let prefix = members.filter { $0.id.uuidString.lowercased().hasPrefix(query.lowercased()) }
            if prefix.count == 1 { return .success(prefix[0]) }
        }
        let similar = members.filter { $0.name.contains(query) || query.contains($0.name) }.prefix(5)
        let hint = similar.isEmpty ? "" : "相近的有：\(similar.map(\.name).joined(separator: "、"))。"
        return .failure(ValidationError(field: "member", "找不到党员“\(query)”。\(hint)可用 branchdesk member list 查看名单。"))
    }
}
