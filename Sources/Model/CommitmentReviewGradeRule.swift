import Foundation

/// 民主评议: at most a third of the members taking part may be graded 优秀
/// (《中国共产党党员教育管理工作条例》2019 第十八条; DOMAIN.md §2).
///
/// Those taking part in a year's review are the members with a commitment for that year, so
/// the limit is known before anyone is graded and grades can be entered one at a time.
public enum ReviewGradeRule {
    /// Most 优秀 allowed among `participants`: a third, rounded down (2 taking part → 0).
    public static func maximumExcellent(participants: Int) -> Int {
        max(0, participants) / 3
    }

    /// The error when `commitments` of `year` carry more 优秀 than allowed, with the numbers.
    public static func check(_ commitments: [Commitment], year: Int) -> ValidationError? {
        let ofYear = commitments.filter { $0.year == year }
        let excellent = ofYear.filter { $0.review?.grade == .excellent }.count
        let allowed = maximumExcellent(participants: ofYear.count)
        guard excellent > allowed else { return nil }
        return ValidationError(field: "review", "民主评议评为“优秀”的不能超过参加评议党员的三分之一（党员教育管理工作条例 第十八条）："
            + "\(year) 年参加评议 \(ofYear.count) 人，最多 \(allowed) 人评为优秀，现为 \(excellent) 人。")
    }

    /// The error if `commitment` were graded `grade`, among all `commitments` (any years; the
    /// commitment's own year is checked, with the commitment replaced by its graded copy).
    public static func check(grading commitment: Commitment, as grade: ReviewGrade?, among commitments: [Commitment]) -> ValidationError? {
        var graded = commitment
        var review = graded.review ?? CommitmentReview()
        review.grade = grade
        graded.review = review
        let others = commitments.filter { $0.id != commitment.id }
        return check(others + [graded], year: commitment.year)
    }
}
