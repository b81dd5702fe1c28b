import FrontMatter
import ShopModel

extension EntityDecoder {
    /// An order from `orders/`: customer, date and status required; prices and ship_by resolved later.
    func order(stem: String, body: String, reader: inout FieldReader) -> OrderDraft? {
        let id = reader.id(kind: .orders, stem: stem)
        let customer = reader.text("customer", required: true)
        let date = reader.day("date", required: true)
        let status = reader.choice("status", among: OrderStatus.allCases, required: true)
        let (items, priceWritten) = orderItems(&reader)
        let shipping = reader.money("shipping") ?? .zero
        let discount = reader.money("discount") ?? .zero
        let shipBy = reader.day("ship_by")
        let shippedAt = reader.day("shipped_at")
        let tracking = reader.text("tracking")
        let carrier = reader.text("carrier")
        let trackingAt = reader.day("tracking_at")
        let promotion = reader.text("promotion")
        let quote = reader.text("quote")
        let params = reader.params()
        guard let id, let customer, let date, let status, let items else { return nil }
        var order = OrderFields(id: OrderID(id), customer: CustomerID(customer), date: date, status: status,
                          shipBy: shipBy ?? date, source: reader.fieldLines)
        order.items = items
        order.shipping = shipping
        order.discount = discount
        order.shippedAt = shippedAt
        order.tracking = tracking
        order.carrier = carrier
        order.trackingAt = trackingAt ?? shippedAt
        order.promotion = promotion.map { PromotionID($0) }
        order.quote = quote.map { QuoteID($0) }
        order.params = params
        order.body = body
        return OrderDraft(order: Order(order), shipByWritten: shipBy != nil, priceWritten: priceWritten)
    }

    /// The `items` list; nil when an item is unusable (its problem is reported). No items at all (`items: []`, or no
    /// `items`) is a warning at the `items:` line, or the front matter's first: the order loads and counts at its
    /// shipping less its discount, which is rarely what a merchant meant.
    private func orderItems(_ reader: inout FieldReader) -> ([OrderItem]?, [Bool]) {
        guard let list = reader.entries("items", shape: "E-ORDER-ITEMS-SHAPE", empty: "W-ORDER-NO-ITEMS") else { return (nil, []) }
        var items: [OrderItem] = []
        var written: [Bool] = []
        items.reserveCapacity(list.count)
        written.reserveCapacity(list.count)
        var complete = true
        for item in list {
            var fields = FieldReader(node: item, path: reader.path, line: item.line, what: "P-ITEM")
            let sku = fields.text("sku", required: true)
            let qty = fields.quantity("qty")
            let price = fields.money("price")
            fields.warnUnknownKeys(in: "P-ITEM")
            reader.diagnostics.append(contentsOf: fields.diagnostics)
            guard let sku, let qty, fields.diagnostics.allSatisfy({ $0.severity != .error }) else { complete = false; continue }
            items.append(OrderItem(sku: SKU(sku), qty: qty, price: price ?? .zero, line: item.line))
            written.append(price != nil)
        }
        return (complete ? items : nil, written)
    }
}
