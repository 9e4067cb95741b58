import Foundation
import Model

/// Decides which rows of a section list a filter keeps, when plain substring search is not
/// enough: 党员 is searched by pinyin, initials, group and status (issue #4).
///
/// A matcher is built once when its rows change and kept in the state; `matchingIndices` runs
/// on every key press, so it must not transliterate or allocate per row.
public protocol RowMatcher: Sendable {
    /// Positions in the list's `rows` of the rows matching `query`, in order; all of them for a
    /// blank query.
    func matchingIndices(_ query: String) -> [Int]
}

/// `MemberSearch` keys are built over the members in list order (`SectionRows.memberOrder`),
/// so its positions are the 党员 list's row indices.
extension MemberSearch: RowMatcher {}
