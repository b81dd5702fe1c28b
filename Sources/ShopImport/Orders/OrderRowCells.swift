import Diagnostics
import ShopModel

/// One export row read on its own (`OrderRowParser`): the order id, the row's line, the order's own fields, and the
/// errors of each part. Which parts count is decided when the rows are gathered (`OrderRowsReader`): the order's
/// required fields only on its first row, nothing but the id's error when the id is bad.
struct OrderRowCells: Sendable {
    /// The row number, for messages.
    var row: Int
    /// The order id, nil when its cell is empty or not a valid id.
    var id: String?
    /// The error of an empty or bad id (then the row has no other part).
    var idProblems: [Diagnostic] = []
    /// The row's order line, nil when its sku, quantity or price is bad.
    var line: ImportedLine?
    /// The errors of the line's cells.
    var lineProblems: [Diagnostic] = []
    /// The mapped status.
    var status: OrderStatus?
    /// The order date.
    var date: Day?
    /// The buyer cell's text.
    var buyer: String?
    /// The 1-based column of the buyer cell, for messages.
    var buyerColumn = 0
    /// The region, for a stub customer.
    var region: String?
    /// The address, for a stub customer.
    var address: String?
    /// The errors of the status, date and buyer cells.
    var headProblems: [Diagnostic] = []
    /// Shipping charged.
    var shipping: Money?
    /// Discount.
    var discount: Money?
    /// The ship-by date.
    var shipBy: Day?
    /// The shipping date.
    var shippedAt: Day?
    /// The carrier.
    var carrier: String?
    /// The tracking number.
    var tracking: String?
    /// The errors of the optional cells.
    var optionalProblems: [Diagnostic] = []

    /// An empty reading of row `row`.
    init(row: Int) {
        self.row = row
    }
}
