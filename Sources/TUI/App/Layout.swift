import Foundation

/// Where each part of the screen goes: tab bar, header, content, message line, status line.
public struct Layout: Sendable {
    public let tabs: Rect
    public let header: Rect
    /// The dashboard's summary panel (empty on other sections).
    public let summary: Rect
    public let table: Rect
    public let content: Rect
    public let message: Rect
    public let status: Rect

    /// Summary lines on 工作台 above its list.
    public static let dashboardSummaryHeight = 7
    /// The completion matrix on 五个一 above the list of deeds: title, header, five items, legend.
    public static let fiveOnesMatrixHeight = 9

    public init(width: Int, height: Int, section: Section) {
        tabs = Rect(x: 0, y: 0, width: width, height: 1)
        header = Rect(x: 0, y: 1, width: width, height: 1)
        content = Rect(x: 0, y: 2, width: width, height: max(0, height - 4))
        message = Rect(x: 0, y: max(0, height - 2), width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let inner = content.inset(dx: 1, dy: 0)
        if section == .dashboard || section == .fiveOnes {
            let height = section == .dashboard ? Layout.dashboardSummaryHeight : Layout.fiveOnesMatrixHeight
            summary = inner.top(min(height, inner.height))
            table = inner.droppingTop(min(height + 1, inner.height))
        } else {
            summary = Rect(x: inner.x, y: inner.y, width: inner.width, height: 0)
            table = inner
        }
    }
}
