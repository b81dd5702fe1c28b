/// A paid or unpaid order, from `content/orders/**/*.md`: its fields (`OrderFields`) in shared immutable storage, so a copy is one retain.
public struct Order: SharedFields {
    /// The fields, shared by every copy.
    public var storage: EntityStorage<OrderFields>

    /// Wraps fields built in one go.
    @inlinable
    public init(_ fields: OrderFields) {
        storage = EntityStorage(fields)
    }

    /// Creates an order with the required fields.
    public init(id: OrderID, customer: CustomerID, date: Day, status: OrderStatus, shipBy: Day, source: FieldLines) {
        self.init(OrderFields(id: id, customer: customer, date: date, status: status, shipBy: shipBy, source: source))
    }

    /// Late: shipped after ship_by, or not shipped and past ship_by at `asOf` (paid orders only).
    public func isLate(asOf: Day) -> Bool {
        if let shippedAt = storage.fields.shippedAt { return shippedAt > storage.fields.shipBy }
        guard storage.fields.status == .pendingShipment else { return false }
        return asOf > storage.fields.shipBy
    }
}
