/// Horizontal placement of text inside a run of cells.
///
/// Shared by `DisplayWidth.pad`, table columns and the status line, so a screen says
/// `.right` once and every widget agrees on what that means.
public enum Alignment: Hashable, Sendable {
    case left
    case right
    case center
}
