import Diagnostics
import FrontMatter
import ShopModel

/// Reads `content/data/traffic.csv`: header required, unknown columns ignored, an empty number is 0.
enum TrafficDecoder {
    /// The path messages name.
    static let path = "content/data/traffic.csv"

    /// The rows, with an error per bad row and a warning per row naming an unknown sku (left out).
    /// `isKnown` says whether a sku is a product; `isHidden` whether it is a left-out draft or a product whose file did
    /// not load (its rows dropped silently: that file has its own error).
    static func decode(bytes: [UInt8], isKnown: (SKU) -> Bool, isHidden: (SKU) -> Bool) -> ([TrafficRow], [Diagnostic]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let rows: [CSVRow]
        do {
            rows = try CSVReader.parse(Array(body), path: path)
        } catch {
            return ([], [error])
        }
        guard let header = rows.first else {
            return ([], [.error("E-TRAFFIC-NO-HEADER", at: Location(path: path))])
        }
        let names = header.fields.map(\.trimmingSpaces)
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let dateColumn = column("date") else {
            return ([], [.error("E-TRAFFIC-NO-DATE-COLUMN", at: Location(path: path, line: header.line))])
        }
        let skuColumn = column("sku")
        let numberColumns = [column("visitors"), column("page_views"), column("add_to_cart")]
        let numberNames = ["visitors", "page_views", "add_to_cart"]
        let needed = ([dateColumn, skuColumn] + numberColumns).compactMap { $0 }.max() ?? 0
        var traffic: [TrafficRow] = []
        traffic.reserveCapacity(rows.count)
        var diagnostics: [Diagnostic] = []
        var numbers: [Int] = []
        numbers.reserveCapacity(3)
        for row in rows.dropFirst() {
            let at = Location(path: path, line: row.line)
            func field(_ index: Int?) -> String { index.flatMap { $0 < row.fields.count ? row.fields[$0] : nil }?.trimmingSpaces ?? "" }
            guard row.fields.count > needed else {
                diagnostics.append(.error("E-CSV-FIELD-COUNT", ["expected": "\(names.count)", "found": "\(row.fields.count)"], at: at))
                continue
            }
            guard let date = Day(field(dateColumn)) else {
                diagnostics.append(.error("E-TRAFFIC-DATE", ["text": field(dateColumn)], at: at))
                continue
            }
            numbers.removeAll(keepingCapacity: true)
            for (index, name) in zip(numberColumns, numberNames) {
                guard let n = count(field(index), key: name, at: at, diagnostics: &diagnostics) else { break }
                numbers.append(n)
            }
            guard numbers.count == 3 else { continue }
            let skuText = field(skuColumn)
            let sku = skuText.isEmpty ? nil : SKU(skuText)
            if let sku, !isKnown(sku) {
                if !isHidden(sku) {
                    diagnostics.append(.warning("W-TRAFFIC-UNKNOWN-SKU", ["sku": skuText], at: at))
                }
                continue
            }
            traffic.append(TrafficRow(date: date, sku: sku, visitors: numbers[0], pageViews: numbers[1],
                                      addToCart: numbers[2], line: row.line))
        }
        return (traffic, diagnostics)
    }

    /// A count from its field: empty is 0; a negative, unreadable or too large number is an error (nil).
    private static func count(_ text: String, key: String, at: Location, diagnostics: inout [Diagnostic]) -> Int? {
        guard let n = text.isEmpty ? 0 : Int(text), n >= 0 else {
            diagnostics.append(.error("E-INT-RANGE", ["key": key, "minimum": "0", "text": text], at: at))
            return nil
        }
        // Bounded so that no sum over the rows (a window's visitors) can overflow: that would need 9e9 rows.
        guard n <= Quantity.maximum else {
            diagnostics.append(.error("E-TRAFFIC-TOO-LARGE", ["key": key, "maximum": Quantity.maximumText, "text": text], at: at))
            return nil
        }
        return n
    }
}
