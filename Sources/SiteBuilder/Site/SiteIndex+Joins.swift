import ShopModel

extension SiteIndex {
    /// The positions by id and the product pages, made once per shop.
    struct Lookups {
        let productPosition: [SKU: Int]
        /// Per product position: its page relative to the site root.
        let productURLs: [String]
        let customerPosition: [CustomerID: Int]
        /// Per customer position: its page.
        let customerURLs: [String]
        /// Per order position: its page (none on a public site, which has no order pages).
        let orderURLs: [String]
        let promotionPosition: [PromotionID: Int]

        /// The look-ups of `shop`.
        init(shop: Shop, audience: Audience) {
            productPosition = SiteIndex.positions(shop.products.map(\.sku))
            productURLs = shop.products.map { EntityPagePath.product($0.sku) }
            customerPosition = SiteIndex.positions(shop.customers.map(\.id))
            customerURLs = shop.customers.map { EntityPagePath.customer($0.id) }
            orderURLs = audience == .internal ? shop.orders.map { EntityPagePath.order($0.id) } : []
            promotionPosition = SiteIndex.positions(shop.promotions.map(\.id))
        }

        /// The look-ups of `index`, for a shop with the same ids at the same positions.
        init(of index: SiteIndex) {
            productPosition = index.productPosition
            productURLs = index.productURLs
            customerPosition = index.customerPosition
            customerURLs = index.customerURLs
            orderURLs = index.orderURLs
            promotionPosition = index.promotionPosition
        }
    }

    /// The joins between the shop's lists, by positions: orders and quotes by customer, quote lines by product.
    struct Joins {
        /// Per customer position: its orders' positions, newest first.
        var orders: [[Int]]
        /// Per customer position: its quotes' positions, newest first.
        var quotes: [[Int]]
        /// Per product position: the quote lines naming it, newest quote first.
        var lines: [[QuoteLineRef]]

        /// The joins of `index`, for a shop whose orders and quotes are joined the same way.
        init(of index: SiteIndex) {
            orders = index.ordersByCustomer
            quotes = index.quotesByCustomer
            lines = index.quoteLinesByProduct
        }

        /// Joins the shop's lists (internal sites only; a public site's are empty).
        init(shop: Shop, audience: Audience, customers: [CustomerID: Int], products: [SKU: Int]) {
            var orders = Array(repeating: [Int](), count: shop.customers.count)
            var quotes = orders
            var lines = Array(repeating: [QuoteLineRef](), count: shop.products.count)
            if audience == .internal {
                // Indices and borrowed fields only: no copy of any order or quote.
                for i in shop.orders.indices { if let c = customers[shop.orders[i].customer] { orders[c].append(i) } }
                for i in shop.quotes.indices {
                    if let c = customers[shop.quotes[i].customer] { quotes[c].append(i) }
                    for l in shop.quotes[i].items.indices {
                        if let sku = shop.quotes[i].items[l].sku, let p = products[sku] { lines[p].append(QuoteLineRef(quote: i, line: l)) }
                    }
                }
                let orderDates = shop.orders.map(\.date), quoteDates = shop.quotes.map(\.date)
                let orderIDs = shop.orders.map(\.id), quoteIDs = shop.quotes.map(\.id)
                for c in orders.indices {
                    orders[c].sort { a, b in orderDates[a] != orderDates[b] ? orderDates[a] > orderDates[b] : orderIDs[a] > orderIDs[b] }
                    quotes[c].sort { a, b in quoteDates[a] != quoteDates[b] ? quoteDates[a] > quoteDates[b] : quoteIDs[a] > quoteIDs[b] }
                }
                for p in lines.indices where lines[p].count > 1 {
                    lines[p].sort { a, b in
                        if quoteDates[a.quote] != quoteDates[b.quote] { return quoteDates[a.quote] > quoteDates[b.quote] }
                        return a.quote != b.quote ? quoteIDs[a.quote] > quoteIDs[b.quote] : a.line < b.line
                    }
                }
            }
            self.orders = orders
            self.quotes = quotes
            self.lines = lines
        }
    }
}

extension SiteIndex {
    /// The quotes naming each quote in `revision_of`, in shop order.
    static func revisions(of quotes: [Quote]) -> [QuoteID: [QuoteID]] {
        var table: [QuoteID: [QuoteID]] = [:]
        for i in quotes.indices { if let previous = quotes[i].revisionOf { table[previous, default: []].append(quotes[i].id) } }
        return table
    }
}

extension SiteIndex {
    /// Per customer position: its figures (empty when a customer has none).
    static func customerFigures(shop: Shop, analytics: ShopAnalytics) -> [CustomerFigures] {
        var byPosition: [CustomerFigures] = []
        byPosition.reserveCapacity(shop.customers.count)
        for i in shop.customers.indices {
            guard let figures = analytics.customer(shop.customers[i].id) else { return [] }
            byPosition.append(figures)
        }
        return byPosition
    }

    /// Per quote position: its figures (empty when the figures are not in the shop's order).
    static func quoteFigures(shop: Shop, analytics: ShopAnalytics) -> [QuoteFigures] {
        let inOrder = analytics.quotes.count == shop.quotes.count
            && shop.quotes.indices.allSatisfy { analytics.quotes[$0].id == shop.quotes[$0].id }
        return inOrder ? analytics.quotes : []
    }
}
