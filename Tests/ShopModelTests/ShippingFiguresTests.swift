import ShopModel
import Testing

/// On-time shipping rate and average days to ship per window (contract, Derived figures), computed by hand.
struct ShippingFiguresTests {
    static func order(_ id: String, paid date: String, shipBy: String, shipped: String?, status: OrderStatus = .shipped) -> Order {
        var order = Order(id: OrderID(id), customer: "C-1", date: Day(date)!, status: status, shipBy: Day(shipBy)!,
                          source: FieldLines(file: .init(path: "content/orders/\(id).md", line: 1)))
        order.shippedAt = shipped.flatMap { Day($0) }
        return order
    }

    static let start = Day("2025-11-24")!, end = Day("2025-11-30")!

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let orders: [Order]
        let shipped: Int
        let rate: Double?
        let days: Double?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no orders", orders: [], shipped: 0, rate: nil, days: nil),
        Case(name: "no shipped order", orders: [order("O-1", paid: "2025-11-28", shipBy: "2025-12-01", shipped: nil,
                                                      status: .pendingShipment)], shipped: 0, rate: nil, days: nil),
        // Exactly on ship_by counts as on time; 2 days to ship.
        Case(name: "one order shipped exactly on ship_by", orders: [order("O-1", paid: "2025-11-25", shipBy: "2025-11-27",
                                                                          shipped: "2025-11-27")], shipped: 1, rate: 1, days: 2),
        // 1 + 2 + 2 days over 3 orders = 1.666… → 1.7; one of three is a day late.
        Case(name: "three orders, one late", orders: [
            order("O-1", paid: "2025-11-24", shipBy: "2025-11-26", shipped: "2025-11-25"),
            order("O-2", paid: "2025-11-25", shipBy: "2025-11-26", shipped: "2025-11-27"),
            order("O-3", paid: "2025-11-26", shipBy: "2025-11-30", shipped: "2025-11-28", status: .completed),
        ], shipped: 3, rate: 2.0 / 3.0, days: 1.7),
        // 1 + 2 = 3 days over 2 orders = 1.5 exactly: half up stays 1.5; 0 + 1 + 1 + 1 = 3 over 4 = 0.75 → 0.8.
        Case(name: "half up to one decimal", orders: [
            order("O-1", paid: "2025-11-24", shipBy: "2025-11-30", shipped: "2025-11-24"),
            order("O-2", paid: "2025-11-24", shipBy: "2025-11-30", shipped: "2025-11-25"),
            order("O-3", paid: "2025-11-24", shipBy: "2025-11-30", shipped: "2025-11-25"),
            order("O-4", paid: "2025-11-24", shipBy: "2025-11-30", shipped: "2025-11-25"),
        ], shipped: 4, rate: 1, days: 0.8),
        // Shipped before the window, or after as_of, or refunded (not paid): none counts.
        Case(name: "outside the window or unpaid", orders: [
            order("O-1", paid: "2025-11-20", shipBy: "2025-11-25", shipped: "2025-11-23"),
            order("O-2", paid: "2025-11-29", shipBy: "2025-12-02", shipped: "2025-12-01"),
            order("O-3", paid: "2025-11-25", shipBy: "2025-11-26", shipped: "2025-11-26", status: .refunded),
        ], shipped: 0, rate: nil, days: nil),
        // Paid in the previous window, shipped in this one: counts here (by shipped_at), 6 days, late.
        Case(name: "paid before the window, shipped in it", orders: [
            order("O-1", paid: "2025-11-20", shipBy: "2025-11-23", shipped: "2025-11-26", status: .disputed),
        ], shipped: 1, rate: 0, days: 6),
    ]

    @Test(arguments: cases)
    func figures(_ testCase: Case) {
        let tally = ShippingTally(testCase.orders, from: Self.start, through: Self.end)
        #expect(tally.shipped == testCase.shipped)
        #expect(tally.onTimeRate == testCase.rate)
        #expect(tally.averageDaysToShip == testCase.days)
    }

    @Test func halfUpAtExactlyAHalfTenth() {
        // 1 + 0 + 0 + 0 = 1 day over 4 orders... 0.25 → 0.3 (half up); 1 day over 2 orders is 0.5 exactly.
        var tally = ShippingTally()
        tally.shipped = 4
        tally.daysToShip = 1
        #expect(tally.averageDaysToShip == 0.3)
        tally.shipped = 20
        tally.daysToShip = 1
        #expect(tally.averageDaysToShip == 0.1)   // 0.05 → 0.1
        tally.shipped = 20
        tally.daysToShip = -1
        #expect(tally.averageDaysToShip == 0.0)   // −0.05 → −0.0, half up
    }
}
