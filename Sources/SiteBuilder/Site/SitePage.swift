import Diagnostics

/// One page of the site: where it is written, which template renders it, and the content file it is for.
struct SitePage: Sendable {
    /// What the page shows.
    enum Kind: Sendable {
        /// The list pages carry their page number (from 1).
        case dashboard, catalog(page: Int), product(Int), customers(page: Int), customer(Int), quotes(page: Int), quote(Int)
        /// An order's page (its delivery note is the print view); a status list (nil: every order) page.
        case order(Int), orderGroup(OrderGroup?, page: Int)
        /// The promotions list and a promotion's page.
        case promotions, promotion(Int)
        case analyticsOverview, analyticsProducts, analyticsCustomers, analyticsOrders, analyticsQuotes
        case page(Int), notFound
        /// Every check warning, grouped by kind (internal sites only).
        case checks
        /// The whole to-do list, every entry of every kind (internal sites only).
        case todo
    }

    /// The output path relative to the site root (`products/HD-T001.html`).
    let path: String
    /// The template name (`product.html`).
    let template: String
    let kind: Kind
    /// The content file the page is for, to name in errors; nil for pages made of many files.
    let source: Location?
    /// The navigation key of its section (`catalog`), marked as current.
    let section: String

    /// `../` once per folder level, so every link is relative and the site works from disk; `/` on the 404 page,
    /// which a server sends for a missing path at any depth, so its links must not depend on where it is shown.
    var root: String {
        if case .notFound = kind { return "/" }
        var levels = 0
        for byte in path.utf8 where byte == UInt8(ascii: "/") { levels += 1 }
        return String(repeating: "../", count: levels)
    }
}
