import Diagnostics

extension ShopChecks {
    /// A shipped or completed order without tracking, and a late order.
    public static func orderWarnings(_ order: Order, asOf: Day) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let source = order.source
        if order.lacksTracking {
            found.append(.warning("W-NO-TRACKING", ["status": order.status.rawValue], at: source.location(of: "status")))
        }
        if order.isLate(asOf: asOf) {
            let shipByKey = source.lines["ship_by"] != nil ? "ship_by" : "date"
            if let shippedAt = order.shippedAt {
                let days = order.shipBy.distance(to: shippedAt)
                found.append(.warning("W-LATE-ORDER", ["shipped": "\(shippedAt)", "days": "\(days)", "shipBy": "\(order.shipBy)"],
                                      at: source.location(of: source.lines["shipped_at"] != nil ? "shipped_at" : shipByKey)))
            } else {
                let days = order.shipBy.distance(to: asOf)
                found.append(.warning("W-OVERDUE-ORDER", ["days": "\(days)", "shipBy": "\(order.shipBy)", "asOf": "\(asOf)"],
                                      at: source.location(of: shipByKey)))
            }
        }
        return found
    }
}
