import TemplateEngine

/// A table shown on a page and downloadable as CSV from the same cells, so both always agree.
struct DataTable: Sendable {
    /// A column: its header and whether it holds numbers (right-aligned).
    struct Column: Sendable {
        let label: String
        let numeric: Bool
    }

    var columns: [Column]
    var rows: [[DataCell]] = []
    /// The CSV file, relative to the site root (`analytics/products-30.csv`), or nil for none.
    var csvPath: String?
    /// Whether `table-sort.js` may sort it.
    var sortable = true

    /// A table with text columns `labels`, numeric where `numeric` says so.
    init(_ labels: [String], numeric: Set<Int> = [], csv: String? = nil) {
        columns = labels.enumerated().map { Column(label: $0.element, numeric: numeric.contains($0.offset)) }
        csvPath = csv
    }

    /// The table for templates: `columns` (label, numeric), `rows` (lists of cells with `html` and `attrs`), `csv`,
    /// `sortable`; cell links are made relative with `root`.
    func value(root: String) -> TemplateValue {
        let numeric = columns.map(\.numeric)
        return .map(["columns": .list(columns.map { .map(["label": .string($0.label), "numeric": .bool($0.numeric)]) }),
                     "numeric": .list(numeric.map { .bool($0) }),
                     "rows": .list(rows.map { row in
                         .list(row.enumerated().map { i, cell in
                             var cell = cell
                             cell.numeric = i < numeric.count && numeric[i]
                             cell.root = root
                             return .object(cell)
                         })
                     }),
                     "csv": .text(csvPath), "sortable": .bool(sortable), "count": .int(rows.count)])
    }

    /// The CSV bytes: UTF-8 with a BOM (Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting.
    var csv: [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func field(_ text: String, numeric: Bool) {
            var text = text
            // A text cell starting like a formula is defused so spreadsheets do not run it.
            if !numeric, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
            if text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out.append(0x22)
                for byte in text.utf8 {
                    if byte == 0x22 { out.append(0x22) }
                    out.append(byte)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: text.utf8)
            }
        }
        func line(_ cells: [(String, Bool)]) {
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.append(0x2C) }
                field(cell.0, numeric: cell.1)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        line(columns.map { ($0.label, false) })
        for row in rows {
            line(row.enumerated().map { i, cell in (cell.csv, i < columns.count && columns[i].numeric) })
        }
        return out
    }
}
