import ShopModel

/// Every page of a site, in a fixed order: the audience decides which sections exist.
enum PageList {
    /// The pages of the site (files other than pages — CSV, JSON, assets — are written alongside).
    static func pages(for data: SiteIndex) -> [SitePage] {
        let shop = data.shop
        var pages: [SitePage] = []
        pages.reserveCapacity(shop.products.count + shop.customers.count + shop.quotes.count + shop.orders.count + shop.pages.count + 32)
        if data.isInternal {
            pages.append(SitePage(path: "index.html", template: "dashboard.html", kind: .dashboard, source: nil, section: "home"))
        } else {
            pages.append(SitePage(path: "index.html", template: "catalog.html", kind: .catalog(page: 1), source: nil, section: "catalog"))
        }
        catalogPages(data, into: &pages)
        if data.isInternal {
            customerAndQuotePages(data, into: &pages)
            orderPages(data, into: &pages)
            promotionAndAnalyticsPages(data, into: &pages)
        }
        for (i, page) in shop.pages.enumerated() {
            pages.append(SitePage(path: EntityPagePath.page(page.id), template: "page.html", kind: .page(i),
                                  source: page.source.file, section: "page-" + page.id.rawValue))
        }
        pages.append(SitePage(path: "404.html", template: "404.html", kind: .notFound, source: nil, section: ""))
        return pages
    }

    /// The catalog's pages and one page per product.
    private static func catalogPages(_ data: SiteIndex, into pages: inout [SitePage]) {
        let shop = data.shop, sizes = data.pageSizes
        for number in 1...Paginator.pageCount(items: data.catalog.products.count, size: sizes.catalog) {
            pages.append(SitePage(path: Paginator.path("products/", page: number), template: "catalog.html", kind: .catalog(page: number),
                                  source: nil, section: "catalog"))
        }
        for (i, product) in shop.products.enumerated() {
            pages.append(SitePage(path: data.productURLs[i], template: "product.html", kind: .product(i),
                                  source: product.source.file, section: "catalog"))
        }
    }

    /// The customers list and pages, the quotes list and sheets (internal sites).
    private static func customerAndQuotePages(_ data: SiteIndex, into pages: inout [SitePage]) {
        let shop = data.shop, sizes = data.pageSizes
        for number in 1...Paginator.pageCount(items: shop.customers.count, size: sizes.list) {
            pages.append(SitePage(path: Paginator.path("customers/", page: number), template: "customers.html",
                                  kind: .customers(page: number), source: nil, section: "customers"))
        }
        for (i, customer) in shop.customers.enumerated() {
            pages.append(SitePage(path: EntityPagePath.customer(customer.id), template: "customer.html",
                                  kind: .customer(i), source: customer.source.file, section: "customers"))
        }
        for number in 1...Paginator.pageCount(items: shop.quotes.count, size: sizes.list) {
            pages.append(SitePage(path: Paginator.path("quotes/", page: number), template: "quotes.html", kind: .quotes(page: number),
                                  source: nil, section: "quotes"))
        }
        for i in shop.quotes.indices {
            pages.append(SitePage(path: EntityPagePath.quote(shop.quotes[i].id), template: "quote.html", kind: .quote(i),
                                  source: shop.quotes[i].source.file, section: "quotes"))
        }
    }

    /// The orders lists (all and per status group) and one page per order (internal sites).
    private static func orderPages(_ data: SiteIndex, into pages: inout [SitePage]) {
        let shop = data.shop, sizes = data.pageSizes
        for group in [nil] + OrderGroup.allCases.map(Optional.some) {
            let count = data.orderLists.list(group).count
            for number in 1...Paginator.pageCount(items: count, size: sizes.list) {
                pages.append(SitePage(path: Paginator.path(group?.base ?? "orders/", page: number), template: "orders.html",
                                      kind: .orderGroup(group, page: number), source: nil, section: "orders"))
            }
        }
        for i in shop.orders.indices {
            pages.append(SitePage(path: EntityPagePath.order(shop.orders[i].id), template: "order.html", kind: .order(i),
                                  source: shop.orders[i].source.file, section: "orders"))
        }
    }

    /// The promotions, the analytics pages, the checks and the to-do list (internal sites).
    private static func promotionAndAnalyticsPages(_ data: SiteIndex, into pages: inout [SitePage]) {
        let shop = data.shop
        pages.append(SitePage(path: "promotions/index.html", template: "promotions.html", kind: .promotions, source: nil,
                              section: "promotions"))
        for i in shop.promotions.indices {
            pages.append(SitePage(path: EntityPagePath.promotion(shop.promotions[i].id), template: "promotion.html",
                                  kind: .promotion(i), source: shop.promotions[i].source.file, section: "promotions"))
        }
        pages.append(SitePage(path: "analytics/index.html", template: "analytics.html", kind: .analyticsOverview, source: nil, section: "analytics"))
        pages.append(SitePage(path: "analytics/products/index.html", template: "analytics-products.html",
                              kind: .analyticsProducts, source: nil, section: "analytics"))
        pages.append(SitePage(path: "analytics/customers/index.html", template: "analytics-customers.html",
                              kind: .analyticsCustomers, source: nil, section: "analytics"))
        pages.append(SitePage(path: "analytics/orders/index.html", template: "analytics-orders.html",
                              kind: .analyticsOrders, source: nil, section: "analytics"))
        pages.append(SitePage(path: "analytics/quotes/index.html", template: "analytics-quotes.html",
                              kind: .analyticsQuotes, source: nil, section: "analytics"))
        pages.append(SitePage(path: "checks.html", template: "checks.html", kind: .checks, source: nil, section: "home"))
        pages.append(SitePage(path: "todo.html", template: "todo.html", kind: .todo, source: nil, section: "home"))
    }
}
