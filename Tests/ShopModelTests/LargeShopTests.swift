import Testing
@testable import ShopModel

/// A generated shop the size of the 10k benchmark; the indexed figures must agree with brute-force sums.
@Suite struct LargeShopTests {
    struct Generator {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let shop: Shop = {
        var random = Generator()
        let first = Fixture.day("2025-09-01")
        let products = (0..<10_000).map { Fixture.product("P\($0)", tiers: [(10, "2.5"), (100, "2.0")]) }
        let regions = ["广东", "浙江", "江苏", ""]
        let customers = (0..<3000).map { Fixture.customer("C\($0)", region: regions[$0 % 4]) }
        let statuses = OrderStatus.allCases
        let orders = (0..<30_000).map { i -> Order in
            let date = first.adding(days: random.next(92))
            var order = Fixture.order("O\(i)", "C\(random.next(3000))", date.description, "1", status: statuses[random.next(statuses.count)])
            order.items = (0...random.next(4)).map { _ in
                OrderItem(sku: SKU("P\(random.next(10_000))"), qty: 10 * (1 + random.next(20)), price: Fixture.money("2.035"))
            }
            return order
        }
        var traffic: [TrafficRow] = []
        for k in 0..<90 {
            traffic.append(TrafficRow(date: first.adding(days: k), sku: nil, visitors: 200 + random.next(1800), pageViews: 4000, addToCart: 0))
            for p in 0..<200 {
                traffic.append(TrafficRow(date: first.adding(days: k), sku: SKU("P\(p)"), visitors: random.next(60), pageViews: 10, addToCart: random.next(12)))
            }
        }
        return Fixture.shop(products: products, customers: customers, orders: orders, traffic: traffic)
    }()

    @Test func indexedFiguresAgreeWithBruteForce() throws {
        let clock = ContinuousClock()
        var analytics: ShopAnalytics?
        let elapsed = clock.measure { analytics = ShopAnalytics(shop: Self.shop) }
        print("ShopAnalytics on 30,000 orders and \(Self.shop.traffic.count) traffic rows: \(elapsed)")
        let figures = try #require(analytics)
        let asOf = Self.shop.asOf
        let paid = Self.shop.orders.filter { $0.isPaid && $0.date <= asOf }
        for window in figures.windows {
            let inWindow = paid.filter { window.contains($0.date) }
            #expect(window.paidOrders == inWindow.count)
            #expect(window.gmv == inWindow.reduce(Money.zero) { $0 + $1.total })
            #expect(window.buyers == Set(inWindow.map(\.customer)).count)
            #expect(window.regions.reduce(Money.zero) { $0 + $1.gmv } == window.gmv)
            #expect(window.products.reduce(Money.zero) { $0 + $1.gmv } == inWindow.flatMap(\.items).reduce(Money.zero) { $0 + $1.amount })
            #expect(window.visitors == Self.shop.traffic.filter { $0.sku == nil && window.contains($0.date) }.reduce(0) { $0 + $1.visitors })
        }
        #expect(figures.customers.reduce(Money.zero) { $0 + $1.paidAmount } == paid.reduce(Money.zero) { $0 + $1.total })
        #expect(figures.customers.reduce(0) { $0 + $1.paidOrders } == paid.count)
        #expect(figures.orders.count == 30_000)
    }
}
