/// The shop's paid orders and traffic indexed once, so every window is a linear pass over its own slice.
struct AnalyticsIndex {
    /// A paid order dated on or before as_of, with its total computed once.
    struct PaidOrder {
        var index: Int
        var customer: CustomerID
        var date: Day
        var total: Money
    }

    /// Paid orders dated on or before as_of, sorted by date then id.
    let paid: [PaidOrder]
    /// Each order's total, by position in `shop.orders`.
    let totals: [Money]
    /// Each customer's region.
    let regionOf: [CustomerID: String]
    /// Each customer's first paid order date.
    let firstPaid: [CustomerID: Day]

    init(shop: Shop) {
        var totals: [Money] = []
        totals.reserveCapacity(shop.orders.count)
        var paid: [PaidOrder] = []
        for (i, order) in shop.orders.enumerated() {
            let total = order.total
            totals.append(total)
            if order.isPaid && order.date <= shop.asOf {
                paid.append(PaidOrder(index: i, customer: order.customer, date: order.date, total: total))
            }
        }
        // shop.orders is sorted by id, so a stable sort by date keeps ids ascending within a day.
        paid.sort { $0.date < $1.date || ($0.date == $1.date && $0.index < $1.index) }
        var firstPaid: [CustomerID: Day] = [:]
        for entry in paid where firstPaid[entry.customer] == nil { firstPaid[entry.customer] = entry.date }
        var regionOf: [CustomerID: String] = [:]
        for customer in shop.customers { regionOf[customer.id] = customer.region }
        self.paid = paid
        self.totals = totals
        self.regionOf = regionOf
        self.firstPaid = firstPaid
    }

    /// The positions in `paid` of orders dated from `start` through `end`.
    func paidRange(from start: Day, through end: Day) -> Range<Int> {
        guard start <= end else { return 0..<0 }
        return firstPaid(onOrAfter: start)..<firstPaid(onOrAfter: end.adding(days: 1))
    }

    private func firstPaid(onOrAfter day: Day) -> Int {
        var low = 0, high = paid.count
        while low < high {
            let mid = (low + high) / 2
            if paid[mid].date < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
