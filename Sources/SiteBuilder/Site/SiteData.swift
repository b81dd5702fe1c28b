import Diagnostics
import ShopModel
import TemplateEngine

/// Everything the pages of one build share, indexed once: the shop, its figures, look-ups by id, joins
/// (orders and quotes by customer, quote lines by product) and the UI strings. Read-only, so pages render in parallel.
final class SiteData: Sendable {
    let shop: Shop
    let audience: Audience
    let strings: SiteStrings
    let symbol: String
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

    /// A quote line, by positions.
    struct QuoteLineRef: Sendable {
        let quote: Int
        let line: Int
    }

    /// Indexes the shop once.
    init(shop: Shop, excludedDrafts: [Product], audience: Audience, warnings: [Diagnostic], pageSizes: PageSizes = PageSizes()) {
        self.shop = shop
        self.pageSizes = pageSizes
        self.catalog = CatalogLayout(products: shop.products)
        self.audience = audience
        self.strings = SiteStrings(locale: shop.settings.locale)
        self.symbol = shop.settings.currencySymbol
        self.analytics = audience == .internal ? ShopAnalytics(shop: shop) : nil
        self.warnings = warnings
        productPosition = SiteData.positions(shop.products.map(\.sku))
        productURLs = shop.products.map { "products/" + $0.sku.rawValue + "/index.html" }
        var drafts: [SKU: Product] = [:]
        for product in excludedDrafts { drafts[product.sku] = product }
        self.excludedDrafts = drafts
        let customers = SiteData.positions(shop.customers.map(\.id))
        customerPosition = customers
        promotionPosition = SiteData.positions(shop.promotions.map(\.id))
        var orders = Array(repeating: [Int](), count: shop.customers.count)
        var quotes = orders
        var lines = Array(repeating: [QuoteLineRef](), count: shop.products.count)
        if audience == .internal {
            // Indices and borrowed fields only: no copy of any order or quote.
            for i in shop.orders.indices { if let c = customers[shop.orders[i].customer] { orders[c].append(i) } }
            for i in shop.quotes.indices {
                if let c = customers[shop.quotes[i].customer] { quotes[c].append(i) }
                for l in shop.quotes[i].items.indices {
                    if let sku = shop.quotes[i].items[l].sku, let p = productPosition[sku] { lines[p].append(QuoteLineRef(quote: i, line: l)) }
                }
            }
            let orderDates = shop.orders.map(\.date), quoteDates = shop.quotes.map(\.date)
            let allOrders = shop.orders, allQuotes = shop.quotes
            for c in orders.indices {
                orders[c].sort { a, b in
                    orderDates[a] != orderDates[b] ? orderDates[a] > orderDates[b] : allOrders[a].id > allOrders[b].id
                }
                quotes[c].sort { a, b in
                    quoteDates[a] != quoteDates[b] ? quoteDates[a] > quoteDates[b] : allQuotes[a].id > allQuotes[b].id
                }
            }
            for p in lines.indices where lines[p].count > 1 {
                lines[p].sort { a, b in
                    if quoteDates[a.quote] != quoteDates[b.quote] { return quoteDates[a.quote] > quoteDates[b.quote] }
                    return a.quote != b.quote ? allQuotes[a.quote].id > allQuotes[b.quote].id : a.line < b.line
                }
            }
        }
        ordersByCustomer = orders
        quotesByCustomer = quotes
        quoteLinesByProduct = lines
        if let analytics {
            var byPosition: [CustomerFigures] = []
            byPosition.reserveCapacity(shop.customers.count)
            for customer in shop.customers {
                guard let figures = analytics.customer(customer.id) else { byPosition = []; break }
                byPosition.append(figures)
            }
            customerFigures = byPosition
        } else {
            customerFigures = []
        }
        let quoteFiguresInOrder = analytics.map { analytics in
            analytics.quotes.count == shop.quotes.count && zip(analytics.quotes, shop.quotes).allSatisfy { $0.id == $1.id }
        } ?? false
        quoteFigures = quoteFiguresInOrder ? analytics?.quotes ?? [] : []
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

    func customerURL(_ id: CustomerID) -> String { "customers/\(id.rawValue)/index.html" }
    func quoteURL(_ id: QuoteID) -> String { "quotes/\(id.rawValue)/index.html" }

    /// A customer's name, or its id when unknown.
    func customerName(_ id: CustomerID) -> String {
        customerPosition[id].map { shop.customers[$0].name } ?? id.rawValue
    }

    func money(_ amount: Money?) -> String { Display.money(amount, symbol: symbol) }
}
