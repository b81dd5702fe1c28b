/// One row of an export: the row number messages name (the CSV line, the sheet's row) and its cells by column.
public struct ImportRow: Sendable, Hashable {
    /// The 1-based row number: the file line a CSV record starts on, or the xlsx row number.
    public var number: Int
    /// The cells, column 1 first; missing trailing cells are simply absent.
    public var cells: [ImportCell]

    /// Creates a row.
    public init(number: Int, cells: [ImportCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a 0-based column, or the empty cell past the row's end.
    public subscript(column: Int) -> ImportCell {
        column >= 0 && column < cells.count ? cells[column] : .empty
    }
}
