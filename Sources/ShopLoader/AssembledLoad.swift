import Diagnostics
import ShopModel

/// A successful load kept by the content cache, so the next load can patch it when only entity files changed in
/// place (same ids, same draft status) instead of assembling and resolving the whole shop again.
struct AssembledLoad: Sendable {
    /// What the load gave (its shop is there).
    var result: LoadResult
    /// The reference date and draft handling it was made with.
    var asOf: Day
    var includeDrafts: Bool
    /// How many diagnostics come before the files' own (the walk's and site.yaml's).
    var leadingDiagnostics: Int
    /// How many diagnostics come after the reference errors (traffic.csv's).
    var trailingDiagnostics: Int
    /// Each file's own problems, by position in the cache (files without any left out).
    var fileDiagnostics: [Int: [Diagnostic]]
    /// Look-ups for patching, made on the first patch.
    var index: LoadIndex?
}

/// How far an edit reaches into the derived figures.
public enum FigureReach: Sendable {
    /// No figure, the quotes' figures alone, or every figure.
    case none, quotes, all
}

/// The entities a patched load replaced or priced again, compared with the load it patched.
public struct LoadChanges: Sendable {
    /// The generation of the load this one was patched from.
    public var base: Int
    /// Products (drafts included) whose file changed.
    public var products: Set<SKU> = []
    /// Customers whose file changed.
    public var customers: Set<CustomerID> = []
    /// Orders whose resolved value changed.
    public var orders: Set<OrderID> = []
    /// Quotes whose resolved value changed.
    public var quotes: Set<QuoteID> = []
    /// Positions in `shop.products` of the changed products shown in the site.
    public var productPositions: [Int] = []
    /// Positions in `shop.orders` of the changed orders.
    public var orderPositions: [Int] = []
    /// Positions in `shop.orders` of the orders naming a changed product, before or after the change.
    public var ordersNamingProducts: Set<Int> = []
    /// Positions in `shop.quotes` of the changed quotes.
    public var quotePositions: [Int] = []
    /// Which derived figures the changes reach: none (only fields no figure reads changed), the quotes' alone, or all.
    public var figures: FigureReach {
        if statusChanged || customerFiguresMoved || recommendationsMoved || !orders.isEmpty { return .all }
        return quotes.isEmpty ? .none : .quotes
    }
    /// Whether a customer's region or manual tier changed (the customer figures read them).
    public var customerFiguresMoved = false
    /// Whether a product's status changed (between active and delisted).
    public var statusChanged = false
    /// Whether a product's category or `since:` changed (the customers' recommended products read them).
    public var recommendationsMoved = false
}
