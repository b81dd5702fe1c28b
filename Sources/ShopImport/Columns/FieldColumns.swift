/// One field's columns in an export (`ColumnLayout.columns(of:)`), looked up once, so that reading the field's cell
/// in each row needs no look-up by name.
struct FieldColumns: Sendable {
    /// The field's name, for messages.
    let name: String
    /// Its 0-based columns, in the order of its header names (a later one fills in when empty).
    let columns: [Int]

    /// The field's cell in `row` (the first non-empty of its columns) and its 1-based column, for messages.
    func cell(in row: ImportRow) -> (cell: ImportCell, column: Int) {
        guard let first = columns.first else { return (.empty, 0) }
        // One column (most exports): its cell, empty or not.
        guard columns.count > 1 else { return (row[first], first + 1) }
        for column in columns where !CellText.clean(row[column].text).isEmpty { return (row[column], column + 1) }
        return (row[first], first + 1)
    }
}
