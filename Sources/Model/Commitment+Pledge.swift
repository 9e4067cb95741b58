import Foundation

/// Reading a pledge typed as `类别:内容` (DOMAIN.md §7).
extension Pledge {
    /// The usual categories of 党员目标承诺制 (seed: 省地震局); any other short category is allowed.
    public static let standardCategories = ["勤政", "廉政", "服务群众", "岗位"]
    /// Longest category, in characters: a category is a heading, not a sentence.
    public static let categoryLimit = 20

    /// `勤政:按时办结复议案件` (half- or full-width colon) → category 勤政, text 按时办结复议案件.
    public static func parse(_ typed: String) -> Result<Pledge, ValidationError> {
        guard let colon = typed.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            return .failure(ValidationError(field: "pledges", "承诺事项“\(typed)”请写成“类别:内容”，如“勤政:按时办结复议案件”；常用类别：\(standardCategories.joined(separator: "、"))，也可自拟。"))
        }
        let pledge = Pledge(category: typed[..<colon].trimmingCharacters(in: .whitespaces),
                            text: typed[typed.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        if let error = pledge.validate().first { return .failure(error) }
        return .success(pledge)
    }

    /// Category and text present, each one line; the category short.
    public func validate() -> [ValidationError] {
        var errors = TextRule.required(category, field: "pledges", label: "承诺类别")
        if category.count > Pledge.categoryLimit {
            errors.append(ValidationError(field: "pledges", "承诺类别“\(category)”过长（\(category.count) 字），最多 \(Pledge.categoryLimit) 字；内容请写在冒号之后。"))
        }
        errors += TextRule.required(text, field: "pledges", label: "承诺内容")
        return errors
    }
}
