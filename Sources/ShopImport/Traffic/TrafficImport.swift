import Diagnostics
import FrontMatter
import ShopModel

/// `import traffic`: daily rows merged into `content/data/traffic.csv`, a row of the same date and sku replaced,
/// the file kept sorted by date, then sku; the file's own columns beyond the five known ones are kept.
public enum TrafficImport {
    /// The traffic file's path in the shop.
    public static let path = "content/data/traffic.csv"
    /// The columns the importer writes, in this order, before the file's own.
    static let knownColumns = ["date", "sku", "visitors", "page_views", "add_to_cart"]

    /// The plan: the merged file (when it changes), or the errors of the export's bad cells and unknown skus.
    public static func plan(_ table: ImportTable, map: HeaderMap, shop: Shop, shopPath: String) -> ImportPlan {
        var plan = ImportPlan()
        let (layout, missing) = ColumnLayout.find(in: table, fields: ImportField.trafficFields, map: map)
        guard let layout else { plan.diagnostics = missing; return plan }
        let skus = Set(shop.products.map(\.sku.rawValue))
        var imported: [TrafficLine] = []
        for row in table.rows.dropFirst(layout.headerIndex + 1) {
            if let line = read(row, layout: layout, table: table, skus: skus, into: &plan.diagnostics) { imported.append(line) }
        }
        plan.records = imported.count
        guard !plan.hasErrors else { return plan.sorted() }
        let (current, extraColumns) = existing(shopPath: shopPath)
        var merged: [String: TrafficLine] = [:]
        for line in current { merged[line.date + "," + line.sku] = line }
        for var line in imported {
            line.extras = merged[line.date + "," + line.sku]?.extras ?? Array(repeating: "", count: extraColumns.count)
            merged[line.date + "," + line.sku] = line
        }
        let lines = merged.values.sorted(by: TrafficLine.precedes)
        let header = (knownColumns + extraColumns.map(TrafficLine.field)).joined(separator: ",")
        let text = ([header] + lines.map(\.csv)).joined(separator: "\n") + "\n"
        OrderImport.addIfChanged(path: path, bytes: Array(text.utf8), shopPath: shopPath, into: &plan)
        if plan.changes.isEmpty { plan.unchanged = plan.records }
        return plan.sorted()
    }

    /// One export row; nil (with errors) when a cell is bad or the sku is unknown.
    private static func read(_ row: ImportRow, layout: ColumnLayout, table: ImportTable, skus: Set<String>,
                             into diagnostics: inout [Diagnostic]) -> TrafficLine? {
        func at(_ field: String) -> Location { Location(path: table.path, line: row.number, column: layout.cell(field, in: row).column) }
        let dateCell = layout.cell("date", in: row).cell
        guard let day = CellText.day(dateCell, uses1904: table.uses1904) else {
            diagnostics.append(.error("E-IMPORT-DATE", ["field": "date", "text": CellText.clean(dateCell.text)], at: at("date")))
            return nil
        }
        let sku = CellText.clean(layout.cell("sku", in: row).cell.text)
        if !sku.isEmpty, !skus.contains(sku) {
            diagnostics.append(.error("E-IMPORT-UNKNOWN-SKU", ["sku": sku], at: at("sku")))
            return nil
        }
        var numbers: [String] = []
        for field in ["visitors", "page_views", "add_to_cart"] {
            let cell = layout.cell(field, in: row).cell
            guard let n = CellText.count(cell) else {
                diagnostics.append(.error("E-IMPORT-COUNT", ["field": field, "text": CellText.clean(cell.text)], at: at(field)))
                return nil
            }
            numbers.append("\(n)")
        }
        return TrafficLine(date: "\(day)", sku: sku, numbers: numbers)
    }

    /// The rows already in the shop's traffic file (the five known columns found by name, the values of its other
    /// columns kept as written) and the names of those other columns, in the file's order.
    private static func existing(shopPath: String) -> (lines: [TrafficLine], extraColumns: [String]) {
        guard var bytes = ShopFiles.read(shopPath + "/" + path) else { return ([], []) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let rows = try? CSVReader.parse(bytes, path: path), let head = rows.first else { return ([], []) }
        let names = head.fields.map { CellText.clean($0) }
        let columns = knownColumns.map { names.firstIndex(of: $0) }
        let extras = names.indices.filter { !columns.contains($0) }
        let lines = rows.dropFirst().map { row in
            let fields = columns.map { index in index.flatMap { $0 < row.fields.count ? CellText.clean(row.fields[$0]) : nil } ?? "" }
            let kept = extras.map { $0 < row.fields.count ? row.fields[$0] : "" }
            return TrafficLine(date: fields[0], sku: fields[1], numbers: Array(fields[2...]), extras: kept)
        }
        return (lines, extras.map { head.fields[$0] })
    }
}
