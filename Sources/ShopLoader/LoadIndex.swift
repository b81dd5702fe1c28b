import ShopModel

/// Where each entity of an assembled load sits (in the shop's lists and in the cache's files) and which orders and
/// quotes name each product and customer, so a patch re-resolves only what an edit reaches.
struct LoadIndex: Sendable {
    /// Each product's position in `shop.products` followed by the left-out drafts.
    var productSlot: [SKU: Int] = [:]
    var customerSlot: [CustomerID: Int] = [:]
    var orderSlot: [OrderID: Int] = [:]
    var quoteSlot: [QuoteID: Int] = [:]
    /// Per order position, the position of its file in the cache.
    var orderFile: [Int] = []
    /// Per quote position, the position of its file in the cache.
    var quoteFile: [Int] = []
    /// Order positions by the skus their items name.
    var ordersBySKU: [SKU: Set<Int>] = [:]
    /// Quote positions by the skus their lines name.
    var quotesBySKU: [SKU: Set<Int>] = [:]
    /// Positions of the quotes naming a promotion, by customer (their eligibility depends on the customer's tier).
    var promotionQuotesByCustomer: [CustomerID: Set<Int>] = [:]

    /// Indexes a shop and the cache's decoded files it came from; nil when a file cannot be placed.
    init?(shop: Shop, drafts: [Product], decoded: [DecodedFile?]) {
        productSlot.reserveCapacity(shop.products.count + drafts.count)
        for i in shop.products.indices { productSlot[shop.products[i].sku] = i }
        for i in drafts.indices { productSlot[drafts[i].sku] = shop.products.count + i }
        for i in shop.customers.indices { customerSlot[shop.customers[i].id] = i }
        orderSlot.reserveCapacity(shop.orders.count)
        for i in shop.orders.indices {
            orderSlot[shop.orders[i].id] = i
            for item in shop.orders[i].items { ordersBySKU[item.sku, default: []].insert(i) }
        }
        for i in shop.quotes.indices {
            quoteSlot[shop.quotes[i].id] = i
            noteQuote(shop.quotes[i], at: i)
        }
        orderFile = Array(repeating: -1, count: shop.orders.count)
        quoteFile = Array(repeating: -1, count: shop.quotes.count)
        for f in decoded.indices {
            switch decoded[f]?.entity {
            case .order(let draft)?: if let slot = orderSlot[draft.order.id] { orderFile[slot] = f }
            case .quote(let draft)?: if let slot = quoteSlot[draft.quote.id] { quoteFile[slot] = f }
            default: continue
            }
        }
        if orderFile.contains(-1) || quoteFile.contains(-1) { return nil }
    }

    /// Records what a quote names.
    mutating func noteQuote(_ quote: Quote, at slot: Int) {
        for line in quote.items { if let sku = line.sku { quotesBySKU[sku, default: []].insert(slot) } }
        if quote.promotion != nil { promotionQuotesByCustomer[quote.customer, default: []].insert(slot) }
    }

    /// Forgets what a quote named (before it is replaced).
    mutating func forgetQuote(_ quote: Quote, at slot: Int) {
        for line in quote.items { if let sku = line.sku { quotesBySKU[sku]?.remove(slot) } }
        promotionQuotesByCustomer[quote.customer]?.remove(slot)
    }

    /// Moves an order's entries from the skus of `old` to those of `new`.
    mutating func replaceOrder(_ old: Order, with new: Order, at slot: Int) {
        for item in old.items { ordersBySKU[item.sku]?.remove(slot) }
        for item in new.items { ordersBySKU[item.sku, default: []].insert(slot) }
    }
}
