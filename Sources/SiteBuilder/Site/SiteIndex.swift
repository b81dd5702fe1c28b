import Concurrency
import Diagnostics
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
    /// Per customer position: its page, made once (every order row and order page links its customer).
    let customerURLs: [String]
    /// Per order position: its page, made once (lists, order pages and customer pages link it); empty on a public site.
    let orderURLs: [String]
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

    /// Indexes the shop once: the figures (internal sites only) are computed on another thread while the look-ups
    /// and joins are built here.
    convenience init(shop: Shop, excludedDrafts: [Product], audience: Audience, warnings: [Diagnostic], pageSizes: PageSizes = PageSizes()) {
        let figures = audience == .internal ? Background { ShopAnalytics(shop: shop) } : nil
        let lookups = Lookups(shop: shop, audience: audience)
        let joins = Joins(shop: shop, audience: audience, customers: lookups.customerPosition, products: lookups.productPosition)
        self.init(shop: shop, excludedDrafts: excludedDrafts, audience: audience, warnings: warnings, pageSizes: pageSizes,
                  lookups: lookups, joins: joins, lists: Lists(shop: shop, audience: audience), figures: { figures?.value })
    }

    /// Indexes the shop with its look-ups, joins, lists and figures already made (`figures` is asked for last, so it
    /// can wait for a figure computation running beside this one).
    init(shop: Shop, excludedDrafts: [Product], audience: Audience, warnings: [Diagnostic], pageSizes: PageSizes,
         lookups: Lookups, joins: Joins, lists: Lists, figures: () -> ShopAnalytics?) {
        self.shop = shop
        self.pageSizes = pageSizes
        self.catalog = lists.catalog
        self.quoteRevisions = SiteIndex.revisions(of: shop.quotes)
        self.audience = audience
        self.orderLists = lists.orders
        self.warnings = warnings
        var drafts: [SKU: Product] = [:]
        for product in excludedDrafts { drafts[product.sku] = product }
        self.excludedDrafts = drafts
        productPosition = lookups.productPosition
        productURLs = lookups.productURLs
        customerPosition = lookups.customerPosition
        customerURLs = lookups.customerURLs
        orderURLs = lookups.orderURLs
        promotionPosition = lookups.promotionPosition
        ordersByCustomer = joins.orders
        quotesByCustomer = joins.quotes
        quoteLinesByProduct = joins.lines
        let analytics = figures()
        self.analytics = analytics
        customerFigures = analytics.map { SiteIndex.customerFigures(shop: shop, analytics: $0) } ?? []
        quoteFigures = analytics.map { SiteIndex.quoteFigures(shop: shop, analytics: $0) } ?? []
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
        customerURLs = other.customerURLs
        orderURLs = other.orderURLs
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

    /// A customer's page (made once per customer; an unknown id's page path is made here).
    func customerURL(_ id: CustomerID) -> String { customerPosition[id].map { customerURLs[$0] } ?? EntityPagePath.customer(id) }
    /// The page of the customer at `position`.
    func customerURL(position: Int) -> String { customerURLs[position] }
    func quoteURL(_ id: QuoteID) -> String { EntityPagePath.quote(id) }

    /// A customer's name, or its id when unknown.
    func customerName(_ id: CustomerID) -> String {
        customerPosition[id].map { shop.customers[$0].name } ?? id.rawValue
    }
}
