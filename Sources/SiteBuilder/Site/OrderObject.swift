import ShopModel
import TemplateEngine

/// An order for templates: buyer, dates, status, total, shipping state and lines.
struct OrderObject: TemplateObject {
    let data: SiteData
    let position: Int

    /// The order, borrowed in place.
    var order: Order { _read { yield data.shop.orders[position] } }

    var memberNames: [String] { ["id", "customer_id", "customer_name", "date", "status", "total"] }

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "id": return .string(order.id.rawValue)
        case "customer_id": return .string(order.customer.rawValue)
        case "customer_name": return .string(data.customerName(order.customer))
        case "customer_url": return .string(data.customerURL(order.customer))
        case "url": return .string(data.orderURL(position: position))
        case "date": return .day(order.date)
        case "status": return .string(order.status.rawValue)
        case "status_label": return .string(data.strings["status_" + order.status.rawValue])
        case "is_paid": return .bool(order.isPaid)
        case "total": return .money(order.total)
        case "ship_by": return .day(order.shipBy)
        case "shipped_at": return .day(order.shippedAt)
        case "tracking": return .text(order.tracking)
        case "late": return .bool(order.isLate(asOf: data.shop.asOf))
        case "untracked": return .bool(order.lacksTracking)
        case "item_count": return .int(order.items.count)
        case "units": return .int(order.items.reduce(0) { $0 + $1.qty })
        case "items": return .list(order.items.indices.map { .object(OrderLineObject(data: data, order: position, index: $0)) })
        case "params": return .params(order.params)
        default: return nil
        }
    }
}
