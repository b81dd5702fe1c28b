import ShopModel

/// Where `new quote` starts from: a customer (`--for`), an order's lines (`--from-order`) or a quote to revise
/// (`--from-quote`).
public enum QuoteSource: Equatable, Sendable {
    /// `--for C-001`: the customer, their rep, today's dates and the site's tax mode.
    case customer(String)
    /// `--from-order O-…`: the order's customer and lines at today's tier prices.
    case order(String)
    /// `--from-quote Q-…`: a revision of the quote (`revision_of`), its lines, discount, shipping and tax mode.
    case quote(String)
}

extension QuoteStub {
    /// The stub for `source` in `shop`, dated `today`; nil when the customer, order or quote is not in the shop.
    static func from(_ source: QuoteSource, id: String, shop: Shop, today: Day) -> QuoteStub? {
        let settings = shop.settings
        var stub = QuoteStub(id: id, customer: nil, date: today, validUntilDefault: today.adding(days: settings.quoteValidityDays),
                             lines: [], taxRateDefault: settings.quoteTaxRate.description)
        stub.pricesIncludeTax = settings.quotePricesIncludeTax
        let customerID: CustomerID
        switch source {
        case .customer(let id):
            customerID = CustomerID(id)
            guard shop.customers.contains(where: { $0.id == customerID }) else { return nil }
            stub.lines = firstProduct(shop).map { [$0] } ?? []
        case .order(let id):
            guard let order = shop.orders.first(where: { $0.id.rawValue == id }) else { return nil }
            customerID = order.customer
            stub.lines = order.items.map { item in line(sku: item.sku, qty: item.qty, fallback: item.price, shop: shop) }
            stub.body = "按订单 \(id) 重新报价，按今日阶梯价。\n"
        case .quote(let id):
            guard let quote = shop.quotes.first(where: { $0.id.rawValue == id }) else { return nil }
            customerID = quote.customer
            stub.revisionOf = id
            stub.lines = quote.items.map { item in
                let price: String? = if case .tier = item.priceSource { nil } else { item.price.description }
                return Line(sku: item.sku?.rawValue, description: item.sku == nil ? item.description : nil, qty: item.qty,
                            unit: item.sku == nil ? item.unit : nil, price: price)
            }
            stub.shipping = quote.shipping.description
            stub.taxRate = quote.taxRate.description
            stub.pricesIncludeTax = quote.pricesIncludeTax
            stub.discount = quote.discount.map { discount in
                switch discount {
                case .percent(let rate): "{ percent: \(rate) }"
                case .amount(let amount): "{ amount: \(amount) }"
                }
            }
            stub.rep = quote.rep?.rawValue
            stub.body = quote.body.isEmpty ? stub.body : quote.body
        }
        stub.customer = customerID.rawValue
        if stub.rep == nil { stub.rep = shop.customers.first { $0.id == customerID }?.rep?.rawValue }
        return stub
    }

    /// A line of `sku` at today's tier price for `qty` (raised to the moq); the order's price when no tier covers it.
    private static func line(sku: SKU, qty: Int, fallback: Money, shop: Shop) -> Line {
        guard let product = shop.products.first(where: { $0.sku == sku }) else {
            return Line(sku: nil, description: sku.rawValue, qty: qty, unit: "件", price: fallback.description)
        }
        let quantity = max(qty, product.moq ?? qty)
        let priced = product.tierIndex(forQuantity: quantity) != nil
        return Line(sku: sku.rawValue, qty: quantity, price: priced ? nil : fallback.description)
    }

    /// The first active product with a tier, at its moq.
    private static func firstProduct(_ shop: Shop) -> Line? {
        guard let product = shop.products.first(where: { $0.status == .active && !$0.priceTiers.isEmpty }) else { return nil }
        return Line(sku: product.sku.rawValue, qty: product.moq ?? product.priceTiers[0].min)
    }
}
