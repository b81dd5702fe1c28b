import Diagnostics
import ShopModel

/// Gathers an order export's rows into orders: one row per line, rows of one order id joined (its own fields
/// taken from the first row that fills them), every bad cell an error at `FILE:ROW:COLUMN`.
struct OrderRowsReader {
    let table: ImportTable
    let layout: ColumnLayout
    let products: [SKU: Product]
    var customers: CustomerMatcher
    /// Every bad cell met so far.
    var diagnostics: [Diagnostic] = []
    private var orders: [ImportedOrder?] = []
    private var positions: [String: Int] = [:]

    /// A reader over the shop's products and customers.
    init(table: ImportTable, layout: ColumnLayout, products: [SKU: Product], customers: CustomerMatcher) {
        self.table = table
        self.layout = layout
        self.products = products
        self.customers = customers
    }

    /// The orders in the export's order (nil entries dropped: their errors are reported).
    mutating func read() -> [ImportedOrder] {
        for row in table.rows.dropFirst(layout.headerIndex + 1) { read(row) }
        return orders.compactMap { $0 }
    }

    private mutating func read(_ row: ImportRow) {
        guard let idText = text("id", row, required: true) else { return }
        guard ID<Order>.isValid(idText) else {
            error("E-IMPORT-ORDER-ID", ["id": idText], "id", row)
            return
        }
        let line = orderLine(row)
        if let index = positions[idText] {
            guard var order = orders[index] else { return }
            fillOptional(&order, row)
            if let line { order.lines.append(line) }
            orders[index] = order
            return
        }
        positions[idText] = orders.count
        guard var order = newOrder(OrderID(idText), row) else { orders.append(nil); return }
        fillOptional(&order, row)
        if let line { order.lines.append(line) }
        orders.append(order)
    }

    /// The order's required fields from its first row; nil (with errors) when one is missing or bad.
    private mutating func newOrder(_ id: OrderID, _ row: ImportRow) -> ImportedOrder? {
        let statusText = text("status", row, required: true)
        let status = statusText.flatMap(StatusWords.status)
        if let statusText, status == nil { error("E-IMPORT-STATUS", ["status": statusText], "status", row) }
        let uses1904 = table.uses1904
        let date = value("date", row, required: true, code: "E-IMPORT-DATE") { CellText.day($0, uses1904: uses1904) }
        guard let buyer = text("customer", row, required: true) else { return nil }
        // Matched even when the status or date is bad, so an unknown buyer is reported in the same run.
        let match = customers.match(buyer, firstOrder: date ?? Day(ordinal: 0), region: text("region", row), address: text("address", row))
        switch match {
        case .found(let customer):
            guard let status, let date else { return nil }
            return ImportedOrder(id: id, customer: customer, date: date, status: status, row: row.number)
        case .ambiguous: error("E-IMPORT-CUSTOMER-AMBIGUOUS", ["customer": buyer], "customer", row)
        case .unknown: error("E-IMPORT-UNKNOWN-CUSTOMER", ["customer": buyer], "customer", row)
        }
        return nil
    }

    /// The order's optional fields the row fills and the order does not have yet.
    private mutating func fillOptional(_ order: inout ImportedOrder, _ row: ImportRow) {
        let uses1904 = table.uses1904
        let day = { (cell: ImportCell) in CellText.day(cell, uses1904: uses1904) }
        if let v = value("shipping", row, code: "E-IMPORT-MONEY", CellText.money) { order.shipping = order.shipping ?? v }
        if let v = value("discount", row, code: "E-IMPORT-MONEY", CellText.money) { order.discount = order.discount ?? v }
        if let v = value("ship_by", row, code: "E-IMPORT-DATE", day) { order.shipBy = order.shipBy ?? v }
        if let v = value("shipped_at", row, code: "E-IMPORT-DATE", day) { order.shippedAt = order.shippedAt ?? v }
        if let v = text("carrier", row) { order.carrier = order.carrier ?? v }
        if let v = text("tracking", row) { order.tracking = order.tracking ?? v }
    }

    /// The row's order line; nil (with errors) when its sku, quantity or price is bad.
    private mutating func orderLine(_ row: ImportRow) -> ImportedLine? {
        let skuText = text("sku", row, required: true)
        let qty = value("qty", row, required: true, code: "E-IMPORT-QTY", CellText.quantity)
        let price = value("price", row, code: "E-IMPORT-MONEY", CellText.money)
        guard let skuText else { return nil }
        guard products.index(forKey: SKU(skuText)) != nil else {
            error("E-IMPORT-UNKNOWN-SKU", ["sku": skuText], "sku", row)
            return nil
        }
        guard let qty else { return nil }
        if let price, price.tenThousandths > Int64.max / Int64(qty) || !(price * qty).isBelowCeiling {
            error("E-IMPORT-LINE-TOO-LARGE", ["maximum": Money.ceilingText], "price", row)
            return nil
        }
        return ImportedLine(sku: SKU(skuText), qty: qty, price: price, row: row.number)
    }
}
