extension ShopReport {
    static func window(_ w: WindowFigures) -> JSONValue {
        .object([
            ("days", .int(w.days)),
            ("visitors", .int(w.visitors)),
            ("page_views", .int(w.pageViews)),
            ("buyers", .int(w.buyers)),
            ("paid_orders", .int(w.paidOrders)),
            ("gmv", .money(w.gmv)),
            ("conversion_rate", .ratio(w.conversionRate)),
            ("average_order_value", w.averageOrderValue.map(JSONValue.money) ?? .null),
            ("new_customer_share", .ratio(w.newCustomerShare)),
            ("repurchase_rate", .ratio(w.repurchaseRate)),
            ("purchase_frequency", .ratio(w.purchaseFrequency)),
            ("on_time_shipping_rate", .ratio(w.onTimeShippingRate)),
            ("average_days_to_ship", .ratio(w.averageDaysToShip)),
            ("regions", .array(w.regions.map { .object([("region", .string($0.region)), ("share", .ratio($0.share))]) })),
            ("products", .rows(w.products.count) { product(w.products[$0]) }),
            ("quote_win_rate", .ratio(w.quoteWinRate)),
        ])
    }

    static func product(_ p: ProductFigures) -> JSONValue {
        .object([
            ("sku", .string(p.sku.rawValue)),
            ("visitors", .int(p.visitors)),
            ("page_views", .int(p.pageViews)),
            ("add_to_cart", .int(p.addToCart)),
            ("add_to_cart_rate", .ratio(p.addToCartRate)),
            ("buyers", .int(p.buyers)),
            ("units", .int(p.units)),
            ("gmv", .money(p.gmv)),
            ("conversion_rate", .ratio(p.conversionRate)),
        ])
    }

    static func customer(_ c: CustomerFigures) -> JSONValue {
        .object([
            ("id", .string(c.id.rawValue)),
            ("tier", .string(c.tier.rawValue)),
            ("paid_amount", .money(c.paidAmount)),
            ("paid_orders", .int(c.paidOrders)),
            ("first_order", .day(c.firstOrder)),
            ("last_order", .day(c.lastOrder)),
            ("dormant", .bool(c.dormant)),
            ("purchase_interval_days", .ratio(c.purchaseIntervalDays)),
            ("paid_amount_365d", .money(c.paidAmount365d)),
            ("reorder_due", .day(c.reorderDue)),
        ])
    }

    static func order(_ o: OrderFigures) -> JSONValue {
        .object([
            ("id", .string(o.id.rawValue)),
            ("total", .money(o.total)),
            ("paid", .bool(o.paid)),
            ("ship_by", .day(o.shipBy)),
            ("late", .bool(o.late)),
        ])
    }

    func quote(_ q: QuoteFigures) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(q.id.rawValue)),
            ("subtotal", .money(q.totals.subtotal)),
            ("discount", .money(q.totals.totalDiscount)),
            ("shipping", .money(q.totals.shipping)),
            ("tax", .money(q.totals.tax)),
            ("total", .money(q.totals.total)),
        ]
        if includesWords, let words = q.totalInWords { members.append(("total_in_words", .string(words))) }
        members.append(("valid_until", .day(q.validUntil)))
        members.append(("status", .string(q.status.rawValue)))
        members.append(("outcome", .string(q.outcome.rawValue)))
        return .object(members)
    }
}
