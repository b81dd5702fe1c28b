import Diagnostics

/// Where each field sits in an export: the header row (the first of the top rows naming every required field,
/// so a title line above the header is skipped) and, per field, the columns whose header names it.
public struct ColumnLayout: Sendable {
    /// The header row's index in the table.
    public var headerIndex: Int
    /// 0-based columns by field name, in the order of the field's header names (a later one fills in when empty).
    public var columns: [String: [Int]]

    /// How many top rows may precede the header (titles, export dates).
    static let headerSearchRows = 10

    /// Finds the columns; a required field without a column is an error at the header row.
    public static func find(in table: ImportTable, fields: [ImportField], map: HeaderMap) -> (ColumnLayout?, [Diagnostic]) {
        guard !table.rows.isEmpty else { return (nil, [.error("E-IMPORT-NO-HEADER", at: Location(path: table.path))]) }
        var best: (index: Int, columns: [String: [Int]], missing: [ImportField])?
        for index in 0..<min(headerSearchRows, table.rows.count) {
            let (columns, missing) = match(table.rows[index], fields: fields, map: map)
            if missing.count < (best?.missing.count ?? Int.max) { best = (index, columns, missing) }
            if missing.isEmpty { break }
        }
        guard let best else { return (nil, []) }
        let headerRow = table.rows[best.index].number
        let errors = best.missing.map { field in
            Diagnostic.error("E-IMPORT-MISSING-COLUMN", ["field": field.name, "headers": map.names(for: field).joined(separator: " / ")],
                             at: Location(path: table.path, line: headerRow))
        }
        guard errors.isEmpty else { return (nil, errors) }
        return (ColumnLayout(headerIndex: best.index, columns: best.columns), [])
    }

    /// The columns one row would give each field, and the required fields it misses.
    private static func match(_ row: ImportRow, fields: [ImportField], map: HeaderMap) -> ([String: [Int]], [ImportField]) {
        let names = row.cells.map { CellText.clean($0.text) }
        var columns: [String: [Int]] = [:]
        var missing: [ImportField] = []
        for field in fields {
            let found = map.names(for: field).compactMap { names.firstIndex(of: $0) }
            if found.isEmpty {
                if field.required { missing.append(field) }
            } else {
                columns[field.name] = found
            }
        }
        return (columns, missing)
    }

    /// Whether the export has a column for `field`.
    public func has(_ field: String) -> Bool { columns[field] != nil }

    /// The field's cell in `row` (the first non-empty of its columns) and its 1-based column, for messages.
    public func cell(_ field: String, in row: ImportRow) -> (cell: ImportCell, column: Int) {
        columns(of: field).cell(in: row)
    }

    /// The field's columns, to read its cell in many rows.
    func columns(of field: String) -> FieldColumns {
        FieldColumns(name: field, columns: columns[field] ?? [])
    }
}
