import Diagnostics
import ShopModel

extension OrderRowParser {
    /// The field's cleaned text in the row, nil when empty (an error when `required`).
    func text(_ field: FieldColumns, _ row: ImportRow, required: Bool = false, into problems: inout [Diagnostic]) -> String? {
        let (cell, column) = field.cell(in: row)
        let text = CellText.clean(cell.text)
        if text.isEmpty {
            if required { problems.append(.error("E-IMPORT-EMPTY-CELL", ["field": field.name], at: location(row, column))) }
            return nil
        }
        return text
    }

    /// The field's parsed value, nil when empty (an error when `required`) or unreadable (error `code`).
    func value<T>(_ field: FieldColumns, _ row: ImportRow, required: Bool = false, code: MessageCode,
                  into problems: inout [Diagnostic], _ parse: (ImportCell) -> T?) -> T? {
        guard let text = text(field, row, required: required, into: &problems) else { return nil }
        let (cell, column) = field.cell(in: row)
        guard let value = parse(cell) else {
            problems.append(.error(code, ["field": field.name, "text": text], at: location(row, column)))
            return nil
        }
        return value
    }

    /// An error at the field's cell in the row.
    func error(_ code: MessageCode, _ arguments: [String: String], _ field: FieldColumns, _ row: ImportRow,
               into problems: inout [Diagnostic]) {
        problems.append(.error(code, arguments, at: location(row, field.cell(in: row).column)))
    }

    /// `FILE:ROW:COLUMN`.
    func location(_ row: ImportRow, _ column: Int) -> Location {
        Location(path: path, line: row.number, column: column)
    }
}
