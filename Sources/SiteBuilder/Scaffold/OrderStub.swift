import ShopModel

/// An order file with every field of the spec, each explained; `new order` writes an unpaid order.
struct OrderStub {
    /// One order line as written.
    struct Item {
        /// The sku, nil for the placeholder.
        var sku: String?
        /// Quantity.
        var qty: Int
        /// An explicit unit price as written, nil for the tier price.
        var price: String?
        /// Whether `price` is a placeholder the merchant must replace (no tier price applies).
        var pricePlaceholder = false
    }

    /// The order id.
    var id: String
    /// The customer id, nil for the placeholder.
    var customer: String?
    /// Payment date.
    var date: Day
    /// Status: a new order awaits payment, so it counts in no figure until paid.
    var status: OrderStatus = .pendingPayment
    /// Order lines.
    var items: [Item]
    /// Shipping, as written.
    var shipping = "0"
    /// Discount amount, as written.
    var discount = "0"
    /// Shipped on, with tracking, for a shipped example.
    var shipped: (on: Day, tracking: String)?
    /// The default ship-by date shown in the comment (date + the longest lead time).
    var shipByDefault: Day
    /// Notes (Markdown).
    var body = ""

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        let placeholder = ItemReference.placeholder
        y.line("---")
        y.line("id: \(YAMLText.scalar(id))", "订单号，默认为文件名 / order id; default: the file name")
        y.customerLine(customer)
        y.line("date: \(date)", "付款日期（必填）/ payment date (required)")
        y.line("status: \(status.rawValue)", "必填，只有已付款状态计入金额 / required; only paid statuses count:")
        y.comment("pending_payment 待付款 | pending_shipment 待发货 | shipped 已发货 | completed 已完成")
        y.comment("refunded 已退款 | cancelled 已取消 | disputed 纠纷中")
        y.line("items:", "订单明细 / order lines")
        for item in items {
            let sku = item.sku.map { YAMLText.scalar($0, inFlow: true) } ?? placeholder
            let price = item.price.map { ", price: \($0)" } ?? ""
            let comment = item.sku == nil ? "请改为已有货号并填写单价 / replace with an existing sku and its price"
                : item.pricePlaceholder ? "无适用阶梯价，请填写单价 / no tier price applies: write the price"
                : item.price == nil ? "不写 price 时按阶梯价 / without price: the tier price for qty"
                : "约定单价 / agreed unit price"
            y.line("  - { sku: \(sku), qty: \(item.qty)\(price) }", comment)
        }
        y.line("shipping: \(shipping)", "运费，默认 0 / shipping, default 0")
        y.line("discount: \(discount)", "优惠金额，默认 0 / discount amount, default 0")
        y.line("# ship_by: \(shipByDefault)", "最晚发货日，默认 付款日 + 产品最长发货天数 / default: date + the longest lead time")
        if let shipped {
            y.line("shipped_at: \(shipped.on)", "实际发货日期 / shipped on")
            y.line("tracking: \(YAMLText.scalar(shipped.tracking))", "快递单号 / tracking number")
        } else {
            y.line("# shipped_at: \(shipByDefault)", "实际发货日期 / shipped on")
            y.line("# tracking: SF1234567890", "快递单号，发货后必填 / tracking number, needed once shipped")
        }
        y.line("---")
        return y.text + body
    }
}
