/// A field an export column can fill, named as the contract names it (`id`, `customer`, `qty` …), with the
/// platform's built-in header names, the preferred one first.
public struct ImportField: Sendable, Hashable {
    /// The contract's field name, as a `--map` file writes it.
    public var name: String
    /// The header names looked for when no `--map` names one, in order of preference.
    public var headers: [String]
    /// Whether an export without this column is refused.
    public var required: Bool

    /// Creates a field.
    public init(_ name: String, _ headers: [String], required: Bool = false) {
        self.name = name
        self.headers = headers
        self.required = required
    }

    /// The fields of an order export (one row per order line; the order's own fields repeat or fill its first row).
    public static let orderFields: [ImportField] = [
        ImportField("id", ["订单编号", "订单号", "id"], required: true),
        ImportField("customer", ["买家公司名", "买家会员名", "customer"], required: true),
        ImportField("sku", ["货号", "商家编码", "sku"], required: true),
        ImportField("qty", ["数量", "qty"], required: true),
        ImportField("price", ["单价", "price"]),
        ImportField("shipping", ["运费", "shipping"]),
        ImportField("discount", ["优惠", "折扣", "discount"]),
        ImportField("status", ["订单状态", "status"], required: true),
        ImportField("date", ["付款时间", "下单时间", "date"], required: true),
        ImportField("ship_by", ["最晚发货时间", "ship_by"]),
        ImportField("shipped_at", ["发货时间", "shipped_at"]),
        ImportField("carrier", ["物流公司", "carrier"]),
        ImportField("tracking", ["运单号", "物流单号", "tracking"]),
        ImportField("address", ["收货地址", "address"]),
        ImportField("region", ["省份", "region"]),
    ]

    /// The fields of a daily traffic export (one row per day and product; an empty sku is the whole store).
    public static let trafficFields: [ImportField] = [
        ImportField("date", ["日期", "统计日期", "date"], required: true),
        ImportField("sku", ["货号", "商家编码", "sku"]),
        ImportField("visitors", ["访客数", "visitors"], required: true),
        ImportField("page_views", ["浏览量", "page_views"]),
        ImportField("add_to_cart", ["加购人数", "加购件数", "add_to_cart"]),
    ]
}
