extension ShopAnalytics {
    /// The figures of the `days` dates ending at `end`, inclusive: one pass over the window's paid orders and the traffic.
    static func window(days: Int, endingAt end: Day, shop: Shop, index: AnalyticsIndex) -> WindowFigures {
        let start = end.adding(days: -(days - 1))
        var figures = WindowFigures(days: days, start: start, end: end)
        let dayCount = max(0, days)
        var dailyVisitors = [Int](repeating: 0, count: dayCount)
        var dailyGMV = [Money](repeating: .zero, count: dayCount)
        var dailyBuyers = [Set<CustomerID>](repeating: [], count: dayCount)
        var ordersOf: [CustomerID: Int] = [:]
        var regionGMV: [String: Money] = [:]
        var products: [SKU: ProductFigures] = [:]
        var productBuyers: [SKU: Set<CustomerID>] = [:]

        for entry in index.paid[index.paidRange(from: start, through: end)] {
            let day = start.distance(to: entry.date)
            figures.paidOrders += 1
            figures.gmv += entry.total
            dailyGMV[day] += entry.total
            dailyBuyers[day].insert(entry.customer)
            ordersOf[entry.customer, default: 0] += 1
            regionGMV[index.regionOf[entry.customer] ?? "", default: .zero] += entry.total
            for item in shop.orders[entry.index].items {
                products[item.sku, default: ProductFigures(sku: item.sku)].units += item.qty
                products[item.sku, default: ProductFigures(sku: item.sku)].gmv += item.amount
                productBuyers[item.sku, default: []].insert(entry.customer)
            }
        }
        for row in shop.traffic where start <= row.date && row.date <= end {
            guard let sku = row.sku else {
                figures.visitors += row.visitors
                figures.pageViews += row.pageViews
                dailyVisitors[start.distance(to: row.date)] += row.visitors
                continue
            }
            products[sku, default: ProductFigures(sku: sku)].visitors += row.visitors
            products[sku, default: ProductFigures(sku: sku)].pageViews += row.pageViews
            products[sku, default: ProductFigures(sku: sku)].addToCart += row.addToCart
        }
        for (sku, buyers) in productBuyers { products[sku]?.buyers = buyers.count }

        figures.buyers = ordersOf.count
        figures.repeatBuyers = ordersOf.values.count { $0 >= 2 }
        figures.newBuyers = ordersOf.keys.count { customer in
            index.firstPaid[customer].map { start <= $0 } ?? false
        }
        figures.regions = regionGMV.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map {
            let gmv = regionGMV[$0] ?? .zero
            return RegionShare(region: $0, gmv: gmv, share: Ratio.of(gmv, figures.gmv))
        }
        figures.products = products.values.sorted { $0.sku < $1.sku }
        figures.daily = (0..<dayCount).map {
            DailyPoint(day: start.adding(days: $0), visitors: dailyVisitors[$0], buyers: dailyBuyers[$0].count, gmv: dailyGMV[$0])
        }
        figures.lowConversionProducts = lowConversionProducts(in: figures, benchmark: shop.settings.benchmarkConversionRate)
        figures.productsWithoutTraffic = shop.products.compactMap { product in
            guard product.status == .active else { return nil }
            return (products[product.sku]?.visitors ?? 0) == 0 ? product.sku : nil
        }
        return figures
    }

    /// Products whose visitors reach the median of the window's products with traffic, and whose conversion is
    /// below the benchmark (or, without a benchmark, below half the store's conversion in the window).
    static func lowConversionProducts(in window: WindowFigures, benchmark: Double?) -> [SKU] {
        guard let threshold = benchmark ?? window.conversionRate.map({ $0 / 2 }) else { return [] }
        let visited = window.products.filter { $0.visitors > 0 }
        guard !visited.isEmpty else { return [] }
        let counts = visited.map(\.visitors).sorted()
        let middle = counts.count / 2
        let median = counts.count % 2 == 1 ? Double(counts[middle]) : Double(counts[middle - 1] + counts[middle]) / 2
        return visited.filter { Double($0.visitors) >= median && ($0.conversionRate ?? 0) < threshold }.map(\.sku)
    }
}
