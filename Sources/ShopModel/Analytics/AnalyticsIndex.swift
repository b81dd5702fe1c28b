/// The shop's paid orders and traffic indexed once: skus, customers and regions become small integers, rows are
/// sorted by date, so every window is a linear pass over its own slice with array lookups and no hashing.
package struct AnalyticsIndex: Sendable {
    /// A paid order dated on or before as_of, with its total computed once.
    package struct PaidOrder: Sendable {
        package var customer: Int
        package var date: Day
        package var total: Money
        package var lines: Range<Int>
    }

    /// One order line of a paid order.
    package struct Line: Sendable {
        package var sku: Int
        package var qty: Int
        package var amount: Money
    }

    /// One traffic row; `sku` is -1 for the whole store.
    struct Visit {
        var date: Day
        var sku: Int
        var visitors: Int
        var pageViews: Int
        var addToCart: Int
    }

    /// Each order's total, by position in `shop.orders`.
    package var totals: [Money]
    /// Paid orders dated on or before as_of, sorted by date then id.
    package var paid: [PaidOrder]
    /// The lines of the paid orders.
    package var lines: [Line]
    /// For each order position, its entry in `paid` (-1 when it does not count).
    package var paidOf: [Int]
    /// Traffic rows, sorted by date.
    let visits: [Visit]
    /// Every sku seen: the shop's products first, then any other sku an order or row names.
    package let skus: [SKU]
    /// Every customer id seen: the shop's customers first.
    package let customers: [CustomerID]
    /// Region names, sorted by code point; `regionOf[customer]` indexes it.
    let regions: [String]
    /// Each customer's region.
    let regionOf: [Int]
    /// Each customer's first paid order date.
    let firstPaid: [Day?]

    /// Indexes the shop; `knownTotals` (each order's total, by position) saves computing them again.
    package init(shop: Shop, totals knownTotals: [Money]? = nil) {
        var skuPosition: [SKU: Int] = [:], skus: [SKU] = []
        func sku(_ id: SKU) -> Int {
            if let known = skuPosition[id] { return known }
            skuPosition[id] = skus.count
            skus.append(id)
            return skus.count - 1
        }
        var customerPosition: [CustomerID: Int] = [:], customers: [CustomerID] = []
        func customer(_ id: CustomerID) -> Int {
            if let known = customerPosition[id] { return known }
            customerPosition[id] = customers.count
            customers.append(id)
            return customers.count - 1
        }
        for product in shop.products { _ = sku(product.sku) }
        for buyer in shop.customers { _ = customer(buyer.id) }

        var totals: [Money] = [], paid: [(order: Int, entry: PaidOrder)] = [], lines: [Line] = []
        totals.reserveCapacity(shop.orders.count)
        for (i, order) in shop.orders.enumerated() {
            let total = knownTotals?[i] ?? order.total
            totals.append(total)
            guard order.isPaid && order.date <= shop.asOf else { continue }
            let start = lines.count
            for item in order.items { lines.append(Line(sku: sku(item.sku), qty: item.qty, amount: item.amount)) }
            paid.append((i, PaidOrder(customer: customer(order.customer), date: order.date, total: total,
                                      lines: start..<lines.count)))
        }
        // shop.orders is sorted by id, so ties on the date keep ids ascending.
        paid.sort { $0.entry.date < $1.entry.date || ($0.entry.date == $1.entry.date && $0.order < $1.order) }
        var paidOf = [Int](repeating: -1, count: shop.orders.count)
        for (position, entry) in paid.enumerated() { paidOf[entry.order] = position }
        var visits = shop.traffic.map {
            Visit(date: $0.date, sku: $0.sku.map(sku) ?? -1, visitors: $0.visitors, pageViews: $0.pageViews, addToCart: $0.addToCart)
        }
        visits.sort { $0.date < $1.date }

        let names = Set(shop.customers.indices.map { shop.customers[$0].region }).union([""])
        let regions = names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var regionPosition: [String: Int] = [:]
        for (i, name) in regions.enumerated() { regionPosition[name] = i }
        var regionOf = [Int](repeating: regionPosition[""] ?? 0, count: customers.count)
        for i in shop.customers.indices { regionOf[i] = regionPosition[shop.customers[i].region] ?? regionOf[i] }
        var firstPaid = [Day?](repeating: nil, count: customers.count)
        for (_, entry) in paid where firstPaid[entry.customer] == nil { firstPaid[entry.customer] = entry.date }

        self.totals = totals
        self.paid = paid.map(\.entry)
        self.lines = lines
        self.paidOf = paidOf
        self.visits = visits
        self.skus = skus
        self.customers = customers
        self.regions = regions
        self.regionOf = regionOf
        self.firstPaid = firstPaid
    }

    /// The positions in `paid` of orders dated from `start` through `end`.
    func paidRange(from start: Day, through end: Day) -> Range<Int> {
        guard start <= end else { return 0..<0 }
        return AnalyticsIndex.first(in: paid, onOrAfter: start, \.date)..<AnalyticsIndex.first(in: paid, onOrAfter: end.adding(days: 1), \.date)
    }

    /// The positions in `visits` of rows dated from `start` through `end`.
    func visitRange(from start: Day, through end: Day) -> Range<Int> {
        guard start <= end else { return 0..<0 }
        return AnalyticsIndex.first(in: visits, onOrAfter: start, \.date)..<AnalyticsIndex.first(in: visits, onOrAfter: end.adding(days: 1), \.date)
    }

    private static func first<T>(in rows: [T], onOrAfter day: Day, _ date: (T) -> Day) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if date(rows[mid]) < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
