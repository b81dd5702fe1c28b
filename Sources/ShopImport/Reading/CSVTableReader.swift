import Diagnostics
import FrontMatter

/// Reads a CSV export: UTF-8 with or without a BOM, or GB18030 (what Excel in China saves) decoded with iconv.
enum CSVTableReader {
    /// The rows of a CSV export; an error names the file (and line) when it cannot be decoded or parsed.
    static func read(bytes: [UInt8], path: String) throws(Diagnostic) -> ImportTable {
        let text = try utf8(bytes, path: path)
        let records = try CSVReader.parse(text, path: path)
        guard records.count <= ImportTable.maximumRows else {
            throw .error("E-IMPORT-TOO-MANY-ROWS", ["maximum": "\(ImportTable.maximumRows)"], at: Location(path: path))
        }
        var rows: [ImportRow] = []
        rows.reserveCapacity(records.count)
        for record in records {
            var cells: [ImportCell] = []
            cells.reserveCapacity(record.fields.count)
            for (index, field) in record.fields.enumerated() {
                guard field.utf8.count <= ImportTable.maximumCellBytes else {
                    throw .error("E-IMPORT-CELL-TOO-LONG", ["maximum": "\(ImportTable.maximumCellBytes)"],
                                 at: Location(path: path, line: record.line, column: index + 1))
                }
                cells.append(ImportCell(field))
            }
            rows.append(ImportRow(number: record.line, cells: cells))
        }
        return ImportTable(path: path, rows: rows)
    }

    /// The export as UTF-8: a BOM is dropped; bytes that are not UTF-8 are taken as GB18030.
    static func utf8(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if isUTF8(bytes) { return bytes }
        do {
            return try IconvConverter.gb18030ToUTF8(bytes)
        } catch {
            let line = 1 + bytes.prefix(error.offset).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            throw .error("E-IMPORT-ENCODING", ["offset": "\(error.offset)"], at: Location(path: path, line: line))
        }
    }

    /// Whether the bytes are valid UTF-8 (the standard library's validating decoder, without building a string).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
