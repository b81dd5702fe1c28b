/// Who a built site is for.
public enum Audience: String, Sendable, Hashable {
    /// The merchant's team: dashboard, customers, quotes, orders and analytics as well as the catalog.
    case `internal`
    /// Anyone: catalog, product pages (without quotes), free pages; no customer, order, quote or analytics data.
    case `public`
}
