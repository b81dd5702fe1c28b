import ShopModel

/// The front matter of a new order file, in the contract's field order; a line's price is left out when it is
/// the product's tier price for the quantity.
enum OrderFileText {
    /// The whole file.
    static func text(for order: ImportedOrder, products: [SKU: Product]) -> String {
        var lines = ["---",
                     "id: " + YAMLText.scalar(order.id.rawValue),
                     "customer: " + YAMLText.scalar(order.customer.rawValue),
                     "date: \(order.date)",
                     "status: " + order.status.rawValue]
        if !order.lines.isEmpty { lines.append("items:") }
        for line in order.lines {
            var item = "  - { sku: \(YAMLText.scalar(line.sku.rawValue)), qty: \(line.qty)"
            if let price = line.price, price != products[line.sku]?.unitPrice(forQuantity: line.qty) {
                item += ", price: " + YAMLText.money(price)
            }
            lines.append(item + " }")
        }
        if let shipping = order.shipping, shipping != .zero { lines.append("shipping: " + YAMLText.money(shipping)) }
        if let discount = order.discount, discount != .zero { lines.append("discount: " + YAMLText.money(discount)) }
        if let shipBy = order.shipBy { lines.append("ship_by: \(shipBy)") }
        if let shippedAt = order.shippedAt { lines.append("shipped_at: \(shippedAt)") }
        if let tracking = order.tracking { lines.append("tracking: " + YAMLText.scalar(tracking)) }
        if let carrier = order.carrier { lines.append("carrier: " + YAMLText.scalar(carrier)) }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A stub customer file for `--new-customers`.
    static func text(for customer: NewCustomer) -> String {
        var lines = ["---",
                     "id: " + YAMLText.scalar(customer.id.rawValue),
                     "name: " + YAMLText.scalar(customer.name)]
        if let region = customer.region { lines.append("region: " + YAMLText.scalar(region)) }
        lines.append("since: \(customer.since)")
        if let address = customer.address { lines.append("address: " + YAMLText.scalar(address)) }
        lines.append("tags: [导入]")
        lines.append("---")
        lines.append("由 `shopsite import` 根据订单导出创建：请补全联系人、电话和地区。")
        return lines.joined(separator: "\n") + "\n"
    }
}
