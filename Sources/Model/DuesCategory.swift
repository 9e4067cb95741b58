import Foundation

/// 党费缴纳类别 (中组发〔2008〕3号): decides which bracket table applies.
public enum DuesCategory: String, Codable, Sendable, CaseIterable {
    /// 在职: 0.5% / 1% / 1.5% / 2% by after-tax monthly income.
    case working
    /// 离退休: 0.5% up to 5000, 1% above.
    case retired
    /// 学生, 下岗失业, 依靠抚恤或救济生活: 0.2 元 a month.
    case student
    case unemployed
    case relief
    /// 农民: 0.2–1 元 a month.
    case farmer

    public var chineseName: String {
        switch self {
        case .working: return "在职"
        case .retired: return "离退休"
        case .student: return "学生"
        case .unemployed: return "下岗失业"
        case .relief: return "抚恤救济"
        case .farmer: return "农民"
        }
    }
}
