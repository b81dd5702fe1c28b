import Diagnostics
import ShopModel

/// Reads one export row into `OrderRowCells` without touching anything shared, so that every row of an export can
/// be read on any core; every bad cell an error at `FILE:ROW:COLUMN`.
struct OrderRowParser: Sendable {
    /// The export as messages name it.
    let path: String
    /// The shop's products by sku.
    let products: [SKU: Product]
    /// Whether the export's date serial numbers count from 1904.
    let uses1904: Bool
    /// The columns of each field a row is read from.
    let id, sku, qty, price, status, date, customer, region, address: FieldColumns
    /// The columns of the optional fields any row of an order may fill.
    let shipping, discount, shipBy, shippedAt, carrier, tracking: FieldColumns

    /// A parser of `table`'s rows laid out as `layout`, over the shop's products.
    init(table: ImportTable, layout: ColumnLayout, products: [SKU: Product]) {
        path = table.path
        self.products = products
        uses1904 = table.uses1904
        (id, sku, qty, price) = (layout.columns(of: "id"), layout.columns(of: "sku"), layout.columns(of: "qty"), layout.columns(of: "price"))
        (status, date, customer) = (layout.columns(of: "status"), layout.columns(of: "date"), layout.columns(of: "customer"))
        (region, address) = (layout.columns(of: "region"), layout.columns(of: "address"))
        (shipping, discount) = (layout.columns(of: "shipping"), layout.columns(of: "discount"))
        (shipBy, shippedAt) = (layout.columns(of: "ship_by"), layout.columns(of: "shipped_at"))
        (carrier, tracking) = (layout.columns(of: "carrier"), layout.columns(of: "tracking"))
    }

    /// Every part of the row, with its errors.
    func parse(_ row: ImportRow) -> OrderRowCells {
        var cells = OrderRowCells(row: row.number)
        guard let idText = text(id, row, required: true, into: &cells.idProblems) else { return cells }
        guard ID<Order>.isValid(idText) else {
            error("E-IMPORT-ORDER-ID", ["id": idText], id, row, into: &cells.idProblems)
            return cells
        }
        cells.id = idText
        cells.line = orderLine(row, into: &cells.lineProblems)
        readHead(row, into: &cells)
        readOptional(row, into: &cells)
        return cells
    }

    /// The fields an order takes from its first row: status, date and buyer (with region and address for a stub).
    private func readHead(_ row: ImportRow, into cells: inout OrderRowCells) {
        let statusText = text(status, row, required: true, into: &cells.headProblems)
        cells.status = statusText.flatMap(StatusWords.status)
        if let statusText, cells.status == nil {
            error("E-IMPORT-STATUS", ["status": statusText], status, row, into: &cells.headProblems)
        }
        let uses1904 = self.uses1904
        cells.date = value(date, row, required: true, code: "E-IMPORT-DATE", into: &cells.headProblems) {
            CellText.day($0, uses1904: uses1904)
        }
        cells.buyer = text(customer, row, required: true, into: &cells.headProblems)
        cells.buyerColumn = customer.cell(in: row).column
        guard cells.buyer != nil else { return }
        var none: [Diagnostic] = []
        cells.region = text(region, row, into: &none)
        cells.address = text(address, row, into: &none)
    }

    /// The optional fields any row of the order may fill.
    private func readOptional(_ row: ImportRow, into cells: inout OrderRowCells) {
        let uses1904 = self.uses1904
        let day = { (cell: ImportCell) in CellText.day(cell, uses1904: uses1904) }
        cells.shipping = value(shipping, row, code: "E-IMPORT-MONEY", into: &cells.optionalProblems, CellText.money)
        cells.discount = value(discount, row, code: "E-IMPORT-MONEY", into: &cells.optionalProblems, CellText.money)
        cells.shipBy = value(shipBy, row, code: "E-IMPORT-DATE", into: &cells.optionalProblems, day)
        cells.shippedAt = value(shippedAt, row, code: "E-IMPORT-DATE", into: &cells.optionalProblems, day)
        cells.carrier = text(carrier, row, into: &cells.optionalProblems)
        cells.tracking = text(tracking, row, into: &cells.optionalProblems)
    }

    /// The row's order line; nil (with errors) when its sku, quantity or price is bad.
    private func orderLine(_ row: ImportRow, into problems: inout [Diagnostic]) -> ImportedLine? {
        let skuText = text(sku, row, required: true, into: &problems)
        let units = value(qty, row, required: true, code: "E-IMPORT-QTY", into: &problems, CellText.quantity)
        let given = value(price, row, code: "E-IMPORT-MONEY", into: &problems, CellText.money)
        guard let skuText else { return nil }
        guard products.index(forKey: SKU(skuText)) != nil else {
            error("E-IMPORT-UNKNOWN-SKU", ["sku": skuText], sku, row, into: &problems)
            return nil
        }
        guard let units else { return nil }
        if let given, given.tenThousandths > Int64.max / Int64(units) || !(given * units).isBelowCeiling {
            error("E-IMPORT-LINE-TOO-LARGE", ["maximum": Money.ceilingText], price, row, into: &problems)
            return nil
        }
        return ImportedLine(sku: SKU(skuText), qty: units, price: given, row: row.number)
    }
}
