import Diagnostics

/// Reads comma-separated files such as `data/traffic.csv`.
public enum CSVReader {
    /// RFC 4180-ish: comma separated, "quoted, fields" with "" escapes, CRLF/LF, BOM skipped, trailing newline ok.
    /// Returns every row including the header row; error (path:line) on an unterminated quote or non-UTF-8.
    /// Blank lines are skipped; a `"` inside an unquoted field is kept as text.
    public static func parse(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [CSVRow] {
        let text = try UTF8Text.decode(bytes, path: path)
        let utf8 = Array(text.utf8)
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var index = 0
        var quoted = false
        var quoteLine = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(CSVRow(line: rowLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            if quoted {
                if byte == 34 {  // "
                    if index < utf8.count, utf8[index] == 34 {
                        field.append(34)
                        index += 1
                    } else {
                        quoted = false
                        if index < utf8.count, utf8[index] != 44, utf8[index] != 10 {
                            throw .error("E-CSV-AFTER-QUOTE", at: Location(path: path, line: line))
                        }
                    }
                } else {
                    if byte == 10 { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 44: endField()  // ,
            case 10:
                endRow()
                line += 1
                rowLine = line
            case 34 where field.isEmpty:
                quoted = true
                quoteLine = line
            default: field.append(byte)
            }
        }
        if quoted {
            throw .error("E-CSV-UNTERMINATED", at: Location(path: path, line: quoteLine))
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
