import Foundation

/// Which record a list row stands for, so Enter can open it from any section.
public enum RecordRef: Hashable, Sendable {
    case meeting(UUID)
    case member(UUID)
    case fiveOnesLog(UUID)
    case talk(UUID)
    case task(UUID)
    case commitment(UUID)
    /// Not one record but a view: a cadence gap opens the 三会一课 grid, a five-ones item its section.
    case section(Section)
}

/// One row of a section list: the record it stands for, its cells, and the text `/` searches.
public struct SectionRow: Hashable, Sendable {
    public var ref: RecordRef
    public var cells: [String]
    /// Lower-cased text matched by the filter.
    public var searchText: String

    public init(ref: RecordRef, cells: [String], extraSearch: [String] = []) {
        self.ref = ref
        self.cells = cells
        self.searchText = (cells + extraSearch).joined(separator: " ").lowercased()
    }
}
