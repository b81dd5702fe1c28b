extension ShopAnalytics {
    /// Each customer's paid amount, orders, tier, dormancy and purchase interval, from one pass over the paid orders.
    static func customerFigures(shop: Shop, index: AnalyticsIndex) -> [CustomerFigures] {
        struct Tally { var amount = Money.zero, count = 0, first: Day?, last: Day? }
        var tallies = [Tally](repeating: Tally(), count: index.customers.count)
        for entry in index.paid {
            tallies[entry.customer].amount += entry.total
            tallies[entry.customer].count += 1
            if tallies[entry.customer].first == nil { tallies[entry.customer].first = entry.date }
            tallies[entry.customer].last = entry.date
        }
        let settings = shop.settings
        // The index numbers the shop's customers first, in the shop's order.
        return shop.customers.indices.map { position in
            let tally = tallies[position]
            let customer = (id: shop.customers[position].id, region: shop.customers[position].region,
                            tierOverride: shop.customers[position].tierOverride)
            let computed = settings.tier(forPaidAmount: tally.amount)
            let tier = customer.tierOverride ?? computed
            let since = tally.last.map { $0.distance(to: shop.asOf) }
            let dormant = tier != .new && (since.map { $0 > settings.dormantAfterDays } ?? true)
            var interval: Double?
            if tally.count >= 2, let first = tally.first, let last = tally.last {
                interval = Double(first.distance(to: last)) / Double(tally.count - 1)
            }
            return CustomerFigures(id: customer.id, region: customer.region, tier: tier, computedTier: computed,
                                   paidAmount: tally.amount, paidOrders: tally.count, firstOrder: tally.first,
                                   lastOrder: tally.last, daysSinceLastOrder: since, dormant: dormant,
                                   purchaseIntervalDays: interval)
        }
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
    static func orderedQuotes(_ shop: Shop) -> Set<QuoteID> {
        var ids = Set<QuoteID>()
        for i in shop.orders.indices { if let id = shop.orders[i].quote { ids.insert(id) } }
        return ids
    }

    /// One quote's figures.
    static func quoteFigures(_ quote: borrowing Quote, promotions: [PromotionID: Promotion], inWords: Bool, asOf: Day,
                             ordered: Set<QuoteID>) -> QuoteFigures {
        let totals = quote.totals(promotion: quote.promotion.flatMap { promotions[$0] })
        var figures = QuoteFigures(id: quote.id, customer: quote.customer, totals: totals,
                                   totalInWords: inWords ? CapitalAmount.words(for: totals.total) : nil,
                                   validUntil: quote.validUntil, status: quote.status(asOf: asOf),
                                   daysToExpiry: asOf.distance(to: quote.validUntil))
        figures.outcome = QuoteOutcome(status: figures.status, ordered: ordered.contains(quote.id))
        return figures
    }

    /// Advice from the longest window: conversion below the benchmark, high-traffic low-conversion products,
    /// a region above `concentrationShare` of GMV (customers without a region are not a region), customers to win back.
    static func advice(windows: [WindowFigures], dormant: [CustomerFigures], benchmark: Double?) -> [Advice] {
        var advice: [Advice] = []
        if let window = windows.max(by: { $0.days < $1.days }) {
            if let benchmark, let conversion = window.conversionRate, conversion < benchmark {
                advice.append(.lowConversion(windowDays: window.days, conversion: conversion, benchmark: benchmark))
            }
            if !window.lowConversionProducts.isEmpty {
                advice.append(.lowConversionProducts(windowDays: window.days, skus: window.lowConversionProducts))
            }
            for region in window.regions where !region.region.isEmpty {
                if let share = region.share, share > concentrationShare {
                    advice.append(.regionConcentration(windowDays: window.days, region: region.region, share: share))
                }
            }
        }
        if !dormant.isEmpty {
            let amount = dormant.reduce(Money.zero) { $0 + $1.paidAmount }
            advice.append(.winBackCustomers(count: dormant.count, paidAmount: amount, ids: dormant.map(\.id)))
        }
        return advice
    }
}
