import ShopModel

/// One order as an export gives it: its rows gathered, values parsed, customer resolved.
public struct ImportedOrder: Sendable, Hashable {
    /// The order id.
    public var id: OrderID
    /// The customer, matched by id or name (or the id of a stub made with `--new-customers`).
    public var customer: CustomerID
    /// The payment date (paid statuses) or order date.
    public var date: Day
    /// The status, mapped from the platform's word.
    public var status: OrderStatus
    /// The lines, in row order.
    public var lines: [ImportedLine] = []
    /// Shipping charged (nil: the export has none).
    public var shipping: Money?
    /// Discount (nil: none in the export).
    public var discount: Money?
    /// The ship-by date, when the export has one.
    public var shipBy: Day?
    /// When it shipped, when the export says.
    public var shippedAt: Day?
    /// The carrier (物流公司).
    public var carrier: String?
    /// The tracking number.
    public var tracking: String?
    /// The export row it starts on, for messages.
    public var row: Int

    /// Creates an order with its required fields.
    public init(id: OrderID, customer: CustomerID, date: Day, status: OrderStatus, row: Int) {
        self.id = id
        self.customer = customer
        self.date = date
        self.status = status
        self.row = row
    }

    /// The file a new order is written to: `content/orders/YYYY-MM/ID.md` by its date.
    public var newPath: String {
        let text = date.description
        return "content/orders/\(text.prefix(7))/\(id.rawValue).md"
    }
}
