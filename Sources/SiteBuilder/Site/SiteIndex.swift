import Concurrency
import Diagnostics
import ShopLoader
import ShopModel
import TemplateEngine

/// The shop's look-ups and joins, made once per build for every page: positions by id, product URLs, orders and
/// quotes by customer, quote lines by product, left-out drafts and the catalog's layout, with a reference to the
/// figures. Read-only, so pages render in parallel; the words pages show are in `PageText`.
final class SiteIndex: Sendable {
    let shop: Shop
    let audience: Audience
    /// The figures (internal sites only; a public site computes none).
    let analytics: ShopAnalytics?
    /// Warnings of `check`, listed on the dashboard.
    let warnings: [Diagnostic]
    let productPosition: [SKU: Int]
    /// Per product position: its page relative to the site root, made once (order lines, quote lines and cards ask often).
    let productURLs: [String]
    /// Drafts left out of the site; quotes and orders may still name them.
    let excludedDrafts: [SKU: Product]
    let customerPosition: [CustomerID: Int]
    let promotionPosition: [PromotionID: Int]
    /// Per customer position: its orders' positions, newest first.
    let ordersByCustomer: [[Int]]
    /// Per customer position: its quotes' positions, newest first.
    let quotesByCustomer: [[Int]]
    /// Per product position: (quote position, line index) of every quote line naming it, newest quote first.
    let quoteLinesByProduct: [[QuoteLineRef]]
    /// Per customer position: its figures (empty on a public site, which computes none).
    let customerFigures: [CustomerFigures]
    /// Per quote position: its figures at as_of (empty on a public site).
    let quoteFigures: [QuoteFigures]
    /// Entries per page of the paginated lists, rows of the capped analytics tables.
    let pageSizes: PageSizes
    /// The catalog's order and category groups.
    let catalog: CatalogLayout
    /// The quotes that name each quote in `revision_of` (its successors), by id.
    let quoteRevisions: [QuoteID: [QuoteID]]
    /// The orders lists, newest first, all and per status group (empty on a public site).
    let orderLists: OrderLists

    /// A quote line, by positions.
    struct QuoteLineRef: Sendable {
        let quote: Int
        let line: Int
    }

    /// Indexes the shop once; with `old` and the `changes` a patched load made since its shop, the figures and
    /// joins the changes cannot have moved are taken from `old` instead of computed again.
    init(shop: Shop, excludedDrafts: [Product], audience: Audience, warnings: [Diagnostic], pageSizes: PageSizes = PageSizes(),
         reusing old: SiteIndex? = nil, changes: LoadChanges? = nil) {
        let reused = changes != nil && old?.audience == audience ? old : nil
        self.shop = shop
        self.pageSizes = pageSizes
        self.catalog = CatalogLayout(products: shop.products)
        self.quoteRevisions = SiteIndex.revisions(of: shop.quotes)
        self.audience = audience
        self.orderLists = OrderLists(orders: audience == .internal ? shop.orders : [])
        let reach = reused != nil ? changes?.figures ?? .all : .all
        // The figures are computed on another thread while the look-ups and joins are built here.
        let oldAnalytics = reused?.analytics
        let figures = audience == .internal
            ? Background { SiteIndex.analytics(shop: shop, old: oldAnalytics, reach: reach, changes: changes) } : nil
        self.warnings = warnings
        var drafts: [SKU: Product] = [:]
        for product in excludedDrafts { drafts[product.sku] = product }
        self.excludedDrafts = drafts
        if let reused {
            productPosition = reused.productPosition
            productURLs = reused.productURLs
            customerPosition = reused.customerPosition
            promotionPosition = reused.promotionPosition
        } else {
            productPosition = SiteIndex.positions(shop.products.map(\.sku))
            productURLs = shop.products.map { EntityPagePath.product($0.sku) }
            customerPosition = SiteIndex.positions(shop.customers.map(\.id))
            promotionPosition = SiteIndex.positions(shop.promotions.map(\.id))
        }
        let joins: Joins
        if let reused, let changes, SiteIndex.joinsKept(old: reused.shop, new: shop, changes: changes) {
            joins = Joins(orders: reused.ordersByCustomer, quotes: reused.quotesByCustomer, lines: reused.quoteLinesByProduct)
        } else {
            joins = Joins(shop: shop, audience: audience, customers: customerPosition, products: productPosition)
        }
        ordersByCustomer = joins.orders
        quotesByCustomer = joins.quotes
        quoteLinesByProduct = joins.lines
        analytics = figures?.value
        if reach != .all, let reused {
            customerFigures = reused.customerFigures
            if reach == .none {
                quoteFigures = reused.quoteFigures
                return
            }
        } else if let analytics {
            var byPosition: [CustomerFigures] = []
            byPosition.reserveCapacity(shop.customers.count)
            for i in shop.customers.indices {
                guard let figures = analytics.customer(shop.customers[i].id) else { byPosition = []; break }
                byPosition.append(figures)
            }
            customerFigures = byPosition
        } else {
            customerFigures = []
        }
        let quoteFiguresInOrder = analytics.map { analytics in
            analytics.quotes.count == shop.quotes.count && shop.quotes.indices.allSatisfy { analytics.quotes[$0].id == shop.quotes[$0].id }
        } ?? false
        quoteFigures = quoteFiguresInOrder ? analytics?.quotes ?? [] : []
    }

    /// `other` with other warnings; everything else is shared, not computed again.
    init(copying other: SiteIndex, warnings: [Diagnostic]) {
        shop = other.shop
        audience = other.audience
        analytics = other.analytics
        self.warnings = warnings
        productPosition = other.productPosition
        productURLs = other.productURLs
        excludedDrafts = other.excludedDrafts
        customerPosition = other.customerPosition
        promotionPosition = other.promotionPosition
        ordersByCustomer = other.ordersByCustomer
        quotesByCustomer = other.quotesByCustomer
        quoteLinesByProduct = other.quoteLinesByProduct
        customerFigures = other.customerFigures
        quoteFigures = other.quoteFigures
        pageSizes = other.pageSizes
        catalog = other.catalog
        quoteRevisions = other.quoteRevisions
        orderLists = other.orderLists
    }

    static func positions<Entity>(_ ids: [ID<Entity>]) -> [ID<Entity>: Int] {
        var table = [ID<Entity>: Int](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() { table[id] = i }
        return table
    }

    var settings: SiteSettings { shop.settings }
    var isInternal: Bool { audience == .internal }

    /// The page of a product, relative to the site root, when the site has one.
    func productURL(_ sku: SKU) -> String? {
        productPosition[sku].map { productURLs[$0] }
    }

    /// A product's title, also for drafts left out of the site; nil for an unknown sku.
    func productTitle(_ sku: SKU) -> String? {
        if let p = productPosition[sku] { return shop.products[p].title }
        return excludedDrafts[sku]?.title
    }

    /// A product by sku, also a left-out draft.
    func product(_ sku: SKU) -> Product? {
        if let p = productPosition[sku] { return shop.products[p] }
        return excludedDrafts[sku]
    }

    func customerURL(_ id: CustomerID) -> String { EntityPagePath.customer(id) }
    func quoteURL(_ id: QuoteID) -> String { EntityPagePath.quote(id) }

    /// A customer's name, or its id when unknown.
    func customerName(_ id: CustomerID) -> String {
        customerPosition[id].map { shop.customers[$0].name } ?? id.rawValue
    }
}
