import Diagnostics

extension ShopChecks {
    /// A shipped or completed order without tracking, tracking entered more than a day after shipping, and a late order.
    public static func orderWarnings(_ order: Order, asOf: Day) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let source = order.source
        if order.lacksTracking {
            found.append(.warning("W-NO-TRACKING", ["status": order.status.rawValue], at: source.location(of: "status")))
        }
        if let shipped = order.shippedAt, let entered = order.trackingAt, shipped.distance(to: entered) > 1 {
            let days = shipped.distance(to: entered)
            found.append(.warning("W-LATE-TRACKING", ["trackingAt": "\(entered)", "days": "\(days)", "shipped": "\(shipped)"],
                                  at: source.location(of: "tracking_at")))
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
