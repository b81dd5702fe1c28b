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
enum FigureReach: Sendable {
    case none, quotes, all
}

/// The entities a patched load replaced or priced again, compared with the load it patched.
struct LoadChanges: Sendable {
    /// The generation of the load this one was patched from.
    var base: Int
    /// Products (drafts included) whose file changed.
    var products: Set<SKU> = []
    /// Customers whose file changed.
    var customers: Set<CustomerID> = []
    /// Orders whose resolved value changed.
    var orders: Set<OrderID> = []
    /// Quotes whose resolved value changed.
    var quotes: Set<QuoteID> = []
    /// Positions in `shop.products` of the changed products shown in the site.
    var productPositions: [Int] = []
    /// Positions in `shop.orders` of the changed orders.
    var orderPositions: [Int] = []
    /// Positions in `shop.orders` of the orders naming a changed product, before or after the change.
    var ordersNamingProducts: Set<Int> = []
    /// Positions in `shop.quotes` of the changed quotes.
    var quotePositions: [Int] = []
    /// Which derived figures the changes reach: none (only fields no figure reads changed), the quotes' alone, or all.
    var figures: FigureReach {
        if statusChanged || customerFiguresMoved || !orders.isEmpty { return .all }
        return quotes.isEmpty ? .none : .quotes
    }
    /// Whether a customer's region or manual tier changed (the customer figures read them).
    var customerFiguresMoved = false
    /// Whether a product's status changed (between active and delisted).
    var statusChanged = false
}
