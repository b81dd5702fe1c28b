import Diagnostics
import ShopModel

/// The orders and quotes a patched load must resolve again, and the resolving.
struct LoadPatcher {
    /// The look-ups, kept up to date as orders and quotes are replaced.
    var index: LoadIndex
    /// Positions of the orders to resolve again.
    var orders: Set<Int> = []
    /// Positions of the quotes to resolve again.
    var quotes: Set<Int> = []
    /// Customers whose tier may have moved (their promotion quotes are checked again).
    var tiersMoved: Set<CustomerID> = []

    /// Resolves the marked orders, then the marked quotes and those naming a promotion whose customer's tier may
    /// have moved, replacing each that changed; false when any no longer resolves cleanly.
    mutating func resolve(_ shop: inout Shop, drafts: [Product], settings: SiteSettings, decoded: [DecodedFile?],
                          changes: inout LoadChanges) -> Bool {
        let products = drafts.isEmpty ? shop.products : shop.products + drafts
        var customers: [CustomerID: Customer] = [:]
        customers.reserveCapacity(shop.customers.count)
        for i in shop.customers.indices { customers[shop.customers[i].id] = shop.customers[i] }
        var promotions: [PromotionID: Promotion] = [:]
        for promotion in shop.promotions { promotions[promotion.id] = promotion }
        let resolver = ReferenceResolver(settings: settings, products: products, productIndex: index.productSlot,
                                         customers: customers, promotions: promotions, quoteIDs: Set(index.quoteSlot.keys))
        for slot in orders.sorted() {
            guard case .order(let draft)? = decoded[index.orderFile[slot]]?.entity else { return false }
            // A promotion's eligibility reads the customer's other orders: a whole load decides it.
            guard draft.order.promotion == nil, shop.orders[slot].promotion == nil else { return false }
            let (resolved, problems, knockOns) = resolver.resolve(draft)
            guard let order = resolved, problems.isEmpty, knockOns.isEmpty else { return false }
            guard shop.orders[slot] != order else { continue }
            tiersMoved.insert(order.customer)
            tiersMoved.insert(shop.orders[slot].customer)
            index.replaceOrder(shop.orders[slot], with: order, at: slot)
            shop.orders[slot] = order
            changes.orders.insert(order.id)
            changes.orderPositions.append(slot)
        }
        // A customer whose tier may have moved and who used a promotion on an order: a whole load checks it again.
        if !tiersMoved.isEmpty, shop.orders.contains(where: { $0.promotion != nil && tiersMoved.contains($0.customer) }) {
            return false
        }
        // An edit that makes the orders' sums overflow is reported by a whole load.
        guard orders.isEmpty || AmountBudget.firstOverflow(in: shop.orders) == nil else { return false }
        for customer in tiersMoved { quotes.formUnion(index.promotionQuotesByCustomer[customer] ?? []) }
        var orderIndex: OrderIndex?
        if quotes.contains(where: { shop.quotes[$0].promotion != nil || decodedQuote(at: $0, decoded)?.quote.promotion != nil }) {
            var buyers = Set<CustomerID>()
            for slot in quotes { if let draft = decodedQuote(at: slot, decoded) { buyers.insert(draft.quote.customer) } }
            orderIndex = OrderIndex(orders: shop.orders.filter { buyers.contains($0.customer) })
        }
        for slot in quotes.sorted() {
            guard let draft = decodedQuote(at: slot, decoded) else { return false }
            let (resolved, problems, knockOns) = resolver.resolve(draft, orders: orderIndex)
            guard let quote = resolved, problems.isEmpty, knockOns.isEmpty else { return false }
            guard shop.quotes[slot] != quote else { continue }
            // The replaced quote's page names its successor: a new revision_of is left to a whole load.
            guard shop.quotes[slot].revisionOf == quote.revisionOf else { return false }
            index.forgetQuote(shop.quotes[slot], at: slot)
            index.noteQuote(quote, at: slot)
            shop.quotes[slot] = quote
            changes.quotes.insert(quote.id)
            changes.quotePositions.append(slot)
        }
        return true
    }

    private func decodedQuote(at slot: Int, _ decoded: [DecodedFile?]) -> QuoteDraft? {
        guard case .quote(let draft)? = decoded[index.quoteFile[slot]]?.entity else { return nil }
        return draft
    }
}
