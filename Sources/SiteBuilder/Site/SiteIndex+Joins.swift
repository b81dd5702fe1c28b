import ShopLoader
import ShopModel

extension SiteIndex {
    /// The joins between the shop's lists, by positions: orders and quotes by customer, quote lines by product.
    struct Joins {
        /// Per customer position: its orders' positions, newest first.
        var orders: [[Int]]
        /// Per customer position: its quotes' positions, newest first.
        var quotes: [[Int]]
        /// Per product position: the quote lines naming it, newest quote first.
        var lines: [[QuoteLineRef]]

        /// Joins taken as they are.
        init(orders: [[Int]], quotes: [[Int]], lines: [[QuoteLineRef]]) {
            self.orders = orders
            self.quotes = quotes
            self.lines = lines
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

    /// Whether the joins of `old` still hold for `new`: the same ids in the same places (a patched load), and no
    /// changed order or quote moved to another customer or date, or names other products on its lines.
    static func joinsKept(old: Shop, new: Shop, changes: LoadChanges) -> Bool {
        guard old.orders.count == new.orders.count, old.quotes.count == new.quotes.count else { return false }
        for o in changes.orderPositions where old.orders[o].customer != new.orders[o].customer || old.orders[o].date != new.orders[o].date {
            return false
        }
        for q in changes.quotePositions {
            let a = old.quotes[q], b = new.quotes[q]
            if a.customer != b.customer || a.date != b.date || a.items.count != b.items.count
                || a.items.indices.contains(where: { a.items[$0].sku != b.items[$0].sku }) {
                return false
            }
        }
        return true
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
