extension ShopAnalytics {
    /// Each customer's paid amounts (lifetime and 365 days), orders, tier (by `tier_basis`), dormancy, purchase interval
    /// and reorder date, from one pass over the paid orders.
    static func customerFigures(shop: Shop, index: AnalyticsIndex) -> [CustomerFigures] {
        struct Tally { var amount = Money.zero, amount365 = Money.zero, count = 0, first: Day?, last: Day? }
        var tallies = [Tally](repeating: Tally(), count: index.customers.count)
        let yearStart = shop.asOf.adding(days: -364)
        for entry in index.paid {
            tallies[entry.customer].amount += entry.total
            if entry.date >= yearStart { tallies[entry.customer].amount365 += entry.total }
            tallies[entry.customer].count += 1
            if tallies[entry.customer].first == nil { tallies[entry.customer].first = entry.date }
            tallies[entry.customer].last = entry.date
        }
        let settings = shop.settings
        let recommended = recommendations(shop: shop, index: index)
        // The index numbers the shop's customers first, in the shop's order.
        return shop.customers.indices.map { position in
            let tally = tallies[position]
            let customer = (id: shop.customers[position].id, region: shop.customers[position].region,
                            tierOverride: shop.customers[position].tierOverride)
            let computed = settings.tier(forPaidAmount: settings.tierBasis == .lifetime ? tally.amount : tally.amount365)
            let tier = customer.tierOverride ?? computed
            let since = tally.last.map { $0.distance(to: shop.asOf) }
            let dormant = tier != .new && (since.map { $0 > settings.dormantAfterDays } ?? true)
            var interval: Double?
            var due: Day?
            if tally.count >= 2, let first = tally.first, let last = tally.last {
                interval = Double(first.distance(to: last)) / Double(tally.count - 1)
                due = reorderDue(first: first, last: last, orders: tally.count, factor: settings.advice.reorderFactor)
            }
            var figures = CustomerFigures(id: customer.id, region: customer.region, tier: tier, computedTier: computed,
                                          paidAmount: tally.amount, paidOrders: tally.count, firstOrder: tally.first,
                                          lastOrder: tally.last, daysSinceLastOrder: since, dormant: dormant,
                                          purchaseIntervalDays: interval)
            figures.paidAmount365d = tally.amount365
            figures.reorderDue = due
            figures.recommended = recommended[position]
            figures.reorderOverdue = due.map { shop.asOf > $0 && !dormant } ?? false
            return figures
        }
    }

    /// last + round-half-up(interval × factor) days, the interval being (last − first) / (orders − 1): exact in integers.
    public static func reorderDue(first: Day, last: Day, orders: Int, factor: Rate) -> Day? {
        guard orders >= 2 else { return nil }
        let span = Int64(first.distance(to: last))
        let (product, overflow) = span.multipliedReportingOverflow(by: factor.tenThousandths)
        guard !overflow, product >= 0 else { return nil }
        let denominator = Int64(orders - 1) * Money.unit
        let days = (2 * product + denominator) / (2 * denominator)
        guard days <= 36_500 else { return nil }
        return last.adding(days: Int(days))
    }

    /// Each quote's totals (with its promotion), words, validity and status at as_of.
    static func quoteFigures(shop: Shop) -> [QuoteFigures] {
        var promotions: [PromotionID: Promotion] = [:]
        for promotion in shop.promotions { promotions[promotion.id] = promotion }
        let inWords = shop.settings.locale == .zhCN
        let ordered = orderedQuotes(shop)
        return shop.quotes.indices.map {
            quoteFigures(shop.quotes[$0], promotions: promotions, inWords: inWords, asOf: shop.asOf, ordered: ordered)
        }
    }

    /// The quotes an order names (`quote:`), whatever the order's status: they are won.
    package static func orderedQuotes(_ shop: Shop) -> Set<QuoteID> {
        var ids = Set<QuoteID>()
        for i in shop.orders.indices { if let id = shop.orders[i].quote { ids.insert(id) } }
        return ids
    }

    /// One quote's figures.
    package static func quoteFigures(_ quote: borrowing Quote, promotions: [PromotionID: Promotion], inWords: Bool, asOf: Day,
                             ordered: Set<QuoteID>) -> QuoteFigures {
        let totals = quote.totals(promotion: quote.promotion.flatMap { promotions[$0] })
        var figures = QuoteFigures(id: quote.id, customer: quote.customer, totals: totals,
                                   totalInWords: inWords ? CapitalAmount.words(for: totals.total) : nil,
                                   validUntil: quote.validUntil, status: quote.status(asOf: asOf),
                                   daysToExpiry: asOf.distance(to: quote.validUntil))
        figures.outcome = QuoteOutcome(status: figures.status, ordered: ordered.contains(quote.id))
        return figures
    }
}
