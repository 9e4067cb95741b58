import Foundation

extension Member {
    /// Field rules for a member file. Pipeline-order rules (age at application, one year as
    /// activist, probation length) belong to the pipeline and are checked there.
    public func validate(today: CalendarDate) -> [ValidationError] {
        var errors = TextRule.required(name, field: "name", label: "姓名", limit: TextRule.nameLimit)
        errors += TextRule.singleLine(ethnicity, field: "ethnicity", label: "民族")
        errors += TextRule.singleLine(education, field: "education", label: "学历")
        errors += TextRule.singleLine(post, field: "post", label: "职务")
        if let birthDate, birthDate > today {
            errors.append(ValidationError(field: "birthDate", "出生日期 \(birthDate.iso) 晚于今天（\(today.iso)），请核对。"))
        }
        if phone.count > Member.phoneLimit {
            errors.append(ValidationError(field: "phone", "手机号过长（\(phone.count) 位），最多 \(Member.phoneLimit) 位。"))
        } else if !phone.isEmpty, !phone.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == " " || $0 == "+") }) {
            errors.append(ValidationError(field: "phone", "手机号“\(Masking.phone(phone))”含有非数字字符：只允许数字、空格、“-”和“+”。"))
        }
        if !idNumber.isEmpty, !Member.isWellFormedIdNumber(idNumber) {
            errors.append(ValidationError(field: "idNumber", "身份证号格式不对：应为 18 位，前 17 位是数字，最后一位是数字或 X。"))
        }
        if let joinedDate, let birthDate, birthDate.wholeYears(until: joinedDate) < 18 {
            errors.append(ValidationError(field: "joinedDate", "入党日期 \(joinedDate.iso) 时未满 18 周岁（出生于 \(birthDate.iso)），请核对。"))
        }
        if let full = fullMembershipDate, let joined = joinedDate, full < joined {
            errors.append(ValidationError(field: "fullMembershipDate", "转正日期 \(full.iso) 早于入党日期 \(joined.iso)，请核对。"))
        }
        if status == .probationary, joinedDate == nil {
            errors.append(ValidationError(field: "joinedDate", "预备党员须填写入党日期（支部大会通过接收的日期），预备期从这一天算起。"))
        }
        if let duesBase, duesBase < 0 {
            errors.append(ValidationError(field: "duesBase", "党费基数不能为负数。"))
        }
        return errors
    }

    /// Longest phone number kept, with country code and separators (+86 139-1234-5678 is 16).
    public static let phoneLimit = 20

    /// 18 characters: 17 digits then a digit or X (GB 11643). The checksum is not enforced:
    /// old paper records carry typos the secretary must still be able to keep.
    public static func isWellFormedIdNumber(_ value: String) -> Bool {
        let chars = Array(value.uppercased())
        guard chars.count == 18 else { return false }
        return chars.prefix(17).allSatisfy { $0.isASCII && $0.isNumber } && (chars[17].isNumber || chars[17] == "X")
    }
}
