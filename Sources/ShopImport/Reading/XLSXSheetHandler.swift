/// Reads a worksheet's `<sheetData>`: rows of cells, shared strings looked up, inline strings and numbers kept.
final class XLSXSheetHandler: XMLEventHandler {
    /// A cell the sheet cannot hold: its row, 1-based column and why.
    struct Problem { var row: Int; var column: Int; var phrase: String }

    /// The rows with at least one non-empty cell, in sheet order.
    private(set) var rows: [ImportRow] = []
    /// The first problem met (parsing goes on, but the sheet is refused).
    private(set) var problem: Problem?
    private let sharedStrings: [String]
    private var rowNumber = 0
    private var cells: [ImportCell] = []
    private var column = -1
    private var cellType = ""
    private var value: [UInt8] = []
    private var capturing = false

    /// A handler resolving `t="s"` cells against `sharedStrings`.
    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    /// The largest column index Excel allows (XFD).
    static let maximumColumns = 16_384

    func start(_ tag: XMLTag) {
        if tag.named("row") {
            rowNumber = tag.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = -1
        } else if tag.named("c") {
            column = tag.attribute("r").flatMap(Self.columnIndex) ?? column + 1
            cellType = tag.attribute("t") ?? "n"
            value.removeAll(keepingCapacity: true)
        } else if tag.named("v") || tag.named("t") {
            capturing = true
        }
    }

    func end(_ name: UnsafePointer<CChar>) {
        if XMLTag.localName(name, is: "v") || XMLTag.localName(name, is: "t") {
            capturing = false
        } else if XMLTag.localName(name, is: "c") {
            finishCell()
        } else if XMLTag.localName(name, is: "row") {
            if rows.count < ImportTable.maximumRows, cells.contains(where: { !$0.text.isEmpty }) {
                rows.append(ImportRow(number: rowNumber, cells: cells))
            }
        }
    }

    func text(_ bytes: UnsafeRawBufferPointer) {
        guard capturing else { return }
        guard value.count + bytes.count <= ImportTable.maximumCellBytes else {
            report("P-XLSX-CELL-LONG")
            return
        }
        value.append(contentsOf: bytes)
    }

    /// Stores the finished cell at its column.
    private func finishCell() {
        guard column >= 0, column < Self.maximumColumns else { report("P-XLSX-CELL-COLUMN"); return }
        let text = String(decoding: value, as: UTF8.self)
        let cell: ImportCell
        switch cellType {
        case "s":
            guard let index = Int(text), sharedStrings.indices.contains(index) else { report("P-XLSX-CELL-STRING"); return }
            cell = ImportCell(sharedStrings[index])
        case "n": cell = ImportCell(text, isNumber: !text.isEmpty)
        default: cell = ImportCell(text)  // inlineStr, str, b, e, d
        }
        while cells.count < column { cells.append(.empty) }
        if column < cells.count { cells[column] = cell } else { cells.append(cell) }
    }

    /// Keeps the first problem: the `P-XLSX-CELL-*` phrase saying what is wrong with the cell being read.
    private func report(_ phrase: String) {
        if problem == nil { problem = Problem(row: rowNumber, column: column + 1, phrase: phrase) }
    }

    /// The 0-based column of a cell reference (`B7` → 1), nil when it has no letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= 65 && byte <= 90 else { break }
            index = index * 26 + Int(byte - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : index - 1
    }
}
