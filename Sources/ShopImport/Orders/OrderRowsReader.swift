import Concurrency
import Diagnostics
import ShopModel

/// Gathers an order export's rows into orders: one row per line, rows of one order id joined (its own fields
/// taken from the first row that fills them), every bad cell an error at `FILE:ROW:COLUMN`. The rows are read on
/// every core (`OrderRowParser`); only the gathering, which matches buyers and makes stubs, is done in turn.
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
        let parser = OrderRowParser(table: table, layout: layout, products: products)
        let rows = table.rows
        let first = min(layout.headerIndex + 1, rows.count)
        let parsed = Array(first..<rows.count).parallelMap { parser.parse(rows[$0]) }
        for cells in parsed { gather(cells) }
        BackgroundRelease.release(parsed)  // every row's strings, freed on another core
        return orders.compactMap { $0 }
    }

    /// Adds one row to its order (a new order on the id's first row), its errors to the diagnostics.
    private mutating func gather(_ cells: OrderRowCells) {
        diagnostics += cells.idProblems
        guard let idText = cells.id else { return }
        diagnostics += cells.lineProblems
        let index: Int
        if let known = positions[idText] {
            index = known
        } else {
            index = orders.count
            positions[idText] = index
            orders.append(newOrder(OrderID(idText), cells))
        }
        guard orders[index] != nil else { return }
        diagnostics += cells.optionalProblems
        Self.fillOptional(&orders[index], cells)
        if let line = cells.line { orders[index]?.lines.append(line) }
    }

    /// The order's required fields from its first row; nil (with errors) when one is missing or bad.
    private mutating func newOrder(_ id: OrderID, _ cells: OrderRowCells) -> ImportedOrder? {
        diagnostics += cells.headProblems
        guard let buyer = cells.buyer else { return nil }
        // Matched even when the status or date is bad, so an unknown buyer is reported in the same run.
        let match = customers.match(buyer, firstOrder: cells.date ?? Day(ordinal: 0), region: cells.region, address: cells.address)
        let location = Location(path: table.path, line: cells.row, column: cells.buyerColumn)
        switch match {
        case .found(let customer):
            guard let status = cells.status, let date = cells.date else { return nil }
            return ImportedOrder(id: id, customer: customer, date: date, status: status, row: cells.row)
        case .ambiguous: diagnostics.append(.error("E-IMPORT-CUSTOMER-AMBIGUOUS", ["customer": buyer], at: location))
        case .unknown: diagnostics.append(.error("E-IMPORT-UNKNOWN-CUSTOMER", ["customer": buyer], at: location))
        }
        return nil
    }

    /// The order's optional fields the row fills and the order does not have yet.
    private static func fillOptional(_ order: inout ImportedOrder?, _ cells: OrderRowCells) {
        if order?.shipping == nil { order?.shipping = cells.shipping }
        if order?.discount == nil { order?.discount = cells.discount }
        if order?.shipBy == nil { order?.shipBy = cells.shipBy }
        if order?.shippedAt == nil { order?.shippedAt = cells.shippedAt }
        if order?.carrier == nil { order?.carrier = cells.carrier }
        if order?.tracking == nil { order?.tracking = cells.tracking }
    }
}
