import Concurrency
import Diagnostics
import ShopModel

/// `import orders`: an order export against the shop, as a plan of files to create and update.
public enum OrderImport {
    /// The plan for `table`: new order files, in-place updates of orders already in the shop, stub customers
    /// (with `newCustomers`); errors for every bad cell, and then no file at all.
    public static func plan(_ table: ImportTable, map: HeaderMap, shop: Shop, shopPath: String, newCustomers: Bool) -> ImportPlan {
        var plan = ImportPlan()
        let (layout, missing) = ColumnLayout.find(in: table, fields: ImportField.orderFields, map: map)
        guard let layout else { plan.diagnostics = missing; return plan }
        let products = Dictionary(shop.products.map { ($0.sku, $0) }, uniquingKeysWith: { first, _ in first })
        var reader = OrderRowsReader(table: table, layout: layout, products: products,
                                     customers: CustomerMatcher(customers: shop.customers, makesStubs: newCustomers))
        let orders = reader.read()
        plan.diagnostics = reader.diagnostics
        plan.records = orders.count
        for order in orders { checkAmounts(order, products: products, table: table, layout: layout, into: &plan.diagnostics) }
        guard !plan.hasErrors else { return plan.sorted() }
        let existing = Dictionary(shop.orders.map { ($0.id, $0.source.file.path) }, uniquingKeysWith: { first, _ in first })
        // Each order's file is made (or its existing file read and edited) on every core; gathered in export order.
        let files = orders.parallelMap { order -> PlannedFile in
            if let path = existing[order.id] { return update(path: path, with: order, shopPath: shopPath) }
            let text = OrderFileText.text(for: order, products: products)
            return planned(path: order.newPath, bytes: Array(text.utf8), shopPath: shopPath)
        }
        for file in files {
            switch file {
            case .unchanged: plan.unchanged += 1
            case .change(let change): plan.changes.append(change)
            case .problem(let problem): plan.diagnostics.append(problem)
            }
        }
        for stub in reader.customers.stubs.values {
            plan.changes.append(FileChange(path: stub.path, bytes: Array(OrderFileText.text(for: stub).utf8), kind: .created))
        }
        return plan.sorted()
    }

    /// A line without a price needs a tier for its quantity; the discount may not exceed the lines' sum.
    private static func checkAmounts(_ order: ImportedOrder, products: [SKU: Product], table: ImportTable, layout: ColumnLayout,
                                     into diagnostics: inout [Diagnostic]) {
        var sum = Money.zero
        let priceColumn = layout.columns["price"]?.first.map { $0 + 1 } ?? 0
        for line in order.lines {
            guard let price = line.price ?? products[line.sku]?.unitPrice(forQuantity: line.qty) else {
                diagnostics.append(.error("E-IMPORT-NO-PRICE", ["sku": line.sku.rawValue, "qty": "\(line.qty)"],
                                          at: Location(path: table.path, line: line.row, column: priceColumn)))
                continue
            }
            sum += (price * line.qty).rounded()
            guard sum.isBelowCeiling else { return }
        }
        if let discount = order.discount, discount > sum + (order.shipping ?? .zero) {
            let column = layout.columns["discount"]?.first.map { $0 + 1 } ?? 0
            diagnostics.append(.error("E-IMPORT-DISCOUNT", ["discount": discount.plain, "sum": sum.plain],
                                      at: Location(path: table.path, line: order.row, column: column)))
        }
    }

    /// An existing order file with the export's status, shipping date, tracking number and carrier.
    private static func update(path: String, with order: ImportedOrder, shopPath: String) -> PlannedFile {
        guard let bytes = ShopFiles.read(shopPath + "/" + path), var edit = FrontMatterEdit(String(decoding: bytes, as: UTF8.self)) else {
            return .problem(.error("E-IMPORT-ORDER-FILE", ["id": order.id.rawValue], at: Location(path: path)))
        }
        edit.set("status", written: order.status.rawValue, plain: order.status.rawValue)
        if let shippedAt = order.shippedAt { edit.set("shipped_at", written: "\(shippedAt)", plain: "\(shippedAt)") }
        if let tracking = order.tracking { edit.set("tracking", written: YAMLText.scalar(tracking), plain: tracking) }
        if let carrier = order.carrier { edit.set("carrier", written: YAMLText.scalar(carrier), plain: carrier) }
        guard !edit.changes.isEmpty else { return .unchanged }
        return .change(FileChange(path: path, bytes: Array(edit.text.utf8), kind: .updated, fields: edit.changes))
    }

    /// A new file, unless the same bytes are already there.
    static func addIfChanged(path: String, bytes: [UInt8], shopPath: String, into plan: inout ImportPlan) {
        switch planned(path: path, bytes: bytes, shopPath: shopPath) {
        case .unchanged: plan.unchanged += 1
        case .change(let change): plan.changes.append(change)
        case .problem(let problem): plan.diagnostics.append(problem)
        }
    }

    /// A new file, or the file at `path` with new bytes, unless the same bytes are already there.
    static func planned(path: String, bytes: [UInt8], shopPath: String) -> PlannedFile {
        let current = ShopFiles.read(shopPath + "/" + path)
        if current == bytes { return .unchanged }
        return .change(FileChange(path: path, bytes: bytes, kind: current == nil ? .created : .updated))
    }
}
