import Diagnostics
import ShopModel

extension OrderRowsReader {
    /// The field's cleaned text in the row, nil when empty (an error when `required`).
    mutating func text(_ field: String, _ row: ImportRow, required: Bool = false) -> String? {
        let (cell, column) = layout.cell(field, in: row)
        let text = CellText.clean(cell.text)
        if text.isEmpty {
            if required { diagnostics.append(.error("E-IMPORT-EMPTY-CELL", ["field": field], at: location(row, column))) }
            return nil
        }
        return text
    }

    /// The field's parsed value, nil when empty (an error when `required`) or unreadable (error `code`).
    mutating func value<T>(_ field: String, _ row: ImportRow, required: Bool = false, code: MessageCode,
                           _ parse: (ImportCell) -> T?) -> T? {
        guard let text = text(field, row, required: required) else { return nil }
        let (cell, column) = layout.cell(field, in: row)
        guard let value = parse(cell) else {
            diagnostics.append(.error(code, ["field": field, "text": text], at: location(row, column)))
            return nil
        }
        return value
    }

    /// An error at the field's cell in the row.
    mutating func error(_ code: MessageCode, _ arguments: [String: String], _ field: String, _ row: ImportRow) {
        diagnostics.append(.error(code, arguments, at: location(row, layout.cell(field, in: row).column)))
    }

    /// `FILE:ROW:COLUMN`.
    func location(_ row: ImportRow, _ column: Int) -> Location {
        Location(path: table.path, line: row.number, column: column)
    }
}
