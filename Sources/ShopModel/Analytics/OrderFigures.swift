/// One order's figures at as_of.
public struct OrderFigures: Hashable, Sendable {
    /// The order.
    public var id: OrderID
    /// The buyer.
    public var customer: CustomerID
    /// The payment date.
    public var date: Day
    /// The status.
    public var status: OrderStatus
    /// round2(sum of line amounts) + shipping − discount.
    public var total: Money
    /// Whether its status counts as paid.
    public var paid: Bool
    /// The ship-by date.
    public var shipBy: Day
    /// Shipped after ship_by, or unshipped past ship_by at as_of (`Order.isLate(asOf:)`).
    public var late: Bool
    /// Shipped or completed without a tracking number.
    public var untracked: Bool

    /// Creates the figures.
    public init(id: OrderID, customer: CustomerID, date: Day, status: OrderStatus, total: Money, paid: Bool,
                shipBy: Day, late: Bool, untracked: Bool) {
        self.id = id
        self.customer = customer
        self.date = date
        self.status = status
        self.total = total
        self.paid = paid
        self.shipBy = shipBy
        self.late = late
        self.untracked = untracked
    }
}

extension OrderFields {
    /// Shipped or completed without a tracking number (none written, or only blanks).
    public var lacksTracking: Bool {
        guard status == .shipped || status == .completed else { return false }
        return (tracking ?? "").allSatisfy { $0 == " " || $0 == "\t" }
    }
}
