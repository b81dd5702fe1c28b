/// The kinds of to-do (今日待办), most urgent first, in the contract's order.
public enum TodoKind: String, CaseIterable, Sendable, Hashable {
    /// Disputed orders (售后纠纷).
    case disputed
    /// Unshipped orders past their ship-by date.
    case late
    /// Unshipped orders due to ship within `advice.ship_soon_days`.
    case shipSoon = "ship_soon"
    /// Shipped or completed orders without a tracking number.
    case untracked
    /// pending_payment orders older than `advice.unpaid_days`.
    case unpaid
    /// Open quotes whose `follow_up` date has come.
    case followUp = "follow_up"
    /// Sent quotes expiring within 3 days, or without a decision `advice.quote_follow_up_days` after their date.
    case quoteDue = "quote_due"
    /// Draft quotes, not yet sent.
    case draftQuote = "draft_quote"
    /// Customers overdue to reorder.
    case reorder
    /// Dormant regular and key customers.
    case dormant
}

/// One kind of to-do and what it lists, by position in the figures (`ShopAnalytics.orders`, `quotes` or `customers`,
/// which follow the shop's order).
public struct TodoGroup: Hashable, Sendable {
    /// The kind.
    public var kind: TodoKind
    /// Positions of the orders, quotes or customers, most urgent first.
    public var positions: [Int]

    /// Creates a group.
    public init(kind: TodoKind, positions: [Int]) {
        self.kind = kind
        self.positions = positions
    }
}
