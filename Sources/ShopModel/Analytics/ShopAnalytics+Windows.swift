extension ShopAnalytics {
    /// The figures of the `days` dates ending at `end`, inclusive: one pass over the window's paid orders and the traffic.
    static func window(days: Int, endingAt end: Day, shop: Shop, index: AnalyticsIndex) -> WindowFigures {
        let start = end.adding(days: -(days - 1))
        var figures = WindowFigures(days: days, start: start, end: end)
        let dayCount = max(0, days)
        var dailyVisitors = [Int](repeating: 0, count: dayCount)
        var dailyGMV = [Money](repeating: .zero, count: dayCount)
        var dailyBuyers = [Int](repeating: 0, count: dayCount)
        var lastDayOf = [Int](repeating: -1, count: index.customers.count)   // the last day index a customer bought on
        var ordersOf = [Int](repeating: 0, count: index.customers.count)
        var regionGMV = [Money](repeating: .zero, count: index.regions.count)
        var regionSeen = [Bool](repeating: false, count: index.regions.count)
        var sales = ProductTallies(count: index.skus.count)
        var productBuyers = Set<Int>()   // sku × customer pairs

        for entry in index.paid[index.paidRange(from: start, through: end)] {
            let day = start.distance(to: entry.date)
            figures.paidOrders += 1
            figures.gmv += entry.total
            dailyGMV[day] += entry.total
            if lastDayOf[entry.customer] != day {
                lastDayOf[entry.customer] = day
                dailyBuyers[day] += 1
            }
            if ordersOf[entry.customer] == 0 {
                figures.buyers += 1
                if let first = index.firstPaid[entry.customer], start <= first { figures.newBuyers += 1 }
            } else if ordersOf[entry.customer] == 1 {
                figures.repeatBuyers += 1
            }
            ordersOf[entry.customer] += 1
            let region = index.regionOf[entry.customer]
            regionGMV[region] += entry.total
            regionSeen[region] = true
            for line in index.lines[entry.lines] {
                sales.touched[line.sku] = true
                sales.units[line.sku] += line.qty
                sales.gmv[line.sku] += line.amount
                if productBuyers.insert(line.sku &* index.customers.count &+ entry.customer).inserted { sales.buyers[line.sku] += 1 }
            }
        }
        tallyVisits(index: index, start: start, end: end, figures: &figures, dailyVisitors: &dailyVisitors, sales: &sales)

        figures.regions = index.regions.indices.compactMap { region in
            regionSeen[region] ? RegionShare(region: index.regions[region], gmv: regionGMV[region],
                                             share: Ratio.of(regionGMV[region], figures.gmv)) : nil
        }
        figures.products = sales.figures(skus: index.skus)
        // The index numbers the shop's products first, in sku order; only skus outside the catalog need a sort.
        if index.skus.count > shop.products.count { figures.products.sort { $0.sku < $1.sku } }
        figures.daily = (0..<dayCount).map {
            DailyPoint(day: start.adding(days: $0), visitors: dailyVisitors[$0], buyers: dailyBuyers[$0], gmv: dailyGMV[$0])
        }
        figures.shipping = ShippingTally(shop.orders, from: start, through: end)
        listProducts(in: &figures, shop: shop, visitors: sales.visitors)
        return figures
    }

    /// The window's product lists: low conversion, delist candidates and active products without traffic
    /// (`visitors` per index sku, the shop's products first in the shop's order).
    private static func listProducts(in figures: inout WindowFigures, shop: Shop, visitors: [Int]) {
        let conversion = conversionBars(in: figures, benchmark: shop.settings.benchmarkConversionRate)
        // Both lists are advice about products on sale (rule 2: improve their pages; rule 3: delist them).
        if !conversion.high.isEmpty {
            let high = Set(conversion.high)
            figures.lowConversionProducts = shop.products.indices.compactMap { i in
                shop.products[i].status == .active && high.contains(shop.products[i].sku) ? shop.products[i].sku : nil
            }.sorted()
        }
        if !conversion.low.isEmpty {
            let low = Set(conversion.low)
            figures.delistCandidates = shop.products.indices.compactMap { i in
                shop.products[i].status == .active && low.contains(shop.products[i].sku) ? shop.products[i].sku : nil
            }.sorted()
        }
        figures.productsWithoutTraffic = shop.products.indices.compactMap { i in
            shop.products[i].status == .active && visitors[i] == 0 ? shop.products[i].sku : nil
        }
    }

    /// Adds the window's traffic: the store's visitors and page views (by day too), and each product's.
    private static func tallyVisits(index: AnalyticsIndex, start: Day, end: Day, figures: inout WindowFigures,
                                    dailyVisitors: inout [Int], sales: inout ProductTallies) {
        for visit in index.visits[index.visitRange(from: start, through: end)] {
            guard visit.sku >= 0 else {
                figures.visitors += visit.visitors
                figures.pageViews += visit.pageViews
                dailyVisitors[start.distance(to: visit.date)] += visit.visitors
                continue
            }
            sales.touched[visit.sku] = true
            sales.visitors[visit.sku] += visit.visitors
            sales.pageViews[visit.sku] += visit.pageViews
            sales.addToCart[visit.sku] += visit.addToCart
        }
    }

    /// Products whose visitors reach the median of the window's products with traffic (`high`), or stay below it (`low`),
    /// and whose conversion is below the benchmark (or, without a benchmark, below half the store's conversion).
    static func conversionBars(in window: WindowFigures, benchmark: Double?) -> (high: [SKU], low: [SKU]) {
        guard let threshold = benchmark ?? window.conversionRate.map({ $0 / 2 }) else { return ([], []) }
        let visited = window.products.filter { $0.visitors > 0 }
        guard !visited.isEmpty else { return ([], []) }
        let counts = visited.map(\.visitors).sorted()
        let middle = counts.count / 2
        let median = counts.count % 2 == 1 ? Double(counts[middle]) : Double(counts[middle - 1] + counts[middle]) / 2
        let low = visited.filter { ($0.conversionRate ?? 0) < threshold }
        return (low.filter { Double($0.visitors) >= median }.map(\.sku), low.filter { Double($0.visitors) < median }.map(\.sku))
    }
}
