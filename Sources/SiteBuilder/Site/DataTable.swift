import TemplateEngine
import TextEscaping

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
    /// How many rows the whole table (and its CSV) has when only some are shown here; nil when all are.
    var total: Int?

    /// A table with text columns `labels`, numeric where `numeric` says so.
    init(_ labels: [String], numeric: Set<Int> = [], csv: String? = nil) {
        columns = labels.enumerated().map { Column(label: $0.element, numeric: numeric.contains($0.offset)) }
        csvPath = csv
    }

    /// The first `limit` rows, remembering how many there were in all (the CSV written beside keeps every row).
    func limited(to limit: Int) -> DataTable {
        guard rows.count > limit else { return self }
        var shown = self
        shown.rows = Array(rows.prefix(max(0, limit)))
        shown.total = rows.count
        return shown
    }

    /// The table for templates: `columns` (label, numeric), `rows` (lists of cells with `html` and `attrs`), `csv`,
    /// `sortable`, `count`, and `rows_html` (every row already written); cell links are made relative with `root`.
    func value(root: String) -> TemplateValue {
        .object(DataTableObject(table: self, root: root))
    }

    /// The cells of row `index` as template values, each told its column's alignment and the page's root.
    func rowValue(_ index: Int, root: String) -> TemplateValue {
        let row = rows[index]
        var cells: [TemplateValue] = []
        cells.reserveCapacity(row.count)
        for i in row.indices {
            var cell = row[i]
            cell.numeric = i < columns.count && columns[i].numeric
            cell.root = root
            cells.append(.object(cell))
        }
        return .list(cells)
    }

    /// What the theme's `data_table` macro writes for the rows: `\n<tr id="anchor"><td attrs>html</td>…</tr>` per row.
    func rowsHTML(root: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 96 * max(1, columns.count))
        // Each field is read where the table holds it (`rows[r][i].text`): binding `row[i]` copied the whole cell.
        for r in rows.indices {
            HTMLText.append("\n<tr", into: &out)
            if !rows[r].isEmpty, let anchor = rows[r][0].anchor, !anchor.isEmpty {
                HTMLText.append(" id=\"", into: &out)
                HTMLText.escape(anchor, into: &out)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: ">"))
            for i in rows[r].indices {
                HTMLText.append("<td", into: &out)
                DataCell.appendAttributes(numeric: i < columns.count && columns[i].numeric, keepsWhole: rows[r][i].keepsWhole,
                                          sort: rows[r][i].sort, to: &out)
                out.append(UInt8(ascii: ">"))
                DataCell.appendHTML(text: rows[r][i].text, url: rows[r][i].url, badge: rows[r][i].badge, flag: rows[r][i].flag,
                                    root: root, to: &out)
                HTMLText.append("</td>", into: &out)
            }
            HTMLText.append("</tr>", into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The CSV bytes: UTF-8 with a BOM (Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting.
    var csv: [UInt8] {
        var out = DataTable.csvHead(columns, rows: rows.count)
        for row in rows {
            for i in row.indices {
                if i > 0 { out.append(0x2C) }
                DataTable.appendCSVField(row[i].csv, numeric: i < columns.count && columns[i].numeric, to: &out)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }

    /// The BOM and the header line of a CSV file with these columns, room reserved for `rows` rows.
    static func csvHead(_ columns: [Column], rows: Int) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(64 + rows * 16 * max(1, columns.count))
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendCSVField(column.label, numeric: false, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    /// Appends one CSV row of `fields` (numeric as `columns` say) and its line end.
    static func appendCSVRow(_ fields: [String], columns: [Column], to out: inout [UInt8]) {
        for i in fields.indices {
            if i > 0 { out.append(0x2C) }
            appendCSVField(fields[i], numeric: i < columns.count && columns[i].numeric, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends one CSV field as `CSVEscaper.appendField` quotes it (formula-like text fields defused with `'`).
    static func appendCSVField(_ text: String, numeric: Bool, to out: inout [UInt8]) {
        CSVEscaper.appendField(text, numeric: numeric, to: &out)
    }
}
