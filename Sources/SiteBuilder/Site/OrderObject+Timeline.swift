import ShopModel
import TemplateEngine

extension OrderObject {
    /// The keys of a timeline step, of `promotion` and of `cartons`, in template order (made once, shared by every order).
    static let stepKeys = ["label", "date", "state", "note"]
    static let promotionKeys = ["id", "title", "url", "amount"]
    static let cartonsKeys = ["count", "text", "missing", "note"]

    /// The order's steps: paid (or placed), ship-by, shipped, tracking entered, and the status at as_of; each a map of
    /// `label`, `date` (or null), `state` (done, due, late or now) and `note`.
    var timeline: [TemplateValue] {
        let t = site.text, asOf = site.index.shop.asOf
        func step(_ label: String, _ day: Day?, _ state: String, _ note: String = "") -> TemplateValue {
            .map(TemplateMap(uniqueKeys: Self.stepKeys, values: [.string(t[label]), .day(day), .string(state), .string(note)]))
        }
        var steps = [step(order.isPaid ? "order_step_paid" : "order_step_placed", order.date, "done")]
        if order.isPaid || order.shippedAt != nil {
            let late = order.isLate(asOf: asOf)
            let state = late ? "late" : order.shippedAt != nil || asOf > order.shipBy ? "done" : "due"
            steps.append(step("order_step_ship_by", order.shipBy, state, late ? t["late"] : ""))
        }
        if let shipped = order.shippedAt {
            steps.append(step("order_step_shipped", shipped, "done", order.carrier ?? ""))
            let entered = order.trackingAt ?? shipped
            let lateEntry = shipped.distance(to: entered) > 1
            let note = [order.tracking ?? "", lateEntry ? t["order_tracking_late"] : ""].filter { !$0.isEmpty }.joined(separator: " · ")
            steps.append(step("order_step_tracking", order.tracking == nil ? nil : entered, lateEntry ? "late" : "done", note))
        }
        steps.append(step("order_step_now", asOf, "now", t["status_" + order.status.rawValue]))
        return steps
    }

    /// `promotion`: its id, title, page and the amount it took off, or null.
    var promotionValue: TemplateValue {
        guard let id = order.promotion else { return .null }
        let title = site.index.promotionPosition[id].map { site.index.shop.promotions[$0].title } ?? id.rawValue
        return .map(TemplateMap(uniqueKeys: Self.promotionKeys, values: [.string(id.rawValue), .string(title),
                                                                        .string(EntityPagePath.promotion(id)), .money(order.promotionDiscount)]))
    }

    /// `cartons`: `count` (full and part cartons of the lines with a pack size), `text` (共 N 箱), `missing` (lines without a
    /// pack size) and `note` (另有 N 行未设装箱数, or empty).
    var cartonsValue: TemplateValue {
        var count = 0, missing = 0
        for item in order.items {
            guard let size = site.index.product(item.sku)?.packSize else { missing += 1; continue }
            count += OrderLineObject.cartons(qty: item.qty, packSize: size).count
        }
        // counted phrases ("1 carton in all", "2 cartons in all") that keep their `{n}` for the shops' own overrides
        let note = missing > 0 ? site.text.count("order_cartons_missing", missing, filling: [("n", Display.integer(missing))]) : ""
        let text = site.text.count("order_cartons_total", count, filling: [("n", Display.integer(count))])
        return .map(TemplateMap(uniqueKeys: Self.cartonsKeys, values: [.int(count), .string(text), .int(missing), .string(note)]))
    }
}
