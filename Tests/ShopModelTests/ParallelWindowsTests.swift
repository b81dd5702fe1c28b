import ShopModelFixtures
import Testing
@testable import ShopModel

/// A large shop's windows are made on every core: each must be the window made on its own, in settings order.
@Suite struct ParallelWindowsTests {
    /// 2,400 paid orders of ¥(1 + n mod 7) over 120 days for three customers: past `concurrentFromOrders`.
    static let shop: Shop = {
        let customers = ["A", "B", "C"].map { Fixture.customer($0) }
        let orders = (0..<2_400).map { n in
            Fixture.order("O\(n)", ["A", "B", "C"][n % 3], Fixture.asOf.adding(days: -(n % 120)).description, "\(1 + n % 7)")
        }
        let settings = Fixture.settings { $0.analyticsWindows = [7, 30, 90] }
        return Fixture.shop(settings: settings, customers: customers, orders: orders)
    }()

    @Test func windowsAndPreviousWindowsEqualEachWindowMadeAlone() {
        #expect(Self.shop.orders.count >= ShopAnalytics.concurrentFromOrders)
        let analytics = ShopAnalytics(shop: Self.shop)
        let asOf = Fixture.asOf
        #expect(analytics.windows.map(\.days) == [7, 30, 90])
        #expect(analytics.previousWindows.map(\.end) == [asOf.adding(days: -7), asOf.adding(days: -30), asOf.adding(days: -90)])
        for (position, days) in [7, 30, 90].enumerated() {
            let alone = ShopAnalytics.window(days: days, endingAt: asOf, shop: Self.shop, index: analytics.index)
            let before = ShopAnalytics.window(days: days, endingAt: asOf.adding(days: -days), shop: Self.shop, index: analytics.index)
            #expect(analytics.windows[position] == alone)
            #expect(analytics.previousWindows[position] == before)
        }
        // 20 orders a day (2,400 over 120 days): the 7-day window holds 140 of them.
        #expect(analytics.windows[0].paidOrders == 140)
    }
}
