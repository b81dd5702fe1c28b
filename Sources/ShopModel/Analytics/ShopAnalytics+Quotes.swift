extension ShopAnalytics {
    /// Puts in the quotes' figures and everything that follows from them alone: the expiring quotes, the to-do list and
    /// each window's `quote_win_rate` (the one place they are computed, for a whole build and after a quote edit).
    package mutating func setQuotes(_ figures: [QuoteFigures], shop: Shop) {
        quotes = figures
        expiringQuotes = ShopAnalytics.expiring(figures)
        todo = ShopAnalytics.todo(shop: shop, orders: orders, quotes: figures, customers: customers, dormant: dormantCustomers)
        for w in windows.indices {
            windows[w].quoteWinRate = QuotePipeline.winRate(shop: shop, figures: figures, from: windows[w].start, to: windows[w].end)
        }
    }

    /// One order's figures, with its total computed once by the caller.
    package static func orderFigures(_ order: borrowing Order, total: Money, asOf: Day) -> OrderFigures {
        OrderFigures(id: order.id, customer: order.customer, date: order.date, status: order.status, total: total,
                     paid: order.isPaid, shipBy: order.shipBy, late: order.isLate(asOf: asOf), untracked: order.lacksTracking)
    }

    /// Sent quotes that expire within `expiringWithinDays` days of as_of, by valid_until then id.
    package static func expiring(_ quotes: [QuoteFigures]) -> [QuoteFigures] {
        quotes.filter {
            $0.status == .sent && (0...ShopAnalytics.expiringWithinDays).contains($0.daysToExpiry)
        }.sorted { ($0.validUntil, $0.id) < ($1.validUntil, $1.id) }
    }
}
