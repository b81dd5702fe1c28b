import TemplateEngine

/// A `DataTable` for templates, read lazily: `rows_html` writes every row at once (what the theme's `data_table`
/// macro prints), and the cell objects of `rows` are made only when a template loops over them.
struct DataTableObject: TemplateObject {
    let table: DataTable
    /// The page's way back to the site root, for cell links.
    let root: String

    /// The members a map of the table would have, in that order (`json`, `length`, `for k, v in table`).
    var memberNames: [String] { ["columns", "numeric", "rows", "csv", "sortable", "count", "total"] }

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "columns": return .list(table.columns.map { .map(["label": .string($0.label), "numeric": .bool($0.numeric)]) })
        case "numeric": return .list(table.columns.map { .bool($0.numeric) })
        case "rows": return .list(table.rows.indices.map { table.rowValue($0, root: root) })
        case "rows_html": return .safe(table.rowsHTML(root: root))
        case "csv": return .text(table.csvPath)
        case "sortable": return .bool(table.sortable)
        case "count": return .int(table.rows.count)
        case "total": return .int(table.total ?? table.rows.count)
        case "total_text": return .string(Display.integer(table.total ?? table.rows.count))
        case "limited": return .bool(table.total.map { $0 > table.rows.count } ?? false)
        default: return nil
        }
    }
}
